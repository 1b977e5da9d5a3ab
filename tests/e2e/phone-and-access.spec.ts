import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { docsShot, expect, test, waitForBody, waitForCameraStill } from './fixtures.ts'

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
    const small = await page
      .locator('button:visible')
      .evaluateAll(
        (els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length,
      )
    expect(small).toBe(0)
    const tinyText = await page
      .locator('p:visible, li:visible, summary:visible')
      .evaluateAll((els) => els.filter((e) => parseFloat(getComputedStyle(e).fontSize) < 16).length)
    expect(tinyText).toBe(0)
  })

  test('the View menu and the sheet keep clear of the head; the sheet moves between peek, half and full by keyboard', async ({
    page,
  }) => {
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
    for (const label of [
      'Front',
      'Back',
      'Left side',
      'Right side',
      'Reset view',
      'Skin',
      'Surface muscles',
      'Deep muscles',
    ]) {
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

/** Axe's WCAG 2 A and AA rules over what is on screen; returns "rule: count" per violation. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.length} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/** Opens the panel in full where it is a phone sheet (its content is hidden at one line). */
async function openSheet(page: Page): Promise<void> {
  const handle = page.getByRole('button', { name: /^Sheet:/ })
  if ((await handle.count()) === 0) return
  await handle.focus()
  await page.keyboard.press('End')
  await expect(handle).toHaveAccessibleName('Sheet: fully open')
}

const layouts = [
  { name: 'phone portrait', use: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } },
  { name: 'phone landscape', use: { viewport: { width: 740, height: 360 }, hasTouch: true, isMobile: true } },
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
] as const

for (const layout of layouts) {
  test.describe(`axe, ${layout.name}`, () => {
    test.use(layout.use)

    test(`the page passes axe WCAG 2 AA checks (${layout.name}): at rest, with a muscle chosen, and in "Where does it hurt?" with marks`, async ({
      page,
    }) => {
      await page.goto('/')
      await waitForBody(page)
      expect(await axeViolations(page), 'at rest').toEqual([])

      const search = page.getByRole('combobox', { name: 'Search muscles' })
      await search.focus()
      await page.keyboard.type('infraspin')
      await expect(page.getByRole('option').first()).toContainText('Infraspinatus')
      await page.keyboard.press('Enter')
      await expect(page.getByRole('heading', { name: 'Left infraspinatus' })).toBeVisible()
      await openSheet(page)
      expect(await axeViolations(page), 'a muscle chosen').toEqual([])

      await page.getByRole('button', { name: /^Where (does )?it hurt/ }).click()
      await openSheet(page)
      await page.getByText('Mark areas from a list').click()
      await page.getByRole('checkbox', { name: 'Outer elbow, left' }).check()
      await page.getByRole('checkbox', { name: 'Back of the forearm, left' }).check()
      await expect(page.getByRole('list', { name: 'Most likely muscles' }).getByRole('listitem').first()).toBeVisible()
      // The ranking is announced once the marks rest.
      await expect(page.getByRole('status').filter({ hasText: 'may be involved in this pain' })).toHaveText(
        /most likely: Left /,
      )
      expect(await axeViolations(page), 'marks and their ranking').toEqual([])
      await page.getByRole('list', { name: 'Most likely muscles' }).getByRole('button').first().click()
      await expect(page.getByRole('region', { name: 'Chosen muscle' })).toBeVisible()
      expect(await axeViolations(page), 'marks and a chosen muscle').toEqual([])
    })
  })
}

/** Presses `key` until `target` has the focus, at most `max` times; fails if it never does. */
async function pressUntilFocused(page: Page, key: string, target: Locator, max: number): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key)
    if (await target.evaluate((el) => el === document.activeElement)) return i
  }
  throw new Error(`${key} ${max} times never reached ${target.toString()}`)
}

test('keyboard alone: skip link, the body map, search to a muscle, then marks from the list to a ranked muscle', async ({
  page,
}) => {
  const shot = (name: string) => page.screenshot({ path: `${test.info().outputDir}/keyboard-${name}.png` })
  await page.goto('/')
  await waitForBody(page)

  // The first Tab shows the skip link; Enter lands past the header.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to the body map and panel' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport({ ratio: 1 })
  await shot('1-skip-link')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()

  // Next: the body map, named, described, and turned by the arrow keys.
  await page.keyboard.press('Tab')
  const map = page.getByRole('application', { name: 'The body' })
  await expect(map).toBeFocused()
  await expect(map).toHaveAccessibleDescription(/arrow keys turn the body.*search/)
  const before = await page.evaluate(() => window.__triggermap!.projectMuscle('infraspinatus', 'left'))
  await page.keyboard.press('ArrowLeft')
  await waitForCameraStill(page)
  expect(await page.evaluate(() => window.__triggermap!.projectMuscle('infraspinatus', 'left'))).not.toEqual(before)
  await shot('2-body-map')

  // Back to the search, and a muscle by name.
  const search = page.getByRole('combobox', { name: 'Search muscles' })
  await pressUntilFocused(page, 'Shift+Tab', search, 6)
  await page.keyboard.type('infraspin')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Left infraspinatus' })).toBeVisible()
  await shot('3-muscle-chosen')

  // "Where does it hurt?", then the list of areas, jumping straight to the elbow.
  await pressUntilFocused(page, 'Shift+Tab', page.getByRole('button', { name: 'Where does it hurt?' }), 6)
  await page.keyboard.press('Enter')
  const summary = page.getByText('Mark areas from a list')
  await pressUntilFocused(page, 'Tab', summary, 60)
  await page.keyboard.press('Enter')
  const jumps = page.getByRole('navigation', { name: 'Go to a body part' })
  await pressUntilFocused(page, 'Tab', jumps.getByRole('button', { name: 'Elbow', exact: true }), 20)
  await shot('4-body-part-buttons')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('group', { name: 'Elbow', exact: true })).toBeFocused()
  expect(await pressUntilFocused(page, 'Tab', page.getByRole('checkbox', { name: 'Outer elbow, left' }), 6)).toBe(3)
  await page.keyboard.press('Space')
  await pressUntilFocused(page, 'Tab', page.getByRole('checkbox', { name: 'Back of the forearm, left' }), 10)
  await page.keyboard.press('Space')
  await expect(page.getByRole('checkbox', { name: 'Back of the forearm, left' })).toBeChecked()
  await expect(jumps.getByRole('button', { name: 'Elbow 1 marked' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'may be involved in this pain' })).toHaveText(
    /most likely: Left /,
  )
  await shot('5-area-ticked')

  // Back up to the ranked list and open the first muscle.
  const first = page.getByRole('list', { name: 'Most likely muscles' }).getByRole('button').first()
  await pressUntilFocused(page, 'Shift+Tab', first, 200)
  await shot('6-ranked-muscle')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Chosen muscle' }).getByRole('heading', { level: 2 })).toHaveText(
    /^Left /,
  )
  await shot('7-ranked-muscle-chosen')
})
