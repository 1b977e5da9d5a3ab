import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { docsShot, expect, pngPixels, test, waitForBody, waitForCameraStill } from './fixtures.ts'

/**
 * Compare (issue #11): from the ranked list of "Where does it hurt?", one action draws the first
 * three muscles' patterns at once, each in its own colour (and hatch), with a legend naming each;
 * each is selectable from the legend, the link reproduces the comparison in a fresh browser, and
 * "Show one at a time" ends it.
 */

// The left side of the hip and the left outer thigh (region labels 30 and 36 in base 36).
const OUTER_HIP = '/?v=1&p=30.36'

/** Canvas pixels in each compare colour (src/state/palette.ts), told apart by hue; lit or not. */
async function compareInk(page: Page): Promise<{ blue: number; orange: number; green: number }> {
  const { data: d } = await pngPixels(page, await page.locator('canvas').screenshot())
  const ink = { blue: 0, orange: 0, green: 0 }
  for (let i = 0; i < d.length; i += 4) {
    const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!]
    // Blue, not the violet of the marks (#5b2ea6: more red than green).
    if (b > r + 70 && b > g + 25 && g > r + 30) ink.blue++
    // Orange (#b35c00) has next to no blue; the edge of a red pattern blended with the skin has
    // about a third as much blue as red, which a broad red pattern has enough of to count.
    else if (r - b > 100 && g > 0.35 * r && g < 0.7 * r && b < 0.25 * r) ink.orange++
    else if (g > r + 50 && g > b + 12) ink.green++
  }
  return ink
}

const colouredAtOnce = (ink: Record<string, number>, least: number) =>
  Object.values(ink).filter((n) => n >= least).length

test('compare the first three from "Where does it hurt?": each in its colour, named, selectable, shared, ended', async ({
  page,
  browser,
}) => {
  await page.goto(OUTER_HIP)
  await waitForBody(page)
  await waitForCameraStill(page)
  const before = await compareInk(page)
  expect(colouredAtOnce(before, 150), `compare colours before comparing: ${JSON.stringify(before)}`).toBe(0)

  const ranked = page.getByRole('list', { name: 'Most likely muscles' }).locator('.likely-name')
  const firstThree = (await ranked.allTextContents()).slice(0, 3)
  expect(firstThree).toHaveLength(3)
  await page.getByRole('button', { name: 'Compare the first 3 on the body' }).click()

  // The legend names the three, in rank order; the link carries the list and the comparison.
  const legend = page.getByRole('region', { name: 'Compared on the body' })
  const entries = legend.locator('.patient-list-muscle')
  await expect(entries).toHaveText(firstThree)
  await expect(page).toHaveURL(/[?&]k=[a-z_]+-l\.[a-z_]+-l\.[a-z_]+-l&x=c/)
  await waitForCameraStill(page)
  await expect
    .poll(async () => colouredAtOnce(await compareInk(page), 150), { message: 'two or more patterns drawn at once' })
    .toBeGreaterThanOrEqual(2)
  const compared = await compareInk(page)
  console.log('compare ink (px):', JSON.stringify(compared))
  await page.screenshot({ path: docsShot('compare.png') })

  // Each is selectable: the second entry opens its details, the patterns stay compared.
  await entries.nth(1).click()
  await expect(page.getByRole('region', { name: 'Chosen muscle' }).getByRole('heading', { level: 2 })).toHaveText(
    firstThree[1]!,
  )
  await expect(entries.nth(1)).toHaveAttribute('aria-pressed', 'true')
  await expect(legend).toBeVisible()

  // axe finds nothing in the comparison.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  // The link, opened in a fresh browser, shows the same comparison.
  const fresh = await browser.newContext({ viewport: page.viewportSize()! })
  const other = await fresh.newPage()
  await other.goto(page.url())
  await waitForBody(other)
  await expect(other.getByRole('region', { name: 'Compared on the body' }).locator('.patient-list-muscle')).toHaveText(
    firstThree,
  )
  await waitForCameraStill(other)
  await expect
    .poll(async () => colouredAtOnce(await compareInk(other), 150), { message: 'the shared comparison is drawn' })
    .toBeGreaterThanOrEqual(2)
  await fresh.close()

  // One at a time: the compare colours leave the body, the list stays.
  await legend.getByRole('button', { name: 'Show one at a time' }).click()
  await expect(page.getByRole('region', { name: 'Patient list' })).toBeVisible()
  await expect
    .poll(async () => colouredAtOnce(await compareInk(page), 150), { message: 'no compare colours once ended' })
    .toBe(0)
  await expect(page).not.toHaveURL(/[?&]x=c/)
})

test('a muscle joins the patient list from its panel, and two compare from the list', async ({ page }) => {
  await page.goto('/?v=2&m=gluteus_minimus&s=l')
  await waitForBody(page)
  const panel = page.getByRole('complementary', { name: 'Muscle details' })
  await panel.getByRole('button', { name: 'Add to patient list' }).click()
  await expect(panel.getByRole('button', { name: 'On the patient list' })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('combobox').first().fill('piriformis')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/[?&]m=piriformis/)
  await panel.getByRole('button', { name: 'Add to patient list' }).click()
  const list = page.getByRole('region', { name: 'Patient list' })
  await expect(list.locator('.patient-list-muscle')).toHaveText(['Left gluteus minimus', 'Left piriformis'])
  await list.getByRole('button', { name: 'Compare on the body' }).click()
  const legend = page.getByRole('region', { name: 'Compared on the body' })
  await expect(legend.locator('.compare-swatch')).toHaveCount(2)
  await waitForCameraStill(page)
  await expect.poll(async () => colouredAtOnce(await compareInk(page), 150), { message: 'both patterns drawn' }).toBe(2)
  // Taking one off leaves one: nothing left to compare.
  await legend.getByRole('button', { name: 'Take left piriformis off the list' }).click()
  await expect(page.getByRole('region', { name: 'Patient list' }).locator('.patient-list-muscle')).toHaveText([
    'Left gluteus minimus',
  ])
  await expect(page).not.toHaveURL(/[?&]x=c/)
})
