import type { Page } from '@playwright/test'
import { clickMuscle, docsShot, expect, redPixelsNear, test, waitForBody, waitForCameraStill } from './fixtures.ts'

test('the body loads, a click on the left infraspinatus shows its trigger points, zones and panel', async ({
  page,
}) => {
  await page.goto('/')
  await waitForBody(page)
  await expect(page.getByRole('note').filter({ hasText: 'not diagnosis' })).toBeVisible()

  // Nothing is painted before a muscle is chosen.
  await page.getByRole('button', { name: 'Front', exact: true }).click()
  await waitForCameraStill(page)
  const shoulder = await page.evaluate(() => {
    const c = window.__triggermap!.regionCentroid('anterior_shoulder', 'left')!
    return window.__triggermap!.projectPoint(c)
  })
  expect(await redPixelsNear(page, shoulder.x, shoulder.y, 30)).toBe(0)

  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await clickMuscle(page, 'infraspinatus', 'left')
  const panel = page.getByRole('complementary', { name: 'Muscle details' })
  await expect(panel.getByRole('heading', { name: 'Left infraspinatus' })).toBeVisible()
  await expect(page).toHaveURL(/m=infraspinatus&s=l/)
  await expect(panel.getByText('Essential zone', { exact: false }).first()).toBeVisible()
  await expect(panel.getByRole('heading', { name: 'Home care' })).toBeVisible()
  await expect(panel.getByRole('heading', { name: 'With a clinician' })).toBeVisible()
  await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible()

  // The referred pain shows on the front of the left shoulder, not the right.
  await page.getByRole('button', { name: 'Front', exact: true }).click()
  await waitForCameraStill(page)
  const right = await page.evaluate(() => {
    const c = window.__triggermap!.regionCentroid('anterior_shoulder', 'right')!
    return window.__triggermap!.projectPoint(c)
  })
  await expect.poll(() => redPixelsNear(page, shoulder.x, shoulder.y, 30)).toBeGreaterThan(150)
  expect(await redPixelsNear(page, right.x, right.y, 30)).toBe(0)
  await page.screenshot({ path: docsShot('screenshot.png') })

  // Clicking empty space deselects.
  await page.mouse.click(40, 200)
  await expect(panel.getByRole('heading', { name: 'Left infraspinatus' })).toHaveCount(0)
  await expect(page).not.toHaveURL(/m=/)
})

test('the camera answers the keyboard: arrows orbit, plus zooms, and reset returns', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  await waitForCameraStill(page)
  const start = await page.evaluate(() => window.__triggermap!.cameraPosition())
  await page.locator('canvas').focus()
  await page.keyboard.press('ArrowLeft')
  await waitForCameraStill(page)
  const orbited = await page.evaluate(() => window.__triggermap!.cameraPosition())
  expect(Math.abs(orbited[0] - start[0])).toBeGreaterThan(0.3)
  await page.keyboard.press('+')
  await waitForCameraStill(page)
  const zoomed = await page.evaluate(() => window.__triggermap!.cameraPosition())
  expect(Math.hypot(zoomed[0], zoomed[2])).toBeLessThan(Math.hypot(orbited[0], orbited[2]))
  await page.getByRole('button', { name: 'Reset view' }).click()
  await waitForCameraStill(page)
  const back = await page.evaluate(() => window.__triggermap!.cameraPosition())
  for (let i = 0; i < 3; i++) expect(back[i]).toBeCloseTo(start[i]!, 2)
})

test('hovering a muscle names it; left and right are separate', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  await page.getByRole('button', { name: 'Front', exact: true }).click()
  await waitForCameraStill(page)
  const p = await page.evaluate(() => window.__triggermap!.projectMuscle('rectus_femoris', 'right'))
  await page.mouse.move(p!.x, p!.y)
  await expect(page.locator('.hover-label')).toHaveText('Right rectus femoris')
  await page.mouse.click(p!.x, p!.y)
  await expect(page.getByRole('heading', { name: 'Right rectus femoris' })).toBeVisible()
})

test('search selects a muscle by keyboard alone, and reload and history keep the selection', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  const search = page.getByRole('combobox', { name: 'Search muscles' })
  await search.focus()
  await page.keyboard.type('infraspin')
  await expect(page.getByRole('option').first()).toContainText('Infraspinatus')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Left infraspinatus' })).toBeVisible()

  await search.focus()
  await page.keyboard.type('trapezius')
  await page.keyboard.press('ArrowDown')
  const name = (await page.getByRole('option').nth(1).locator('.option-name').textContent())!
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: `Left ${name.toLowerCase()}` })).toBeVisible()

  await page.reload()
  await waitForBody(page)
  await expect(page.getByRole('heading', { name: `Left ${name.toLowerCase()}` })).toBeVisible()

  await page.goBack()
  await expect(page.getByRole('heading', { name: 'Left infraspinatus' })).toBeVisible()
  await page.goForward()
  await expect(page.getByRole('heading', { name: `Left ${name.toLowerCase()}` })).toBeVisible()
})

test('deep muscles are reachable: hide the skin and surface muscles, then click them', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  await page.getByRole('button', { name: 'Surface muscles' }).click()
  await expect(page.getByRole('button', { name: 'Surface muscles' })).toHaveAttribute('aria-pressed', 'false')
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  for (const [muscle, heading] of [
    ['piriformis', 'Left piriformis'],
    ['gluteus_minimus', 'Left gluteus minimus'],
    ['quadratus_lumborum', 'Left quadratus lumborum'],
    ['supraspinatus', 'Left supraspinatus'],
  ] as const) {
    await clickThrough(page, muscle, heading)
  }
  await page.getByRole('button', { name: 'Front', exact: true }).click()
  await clickThrough(page, 'scalenes', 'Right scalenes', 'right')
  await clickThrough(page, 'iliopsoas', 'Left iliopsoas')
})

/**
 * Clicks where a muscle's centroid projects; when a deeper layer still covers it there, clicks
 * the same spot again (click-through selects the next muscle behind), at most three times.
 */
async function clickThrough(
  page: Page,
  muscle: string,
  heading: string,
  side: 'left' | 'right' = 'left',
): Promise<void> {
  const title = page.getByRole('heading', { name: heading, level: 2 })
  const shows = () => page.evaluate(() => window.__triggermap!.lastRender()?.shows ?? null)
  for (let i = 0; i < 4 && !(await title.isVisible()); i++) {
    const before = await shows()
    await clickMuscle(page, muscle, side)
    // Each click selects something new (the muscle, or the next one behind): wait until it is drawn.
    await expect.poll(shows, { message: `a click toward ${muscle} selects a muscle` }).not.toBe(before)
  }
  await expect(title).toBeVisible()
}

test('clicking the same spot again selects the muscle behind', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await clickMuscle(page, 'supraspinatus', 'left')
  const first = await page.getByRole('heading', { level: 2 }).first().textContent()
  await clickMuscle(page, 'supraspinatus', 'left')
  await expect(page.getByRole('heading', { level: 2 }).first()).not.toHaveText(first!)
})

test('a search in everyday words ("jaw pain") lists muscles with reasons and selects one', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  await page.getByRole('combobox', { name: 'Search muscles' }).fill('jaw pain')
  const first = page.getByRole('option').first()
  await expect(first).toContainText('Refers pain to')
  const name = (await first.locator('.option-name').textContent())!
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { name: `Left ${name.charAt(0).toLowerCase()}${name.slice(1)}`, level: 2 }),
  ).toBeVisible()
})

test('explainer pages open from the app and close back to it', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  await page.getByRole('note').getByRole('button', { name: 'When to see a clinician' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(/clinician/i)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page
    .getByRole('button', { name: /fibromyalgia/i })
    .first()
    .click()
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toContainText(/fibromyalgia/i)
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
})

test('a click on one part of a multi-part muscle shows that part: its trigger point, its zones, its link', async ({
  page,
}) => {
  await page.goto('/')
  await waitForBody(page)
  const panel = page.getByRole('complementary', { name: 'Muscle details' })
  const parts = panel.getByRole('group', { name: 'Part of the muscle shown' })
  for (const [view, part, name] of [
    ['Back', 'posterior', 'Posterior (spinal) part'],
    ['Front', 'anterior', 'Anterior (clavicular) part'],
  ] as const) {
    await page.getByRole('button', { name: view, exact: true }).click()
    await waitForCameraStill(page)
    const p = await page.evaluate(
      (trp) => window.__triggermap!.projectPoint(window.__triggermap!.triggerPointAnchor('deltoid', 'left', trp)!),
      part,
    )
    await page.mouse.move(p.x, p.y)
    await expect(page.locator('.hover-label')).toHaveText(
      `Left deltoid: ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
    )
    await page.mouse.click(p.x, p.y)
    await expect(panel.getByRole('heading', { name: 'Left deltoid', level: 2 })).toBeVisible()
    await expect(parts.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true')
    await expect(page).toHaveURL(new RegExp(`m=deltoid&s=l&t=${part}`))
  }
  // The front part refers to the front of the shoulder; the back part's zone is not painted.
  const front = await page.evaluate(() =>
    window.__triggermap!.projectPoint(window.__triggermap!.regionCentroid('anterior_shoulder', 'left')!),
  )
  await expect.poll(() => redPixelsNear(page, front.x, front.y, 30)).toBeGreaterThan(150)
  await parts.getByRole('button', { name: 'Whole muscle' }).click()
  // The whole muscle: no part in the link; the Front view chosen above stays in it (c=f).
  await expect(page).toHaveURL(/[?&]m=deltoid&s=l&c=f$/)
})
