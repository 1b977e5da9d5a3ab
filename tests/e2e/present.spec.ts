import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { docsShot, expect, test, waitForBody, waitForCameraStill } from './fixtures.ts'

/** A clinician's link: gluteus minimus chosen, and three muscles picked for the patient (k). */
const LINK = '/?v=2&m=gluteus_minimus&s=l&k=gluteus_minimus-l.piriformis-l.soleus-l'

const caption = (page: Page) => page.getByRole('region', { name: 'Presenting' })
const musclePresented = (page: Page, name: string) =>
  expect(caption(page).getByRole('heading', { level: 2 })).toHaveText(name)
const muscleInLink = (page: Page) => new URL(page.url()).searchParams.get('m')

/** Opens the link, waits for the body, and starts Present from its button in the app bar. */
async function present(page: Page): Promise<void> {
  await page.goto(LINK)
  await waitForBody(page)
  await waitForCameraStill(page)
  await page.getByRole('button', { name: 'Present', exact: true }).click()
  await expect(caption(page)).toBeVisible()
  await waitForCameraStill(page)
}

/** Axe's WCAG 2 A and AA rules (as in phone-and-access.spec.ts); "rule: count" per violation. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.length} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/**
 * The share of the pattern's visible skin points (page pixels) that lie under the caption or
 * the Leave button: the camera frames the pattern in the part of the canvas they leave free.
 */
async function patternUnderCaption(page: Page): Promise<{ covered: number; points: number }> {
  const points = (await page.evaluate(() => window.__triggermap!.patternOnScreen())) ?? []
  const boxes = await Promise.all(
    [caption(page), page.getByRole('button', { name: 'Leave' })].map(async (l) => (await l.boundingBox())!),
  )
  const covered = points.filter((p) =>
    boxes.some((b) => p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height),
  ).length
  return { covered, points: points.length }
}

test.describe('Present on a desktop (1280x800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('hides the chrome, fills the screen with the body, steps with the keys and leaves with Escape as it was', async ({
    page,
  }) => {
    await present(page)
    // Chrome hidden: the app bar, the footer, the view and layer controls, the panel.
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('contentinfo')).toBeHidden()
    await expect(page.getByRole('button', { name: 'Share' })).toBeHidden()
    await expect(page.locator('.view-controls')).toBeHidden()
    await expect(page.getByRole('complementary', { name: 'Muscle details' })).toBeHidden()
    // The body's canvas covers at least 90% of the window.
    const box = (await page.locator('canvas').boundingBox())!
    const viewport = page.viewportSize()!
    expect((box.width * box.height) / (viewport.width * viewport.height)).toBeGreaterThanOrEqual(0.9)

    // Large type: the muscle, where its pain goes, the step.
    await musclePresented(page, 'Left gluteus minimus')
    await expect(caption(page).getByText(/^Its pain goes to the hip/)).toBeVisible()
    await expect(caption(page).getByText('1 of 3')).toBeVisible()
    const nameSize = await caption(page)
      .getByRole('heading', { level: 2 })
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
    expect(nameSize).toBeGreaterThanOrEqual(32)
    // The whole pattern is framed where the caption does not cover it.
    const under = await patternUnderCaption(page)
    expect(under.points).toBeGreaterThan(50)
    expect(under.covered, `${under.covered} of ${under.points} pattern points under the caption`).toBe(0)
    // The lines from each X to its zone are drawn, still (the fixture asks for reduced motion).
    expect(await page.evaluate(() => window.__triggermap!.presentFlow())).toMatchObject({
      paths: 2,
      shows: 'gluteus_minimus_left',
    })

    expect(await axeViolations(page), 'axe in present mode').toEqual([])
    await page.screenshot({ path: docsShot('present-desktop.png') })

    // Arrow keys and clicker keys step; the caption and the link follow.
    await page.keyboard.press('ArrowRight')
    await musclePresented(page, 'Left piriformis')
    await expect(caption(page).getByText('2 of 3')).toBeVisible()
    await expect.poll(() => muscleInLink(page)).toBe('piriformis')
    await page.keyboard.press('PageDown')
    await musclePresented(page, 'Left soleus')
    await expect.poll(() => muscleInLink(page)).toBe('soleus')
    // A pattern that mimics danger keeps its warning on the patient's screen, and the caption
    // that carries it still leaves the pattern uncovered.
    await expect(caption(page).locator('.red-flag-peek')).toContainText(/blood clot/i)
    await waitForCameraStill(page)
    const soleus = await patternUnderCaption(page)
    expect(soleus.points).toBeGreaterThan(50)
    expect(soleus.covered, `${soleus.covered} of ${soleus.points} soleus pattern points under the caption`).toBe(0)
    await page.screenshot({ path: test.info().outputPath('present-soleus-1280.png') })
    await page.keyboard.press('ArrowLeft')
    await musclePresented(page, 'Left piriformis')
    await expect.poll(() => muscleInLink(page)).toBe('piriformis')

    // Escape: the chrome and the selection from before come back, and focus returns to Present.
    await page.keyboard.press('Escape')
    await expect(caption(page)).toBeHidden()
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(page.getByRole('contentinfo')).toBeVisible()
    await expect.poll(() => muscleInLink(page)).toBe('gluteus_minimus')
    await expect(page.getByRole('heading', { level: 2, name: 'Left gluteus minimus' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeFocused()
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull()
  })

  test('without a muscle or a list, Present says why it cannot start', async ({ page }) => {
    await page.goto('/')
    await waitForBody(page)
    const button = page.getByRole('button', { name: 'Present', exact: true })
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await expect(button).toHaveAccessibleDescription(/choose a muscle first/i)
    // Still reachable (aria-disabled, not disabled): pressed, it tells its reason.
    await button.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').getByText(/To present, choose a muscle first/)).toBeVisible()
    await expect(caption(page)).toHaveCount(0)
  })
})

test.describe('Present on a phone (360x740, touch)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('a swipe to the left steps forward; Leave is a large target; no text under 16 px; the sheet comes back as it was', async ({
    page,
  }) => {
    await page.goto(LINK)
    await waitForBody(page)
    // The person closed the sheet to its one line before presenting.
    const sheet = page.getByRole('complementary', { name: 'Muscle details' })
    const handle = page.getByRole('button', { name: /^Sheet:/ })
    await handle.focus()
    await page.keyboard.press('Home')
    await expect(sheet).toHaveAttribute('data-snap', 'peek')
    await waitForCameraStill(page)
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect(caption(page)).toBeVisible()
    await waitForCameraStill(page)
    await musclePresented(page, 'Left gluteus minimus')
    const leave = page.getByRole('button', { name: 'Leave' })
    const leaveBox = (await leave.boundingBox())!
    expect(leaveBox.height).toBeGreaterThanOrEqual(44)
    expect(leaveBox.width).toBeGreaterThanOrEqual(44)
    const smallest = await page.evaluate(() => {
      const texts = [...document.querySelectorAll('.presentation *')].filter(
        (e) => e.checkVisibility() && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''),
      )
      return Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize)))
    })
    expect(smallest).toBeGreaterThanOrEqual(16)
    const under = await patternUnderCaption(page)
    expect(under.covered, `${under.covered} of ${under.points} pattern points under the caption`).toBe(0)
    await page.screenshot({ path: docsShot('present-phone.png') })

    // A real swipe through the browser's touch input, right to left across the body.
    const cdp = await page.context().newCDPSession(page)
    const y = 300
    let t = Date.now() / 1000
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) => {
      await cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
        timestamp: t,
      })
      t += 0.03
    }
    await touch('touchStart', 300)
    for (const x of [260, 200, 140, 80]) await touch('touchMove', x)
    await touch('touchEnd', 80)
    await musclePresented(page, 'Left piriformis')
    await expect.poll(() => muscleInLink(page)).toBe('piriformis')

    await leave.click()
    await expect(caption(page)).toHaveCount(0)
    await expect.poll(() => muscleInLink(page)).toBe('gluteus_minimus')
    // Stepping to other muscles did not open the sheet behind the presentation.
    await expect(sheet).toHaveAttribute('data-snap', 'peek')
  })
})

test.describe('the line from each X to its zone', () => {
  test('runs a few seconds and stops, and never runs under reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await present(page)
    const flow = () => page.evaluate(() => window.__triggermap!.presentFlow())
    await expect.poll(async () => (await flow()).started).toBeGreaterThanOrEqual(1)
    // It ends on its own (the canvas then draws nothing more).
    await expect.poll(async () => (await flow()).animating, { timeout: 30_000 }).toBe(false)
    expect(await flow()).toMatchObject({ paths: 2, shows: 'gluteus_minimus_left' })
    await page.keyboard.press('Escape')
    await expect(caption(page)).toHaveCount(0)

    // Reduced motion: the lines are drawn still, and no animation starts, step after step.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const before = (await flow()).started
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await musclePresented(page, 'Left gluteus minimus')
    await page.keyboard.press('ArrowRight')
    await musclePresented(page, 'Left piriformis')
    await expect.poll(async () => (await flow()).shows).toBe('piriformis_left')
    expect(await flow()).toMatchObject({ animating: false, started: before })
    expect((await flow()).paths).toBeGreaterThan(0)
  })
})
