import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, pixelsNear, test, waitForBody, waitForCameraStill, withoutWebGL } from './fixtures.ts'

/**
 * The tender-point layer (issue #12): the toggle draws the 18 ACR 1990 tender points as rings on
 * the body (each where the generator anchored it, and visibly drawn there: its dark teal ink
 * appears near the anchor only while the layer is on), and the panel lists the 9 pairs with the
 * explainer one tap away; axe finds nothing with the layer on. On a desktop and a 360 px phone.
 */
const pairs = [
  'Occiput',
  'Low cervical',
  'Trapezius',
  'Supraspinatus',
  'Second rib',
  'Lateral epicondyle',
  'Gluteal',
  'Greater trochanter',
  'Knee',
]
const ids = [
  'occiput',
  'low_cervical',
  'trapezius',
  'supraspinatus',
  'second_rib',
  'lateral_epicondyle',
  'gluteal',
  'greater_trochanter',
  'knee',
]
const allRings = ids.flatMap((id) => [`tender_point_${id}_left`, `tender_point_${id}_right`]).sort()
/**
 * Rings whose face of the body looks at the camera in each preset view (drawn at full strength).
 * The trapezius pair faces up, so it is faint in both; the others face sideways.
 */
const facing = {
  Front: ['second_rib', 'knee', 'low_cervical'],
  Back: ['occiput', 'supraspinatus', 'gluteal', 'greater_trochanter', 'lateral_epicondyle'],
} as const

const layouts = [
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone 360x740', use: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } },
]

/** Opens the View menu where it is folded (phones); a no-op where the buttons are in a row. */
async function openViewMenu(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'View', exact: true })
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()
}

async function chooseView(page: Page, view: 'Front' | 'Back'): Promise<void> {
  await openViewMenu(page)
  await page.getByRole('button', { name: view, exact: true }).click()
  await waitForCameraStill(page)
}

/** Pixels of the ring's ink (dark teal: blue and green well above red) within `radius` px of (x, y). */
async function ringInkNear(page: Page, x: number, y: number, radius: number): Promise<number> {
  const d = await pixelsNear(page, x, y, radius)
  let n = 0
  for (let i = 0; i < d.length; i += 4) if (d[i]! < 90 && d[i + 1]! - d[i]! > 25 && d[i + 2]! - d[i]! > 25) n++
  return n
}

async function ringsOnScreen(page: Page) {
  return page.evaluate(() => window.__triggermap!.tenderPointRings())
}

for (const layout of layouts) {
  test.describe(`tender points, ${layout.name}`, () => {
    test.use(layout.use)

    test(`the layer shows 18 rings where the anchors are, and lists the 9 pairs with the explainer (${layout.name})`, async ({
      page,
    }, info) => {
      await page.goto('/')
      await waitForBody(page)
      expect(await ringsOnScreen(page), 'no rings before the layer is on').toEqual([])

      await openViewMenu(page)
      const toggle = page.getByRole('button', { name: 'Tender points', exact: true })
      await expect(toggle).toHaveAttribute('aria-pressed', 'false')
      await toggle.click()
      await expect(toggle).toHaveAttribute('aria-pressed', 'true')
      const box = (await toggle.boundingBox())!
      expect(Math.min(box.width, box.height), 'the toggle is a 44 px target').toBeGreaterThanOrEqual(44)

      const canvas = (await page.locator('canvas').boundingBox())!
      for (const view of ['Front', 'Back'] as const) {
        await chooseView(page, view)
        const rings = await ringsOnScreen(page)
        expect(rings.map((r) => r.name).sort(), `${view}: the 18 rings are in the scene`).toEqual(allRings)
        for (const r of rings) {
          expect(r.x, `${r.name} inside the canvas`).toBeGreaterThan(canvas.x)
          expect(r.x, `${r.name} inside the canvas`).toBeLessThan(canvas.x + canvas.width)
          expect(r.y, `${r.name} inside the canvas`).toBeGreaterThan(canvas.y)
          expect(r.y, `${r.name} inside the canvas`).toBeLessThan(canvas.y + canvas.height)
        }
        // The rings facing the camera are drawn: their ink is there with the layer on, not with it off.
        const radius = layout.name === 'desktop' ? 12 : 8
        const inked = async () => {
          const out = new Map<string, number>()
          for (const r of rings)
            if (facing[view].some((id) => r.name.startsWith(`tender_point_${id}_`)))
              out.set(r.name, await ringInkNear(page, r.x, r.y, radius))
          return out
        }
        const on = await inked()
        console.log(`${layout.name} ${view} ring ink (px):`, JSON.stringify([...on]))
        await page.screenshot({ path: info.outputPath(`tender-points-${view.toLowerCase()}.png`) })
        await openViewMenu(page)
        await toggle.click()
        await expect(toggle).toHaveAttribute('aria-pressed', 'false')
        await page.keyboard.press('Escape')
        await expect.poll(() => ringsOnScreen(page)).toEqual([])
        const off = await inked()
        for (const [name, n] of on) {
          expect(n, `${view}: ${name} ink with the layer on (off: ${off.get(name)})`).toBeGreaterThanOrEqual(4)
          expect(n, `${view}: ${name} ink comes from the ring`).toBeGreaterThan(off.get(name)! * 2)
        }
        await openViewMenu(page)
        await toggle.click()
        await expect(toggle).toHaveAttribute('aria-pressed', 'true')
        await page.keyboard.press('Escape')
      }

      // The list: all 9 pairs, each with the muscles near it, and the explainer one tap away.
      const handle = page.getByRole('button', { name: /^Sheet:/ })
      if ((await handle.count()) > 0) {
        // On a phone the sheet's one line says where the names are.
        await expect(page.locator('.sheet-peek')).toContainText('Tender points on: open for names.')
        await handle.focus()
        await page.keyboard.press('End')
        await expect(handle).toHaveAccessibleName('Sheet: fully open')
      }
      const panel = page.getByRole('complementary', { name: 'Muscle details' })
      await expect(panel.getByRole('heading', { name: 'Tender points', exact: true })).toBeVisible()
      const items = panel.locator('ol.tender-point-list > li')
      await expect(items).toHaveCount(9)
      for (const [i, name] of pairs.entries()) {
        await expect(items.nth(i).getByRole('heading', { level: 3 })).toHaveText(name)
        await expect(items.nth(i)).toContainText('Muscles near it:')
      }
      await page.screenshot({ path: info.outputPath('tender-points-list.png') })

      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        'axe with the layer on',
      ).toEqual([])

      await panel
        .getByRole('region', { name: 'Tender points' })
        .getByRole('button', { name: 'Trigger points and tender points' })
        .click()
      const dialog = page.getByRole('dialog', { name: 'Trigger points and tender points' })
      await expect(dialog).toBeVisible()
      await expect(dialog).toContainText('1990')
    })
  })
}

test('without WebGL the text view lists the 9 pairs of tender points, and axe finds nothing', async ({ page }) => {
  await withoutWebGL(page)
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('cannot show 3D')
  const section = page.getByRole('region', { name: 'Tender points' })
  await expect(section.locator('ol.tender-point-list > li')).toHaveCount(9)
  await expect(section).toContainText('These are the 18 tender points')
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
