import type { Page } from '@playwright/test'
import { docsShot, expect, test, waitForBody, waitForCameraStill, withoutWebGL } from './fixtures.ts'

const forearmSupinatorGroup =
  /supinator|brachioradialis|extensor carpi radialis|extensor digitorum|extensor carpi ulnaris|extensor indicis|anconeus/i

/** Taps the skin at the centre of a region, seen from a preset view. */
async function tapRegion(page: Page, view: string, region: string): Promise<void> {
  await page.getByRole('button', { name: view, exact: true }).click()
  await waitForCameraStill(page)
  const p = await page.evaluate(
    (r) => window.__triggermap!.projectPoint(window.__triggermap!.regionCentroid(r, 'left')!),
    region,
  )
  await page.mouse.click(p.x, p.y)
}

async function expectForearmExtensorsFirst(page: Page): Promise<void> {
  const list = page.getByRole('list', { name: 'Most likely muscles' })
  await expect(list.getByRole('listitem').first()).toBeVisible()
  const items = await list.getByRole('listitem').allTextContents()
  expect(items.length).toBeGreaterThan(3)
  for (const item of items.slice(0, 3)) {
    expect(item).toMatch(/^Left /)
    expect(item).toMatch(forearmSupinatorGroup)
    expect(item).toMatch(/(usual pattern covers|pattern may reach) your (outer elbow|back of the forearm)/i)
  }
  expect(items.slice(0, 6).join('\n')).toMatch(/supinator/i)
}

test('paint the outer left elbow and the back of the left forearm: forearm extensors and supinator come first', async ({
  page,
}) => {
  await page.goto('/')
  await waitForBody(page)
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByRole('button', { name: 'One area' }).click()
  await tapRegion(page, 'Left side', 'lateral_elbow')
  await tapRegion(page, 'Back', 'forearm_posterior')
  await expectForearmExtensorsFirst(page)
  await expect(page).toHaveURL(/[?&]p=/)

  // Undo takes the last mark back (the list changes), painting again restores it.
  const items = page.getByRole('list', { name: 'Most likely muscles' }).getByRole('listitem')
  const before = await items.allTextContents()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(items).not.toHaveText(before)
  await tapRegion(page, 'Back', 'forearm_posterior')
  await expect(items).toHaveText(before)

  // The link carries the marks through a reload.
  const url = page.url()
  await page.reload()
  await waitForBody(page)
  expect(page.url()).toBe(url)
  await expectForearmExtensorsFirst(page)

  // Choosing a muscle shows its zones over the marks, with its details.
  await page.getByRole('list', { name: 'Most likely muscles' }).getByRole('button').first().click()
  const chosen = page.getByRole('region', { name: 'Chosen muscle' })
  await expect(chosen.getByRole('heading', { level: 2 })).toHaveText(/^Left /)
  await page.screenshot({ path: docsShot('screenshot-where-it-hurts.png') })

  // The first result's reason counts the studies that found it; under its details, they are listed to check.
  await expect(page.getByRole('list', { name: 'Most likely muscles' }).getByRole('button').first()).toHaveText(
    /studies of people with pain (in your outer elbow|where you marked), trigger points were found in it/,
  )
  const studies = chosen.getByText(/^The (\d+ studies|study) that found it where you marked$/)
  await studies.click()
  const cited = chosen.locator('details.rank-studies ol.sources > li')
  await expect(cited.first()).toBeVisible()
  expect(await cited.count()).toBeGreaterThan(0)
  await expect(cited.first().getByRole('link').first()).toHaveAttribute(
    'href',
    /^https:\/\/(doi\.org|pubmed\.ncbi\.nlm\.nih\.gov)\//,
  )
})

test('the same ranking through the keyboard-only region list', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByText('Mark areas from a list').click()
  await page.getByRole('checkbox', { name: 'Outer elbow, left' }).focus()
  await page.keyboard.press('Space')
  await page.getByRole('checkbox', { name: 'Back of the forearm, left' }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('checkbox', { name: 'Back of the forearm, left' })).toBeChecked()
  await expectForearmExtensorsFirst(page)
})

test('a stroke along the outer left hip in the side view marks no hand, wrist or forearm; a marked area is removed from its list', async ({
  page,
}) => {
  await page.goto('/')
  await waitForBody(page)
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByRole('button', { name: 'Large brush' }).click()
  await page.getByRole('button', { name: 'Left side', exact: true }).click()
  await waitForCameraStill(page)
  // Down the outer hip and upper thigh, just behind the left hand and wrist hanging beside them:
  // they lie within the large brush's reach in space, so a brush through the air marked them.
  const stroke = await page.evaluate(() =>
    [0.83, 0.8, 0.77, 0.74, 0.71].map((y) => window.__triggermap!.projectPoint([0.155, y, 0.08])),
  )
  await page.mouse.move(stroke[0]!.x, stroke[0]!.y)
  await page.mouse.down()
  for (const p of stroke.slice(1)) await page.mouse.move(p.x, p.y, { steps: 6 })
  await page.mouse.up()

  const areas = page.getByRole('list', { name: 'Marked areas' }).getByRole('listitem')
  await expect(areas.first()).toBeVisible()
  const marked = (await areas.allTextContents()).map((t) => t.replace('×', ''))
  expect(marked).toContain('Side of the hip (left)')
  expect(
    marked.filter((t) => /hand|wrist|forearm|thumb|finger|palm|elbow|upper arm/i.test(t)),
    'arm areas marked by a stroke on the hip',
  ).toEqual([])
  const ranked = await page.getByRole('list', { name: 'Most likely muscles' }).getByRole('listitem').allTextContents()
  expect(ranked.join('\n')).not.toMatch(/extensor indicis|brachioradialis/i)

  // Each area has a remove button big enough to tap; removing one takes it out of the marks and the link.
  const remove = page.getByRole('button', { name: 'Remove side of the hip, left' })
  const box = (await remove.boundingBox())!
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44)
  const url = page.url()
  await remove.click()
  await expect(remove).toHaveCount(0)
  await expect(areas).toHaveCount(marked.length - 1)
  await expect(page).not.toHaveURL(url)
  expect((await areas.allTextContents()).join('\n')).not.toMatch(/Side of the hip/)
  await expect(page.getByRole('button', { name: /^Remove / }).first()).toBeFocused()

  await page.screenshot({ path: 'test-results/where-it-hurts-marked-areas-1280.png' })
  await page.setViewportSize({ width: 360, height: 740 })
  // On a phone the panel is a bottom sheet at one line: its handle opens it half way.
  await page.getByRole('button', { name: /^Sheet:/ }).click()
  await page.getByRole('list', { name: 'Marked areas' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/where-it-hurts-marked-areas-360.png' })
})

test('without WebGL the region list gives the same ranking', async ({ page }) => {
  await withoutWebGL(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByRole('checkbox', { name: 'Outer elbow, left' }).check()
  await page.getByRole('checkbox', { name: 'Back of the forearm, left' }).check()
  await expectForearmExtensorsFirst(page)
})
