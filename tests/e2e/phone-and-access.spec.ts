import AxeBuilder from '@axe-core/playwright'
import { clickMuscle, docsShot, expect, test, waitForBody, waitForCameraStill } from './fixtures.ts'

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('the body fills the screen, the panel is a bottom sheet, and a tap selects a muscle', async ({ page }) => {
    await page.goto('/')
    await waitForBody(page)
    const canvas = await page.locator('canvas').boundingBox()
    expect(canvas!.width).toBeGreaterThanOrEqual(359)
    const panel = page.getByRole('complementary', { name: 'Muscle details' })
    const sheet = await panel.boundingBox()
    const footer = await page.locator('.app-footer').boundingBox()
    expect(Math.abs(sheet!.y + sheet!.height - footer!.y), 'the sheet sits on the bottom edge').toBeLessThan(2)
    expect(sheet!.height).toBeLessThan(740 * 0.3)
    expect(footer!.height, 'the education note stays within three lines').toBeLessThan(100)

    await page.getByRole('button', { name: 'Back', exact: true }).tap()
    await waitForCameraStill(page)
    const p = await page.evaluate(() => window.__triggermap!.projectMuscle('infraspinatus', 'left'))
    await page.touchscreen.tap(p!.x, p!.y)
    await expect(panel.getByRole('heading', { name: 'Left infraspinatus' })).toBeVisible()
    await page.screenshot({ path: docsShot('screenshot-phone.png') })

    // Touch targets: every button at least 44 px each way; body text at least 16 px.
    const small = await page.locator('button:visible').evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length)
    expect(small).toBe(0)
    const tinyText = await page.locator('p:visible, li:visible, summary:visible').evaluateAll((els) =>
      els.filter((e) => parseFloat(getComputedStyle(e).fontSize) < 16).length)
    expect(tinyText).toBe(0)
  })
})

test('the page passes axe WCAG 2 AA checks, with and without a muscle selected', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  const before = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(before.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await clickMuscle(page, 'infraspinatus', 'left')
  await expect(page.getByRole('heading', { name: 'Left infraspinatus' })).toBeVisible()
  const after = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(after.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
})
