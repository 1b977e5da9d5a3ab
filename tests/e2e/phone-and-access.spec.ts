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

    // The view buttons live in one View menu on phones; choosing a view closes it again.
    await page.getByRole('button', { name: 'View', exact: true }).tap()
    await page.getByRole('button', { name: 'Back', exact: true }).tap()
    await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeHidden()
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

  test('the View menu and the sheet keep clear of the head; the sheet moves between peek, half and full by keyboard', async ({ page }) => {
    await page.goto('/?v=1&m=sternocleidomastoid&s=l')
    await waitForBody(page)
    const canvas = (await page.locator('canvas').boundingBox())!
    const headBottom = canvas.y + canvas.height * 0.25
    const sheet = page.getByRole('complementary', { name: 'Muscle details' })
    const handle = sheet.getByRole('button', { name: /^Sheet:/ })
    const toggle = page.getByRole('button', { name: 'View', exact: true })
    const top = async (l: typeof sheet) => (await l.boundingBox())!.y
    const height = async () => (await sheet.boundingBox())!.height

    // A muscle chosen by link opens the sheet half way; neither it nor the View button reaches the head.
    await expect(handle).toHaveAccessibleName('Sheet: half open')
    await expect(handle).toHaveAttribute('aria-expanded', 'true')
    expect(await top(sheet)).toBeGreaterThan(headBottom)
    expect(await top(toggle)).toBeGreaterThan(headBottom)
    const toggleBox = (await toggle.boundingBox())!
    expect(toggleBox.y + toggleBox.height, 'the View button sits above the sheet').toBeLessThanOrEqual(await top(sheet))
    expect(Math.min(toggleBox.width, toggleBox.height)).toBeGreaterThanOrEqual(44)
    const half = await height()

    await handle.focus()
    await page.keyboard.press('ArrowDown')
    await expect(handle).toHaveAccessibleName('Sheet: closed to one line')
    await expect(handle).toHaveAttribute('aria-expanded', 'false')
    const peek = await height()
    // One line for the name, and two for the warning its pattern needs (the breastbone: the heart).
    expect(peek).toBeLessThan(160)
    await expect(sheet.locator('.red-flag-peek')).toBeInViewport()
    // Peek: the muscle's name and side, whole, on the line under the handle.
    const name = sheet.locator('.sheet-peek .peek-name')
    await expect(name).toHaveText('Left sternocleidomastoid')
    await expect(name).toBeInViewport()
    expect(await name.evaluate((e) => e.scrollWidth <= e.clientWidth), 'the name is not cut off').toBe(true)
    expect(await top(toggle)).toBeGreaterThan(headBottom)

    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(handle).toHaveAccessibleName('Sheet: fully open')
    const full = await height()
    expect(peek).toBeLessThan(half)
    expect(half).toBeLessThan(full)
    expect(full).toBeGreaterThan(canvas.height * 0.9)
    // The handle row stays in view while the content scrolls inside the sheet.
    await sheet.locator('.sheet-body').evaluate((e) => e.scrollTo(0, 2000))
    await expect(handle).toBeInViewport()
    await expect(name).toBeInViewport()
    // Pressing the handle cycles full → peek.
    await page.keyboard.press('Enter')
    await expect(handle).toHaveAccessibleName('Sheet: closed to one line')

    // Nothing overflows sideways, and every view and layer button can be reached from the menu.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await toggle.tap()
    for (const label of ['Front', 'Back', 'Left side', 'Right side', 'Reset view', 'Skin', 'Surface muscles', 'Deep muscles']) {
      await expect(page.getByRole('button', { name: label, exact: true })).toBeInViewport({ ratio: 1 })
    }
    await page.keyboard.press('Escape')
    await expect(page.getByRole('button', { name: 'Skin', exact: true })).toBeHidden()
  })
})

test.describe('on a phone held sideways', () => {
  test.use({ viewport: { width: 740, height: 360 }, hasTouch: true, isMobile: true })

  test('the panel sits beside the body, and the education note stays on screen in one line', async ({ page }) => {
    await page.goto('/?v=1&m=sternocleidomastoid&s=l')
    await waitForBody(page)
    const canvas = (await page.locator('canvas').boundingBox())!
    const panel = (await page.getByRole('complementary', { name: 'Muscle details' }).boundingBox())!
    expect(canvas.x + canvas.width, 'the panel does not cover the body').toBeLessThanOrEqual(panel.x + 1)
    expect(panel.width).toBeGreaterThan(740 * 0.3)
    expect(canvas.height).toBeGreaterThan(360 * 0.6)
    const toggle = (await page.getByRole('button', { name: 'View', exact: true }).boundingBox())!
    expect(toggle.x + toggle.width).toBeLessThanOrEqual(canvas.x + canvas.width)
    expect(toggle.y).toBeGreaterThan(canvas.y + canvas.height * 0.25)
    const note = page.getByRole('note').filter({ hasText: 'For education, not diagnosis.' })
    await expect(note).toBeInViewport({ ratio: 1 })
    expect((await note.boundingBox())!.height).toBeLessThan(50)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(740)
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
