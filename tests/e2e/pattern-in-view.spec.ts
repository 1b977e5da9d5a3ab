import { expect, test, waitForBody, waitForCameraStill } from './fixtures.ts'
import type { Page } from '@playwright/test'

/**
 * Issue #10: after a selection the camera frames the whole referred-pain pattern (essential and
 * spillover zones on the skin) with the muscle, in the part of the canvas that no sheet, panel
 * or button covers, on a phone held either way and on a desktop.
 */

/** Muscles whose patterns reach far from them (head, heel, arm) or sit under a phone's sheet. */
const cases = [
  { muscle: 'sternocleidomastoid', name: 'Sternocleidomastoid' },
  { muscle: 'temporalis', name: 'Temporalis' },
  { muscle: 'gluteus_minimus', name: 'Gluteus minimus' },
  { muscle: 'soleus', name: 'Soleus' },
  { muscle: 'infraspinatus', name: 'Infraspinatus' },
] as const

const screens = [
  {
    label: 'a 360 x 740 phone',
    tag: 'phone',
    use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  },
  { label: 'a 1280 x 800 desktop', tag: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  {
    label: 'a 740 x 360 phone on its side',
    tag: 'landscape',
    use: { viewport: { width: 740, height: 360 }, isMobile: true, hasTouch: true },
  },
] as const

/**
 * The pattern's skin points that face the camera, and how many of them the page shows on the
 * canvas itself: a point under the sheet, the panel, a button, or off the canvas is a miss.
 */
async function patternInView(page: Page): Promise<{ total: number; inside: number }> {
  return page.evaluate(() => {
    const points = window.__triggermap!.patternOnScreen() ?? []
    const canvas = document.querySelector('.stage canvas')
    const inside = points.filter((p) => document.elementFromPoint(p.x, p.y) === canvas).length
    return { total: points.length, inside }
  })
}

/** Chooses a muscle from the search, as a person would. */
async function choose(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search muscles' }).fill(name)
  await expect(page.getByRole('option').first()).toContainText(name)
  await page.getByRole('combobox', { name: 'Search muscles' }).press('Enter')
}

for (const screen of screens) {
  test.describe(`on ${screen.label}`, () => {
    test.use(screen.use)

    test('each pattern lies in the free part of the canvas, whole', async ({ page }, info) => {
      const shots = process.env.FRAME_SHOTS
      const [first, ...rest] = cases
      await page.goto(`/?v=1&m=${first.muscle}&s=l`)
      await waitForBody(page)
      const results: string[] = []
      for (const c of [first, ...rest]) {
        if (c !== first) await choose(page, c.name)
        await expect(page.getByRole('heading', { name: new RegExp(`^(Left|Right) ${c.name}$`, 'i') })).toBeVisible()
        await waitForCameraStill(page)
        const { total, inside } = await patternInView(page)
        const path = shots ? `${shots}/${screen.tag}-${c.muscle}.png` : info.outputPath(`${screen.tag}-${c.muscle}.png`)
        await page.screenshot({ path })
        results.push(`${c.muscle}: ${inside}/${total} = ${(inside / Math.max(total, 1)).toFixed(3)}`)
        // The pattern is really there, turned towards the camera...
        expect.soft(total, `${c.muscle}: pattern points facing the camera`).toBeGreaterThan(300)
        // ...and at least 90% of it is in view, clear of the sheet, panel and buttons.
        expect
          .soft(inside / total, `${c.muscle}: share of the pattern in the free canvas (${inside}/${total})`)
          .toBeGreaterThanOrEqual(0.9)
      }
      await info.attach('pattern in view', { body: results.join('\n'), contentType: 'text/plain' })
      console.log(`${screen.tag}\n${results.join('\n')}`)
    })
  })
}
