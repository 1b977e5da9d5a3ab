import type { Browser, Page } from '@playwright/test'
import { BODY_BUDGET_MS, expect, pngPixels, readQrCode, test, waitForBody, waitForCameraStill } from './fixtures.ts'

/**
 * Share (issue #11): the link of the view, copied or scanned from its QR code, opened by someone
 * else reproduces it: muscle, side, part, mode, wording, layers, view and pain marks.
 */

/** What the QR code on screen says, read from its pixels as a phone camera would. */
const readQrOnScreen = (page: Page) => readQrCode(page, page.locator('.share-dialog .qr-code[role="img"]'))

/** A new browser context, as another person on another machine: nothing shared with the first. */
async function freshPage(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.emulateMedia({ reducedMotion: 'reduce' })
  return { page, errors, close: () => context.close() }
}

/** The link in the open share dialog's field. */
async function linkInDialog(page: Page): Promise<string> {
  const field = page.getByRole('dialog', { name: 'Share this view' }).getByRole('textbox', { name: 'Link' })
  await expect(field).toHaveAttribute('readonly')
  return field.inputValue()
}

/** Share of pixels that differ by more than a little between two canvas screenshots. */
async function differentPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const [pa, pb] = [await pngPixels(page, a), await pngPixels(page, b)]
  expect([pb.width, pb.height]).toEqual([pa.width, pa.height])
  let differ = 0
  for (let i = 0; i < pa.data.length; i += 4) {
    const d =
      Math.abs(pa.data[i]! - pb.data[i]!) +
      Math.abs(pa.data[i + 1]! - pb.data[i + 1]!) +
      Math.abs(pa.data[i + 2]! - pb.data[i + 2]!)
    if (d > 48) differ++
  }
  return differ / (pa.data.length / 4)
}

test('a shared link reproduces the view in a fresh browser, and its QR code reads as the same link', async ({
  page,
  browser,
  context,
}, info) => {
  // Three first frames (this page, the fresh one, the fresh one again for a part), each of which
  // a busy machine can stretch to a minute or more.
  test.setTimeout(3 * BODY_BUDGET_MS + 60_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await waitForBody(page)

  // A clinician's view: right gluteus minimus, clinical terms, skin hidden, two areas marked,
  // back to exploring, the body seen from behind.
  const search = page.getByRole('combobox', { name: 'Search muscles' })
  await search.fill('gluteus minimus')
  await expect(page.getByRole('option').first()).toContainText('Gluteus minimus')
  await page.keyboard.press('Enter')
  await page.getByRole('group', { name: 'Side' }).getByRole('button', { name: 'Right' }).click()
  await expect(page.getByRole('heading', { name: 'Right gluteus minimus', level: 2 })).toBeVisible()
  await page.getByRole('button', { name: 'Clinical terms' }).click()
  await page.getByRole('group', { name: 'Layers' }).getByRole('button', { name: 'Skin' }).click()
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByText('Mark areas from a list').click()
  await page.getByRole('checkbox', { name: 'Side of the hip, right' }).check()
  await page.getByRole('checkbox', { name: 'Outer thigh, right' }).check()
  await page.getByRole('button', { name: /^Explore/ }).click()
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Back', exact: true }).click()
  await waitForCameraStill(page)
  const canvasBefore = await page.locator('canvas').screenshot()
  const cameraBefore = await page.evaluate(() => window.__triggermap!.cameraPosition())

  // Share: the dialog opens on Copy, with the link in a read-only field.
  const share = page.getByRole('button', { name: 'Share', exact: true })
  await share.click()
  const dialog = page.getByRole('dialog', { name: 'Share this view' })
  await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeFocused()
  const link = await linkInDialog(page)
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?v=2&/)
  const params = new URL(link).searchParams
  expect(Object.fromEntries(params)).toMatchObject({ m: 'gluteus_minimus', s: 'r', o: 'e', w: 'c', l: 'md', c: 'b' })
  expect(params.get('p')!.split('.')).toHaveLength(2)
  await expect(dialog.getByRole('listitem')).toContainText([
    'Right gluteus minimus',
    'Exploring muscles',
    '2 marked areas of pain',
    'Clinical terms',
    'Hidden: skin',
    'The back view',
  ])
  // Chromium on Linux has no system share sheet: no "Share…" button that would do nothing.
  await expect(dialog.getByRole('button', { name: 'Share…' })).toHaveCount(0)

  await dialog.getByRole('button', { name: 'Copy link' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Link copied.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)

  // The QR code, read from the screen's pixels, is the same link; it is large enough to scan.
  const qr = (await dialog.locator('.qr-code[role="img"]').boundingBox())!
  expect(Math.min(qr.width, qr.height)).toBeGreaterThanOrEqual(200)
  expect(await readQrOnScreen(page)).toBe(link)
  await page.screenshot({ path: info.outputPath('share-dialog-1280.png') })

  // Escape closes it and gives focus back to Share.
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(share).toBeFocused()

  // Another person opens the link: the same view.
  const other = await freshPage(browser, { width: 1280, height: 800 })
  await other.page.goto(link)
  await waitForBody(other.page)
  const p2 = other.page
  await expect(p2.getByRole('heading', { name: 'Right gluteus minimus', level: 2 })).toBeVisible()
  await expect(p2.getByRole('button', { name: 'Clinical terms' })).toHaveAttribute('aria-pressed', 'true')
  await expect(p2.getByRole('button', { name: /^Explore/ })).toHaveAttribute('aria-pressed', 'true')
  const layerButtons = p2.getByRole('group', { name: 'Layers' })
  await expect(layerButtons.getByRole('button', { name: 'Skin' })).toHaveAttribute('aria-pressed', 'false')
  await expect(layerButtons.getByRole('button', { name: 'Surface muscles' })).toHaveAttribute('aria-pressed', 'true')
  await expect(p2.locator('.notices')).toHaveCount(0)
  await waitForCameraStill(p2)
  await expect.poll(() => p2.evaluate(() => window.__triggermap!.lastRender()?.shows)).toBe('gluteus_minimus_right')
  const cameraAfter = await p2.evaluate(() => window.__triggermap!.cameraPosition())
  for (let i = 0; i < 3; i++) expect(cameraAfter[i]!).toBeCloseTo(cameraBefore[i]!, 2)
  // The picture itself: same camera, same layers, same zones.
  expect(await differentPixels(page, canvasBefore, await p2.locator('canvas').screenshot())).toBeLessThan(0.02)
  expect(p2.url()).toBe(link)
  // The marks came along: "Where does it hurt?" lists them.
  await p2.getByRole('button', { name: 'Where does it hurt?' }).click()
  await expect(p2.getByRole('list', { name: 'Marked areas' }).getByRole('listitem')).toHaveText([
    /Side of the hip \(right\)/,
    /Outer thigh \(right\)/,
  ])

  // A part of a multi-part muscle travels too.
  await search.fill('deltoid')
  await page.keyboard.press('Enter')
  await page.getByRole('group', { name: 'Part of the muscle shown' }).getByRole('button').nth(1).click()
  const partName = (await page
    .getByRole('group', { name: 'Part of the muscle shown' })
    .getByRole('button', { pressed: true })
    .textContent())!
  await share.click()
  const partLink = await linkInDialog(page)
  expect(new URL(partLink).searchParams.get('t')).toBeTruthy()
  await p2.goto(partLink)
  await waitForBody(p2)
  await expect(
    p2.getByRole('group', { name: 'Part of the muscle shown' }).getByRole('button', { pressed: true }),
  ).toHaveText(partName)
  await expect.poll(() => p2.evaluate(() => window.__triggermap!.lastRender()?.shows)).toMatch(/^deltoid_right_/)
  expect(other.errors, 'page errors in the fresh browser').toEqual([])
  await other.close()
})

test('an old v1 link opens as before and a broken part leaves a notice and the rest of the view', async ({ page }) => {
  await page.goto('/?v=1&m=infraspinatus&s=l&p=1k')
  await waitForBody(page)
  await expect(page.getByRole('button', { name: 'Where does it hurt?' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('.notices')).toHaveCount(0)
  await expect(page).toHaveURL(/\?v=2&m=infraspinatus&s=l&p=1k$/)
  await page.getByRole('button', { name: /^Explore/ }).click()
  await expect(page.getByRole('heading', { name: 'Left infraspinatus', level: 2 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Plain words' })).toHaveAttribute('aria-pressed', 'true')

  await page.goto('/?v=2&m=gluteus_minimus&s=l&w=c&l=zz')
  await waitForBody(page)
  await expect(page.getByRole('heading', { name: 'Left gluteus minimus', level: 2 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Clinical terms' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('.notices')).toContainText('layers we do not know')
  await expect(page.getByRole('group', { name: 'Layers' }).getByRole('button', { name: 'Skin' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page).toHaveURL(/\?v=2&m=gluteus_minimus&s=l&w=c$/)
})

test('a link to a drawing on the calf opens turned to the back, with the marks in sight', async ({ page }) => {
  /** Canvas pixels near the marks' colour (#5b2ea6, referredPainShader.ts). */
  const markPixels = async () => {
    const { data } = await pngPixels(page, await page.locator('.scene-canvas canvas').screenshot())
    let n = 0
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i]! - 0x5b) + Math.abs(data[i + 1]! - 0x2e) + Math.abs(data[i + 2]! - 0xa6) < 90) n++
    return n
  }
  // The left calf (region code 3k), drawn by someone and shared without a view.
  await page.goto('/?v=2&p=3k')
  await waitForBody(page)
  await waitForCameraStill(page)
  const [, , z] = await page.evaluate(() => window.__triggermap!.cameraPosition())
  expect(z, 'the camera is behind the body').toBeLessThan(0)
  expect(await markPixels(), 'the marked calf is on screen').toBeGreaterThan(200)
  // The same drawing with a view in its link opens on that view.
  await page.goto('/?v=2&p=3k&c=f')
  await waitForBody(page)
  await waitForCameraStill(page)
  expect((await page.evaluate(() => window.__triggermap!.cameraPosition()))[2]).toBeGreaterThan(0)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('Share is in the header, 44 px, and its dialog fits the screen with a scannable QR code', async ({
    page,
  }, info) => {
    await page.goto('/?v=2&m=gluteus_minimus&s=l&w=c&l=md')
    await waitForBody(page)
    const share = page.getByRole('button', { name: 'Share', exact: true })
    const box = (await share.boundingBox())!
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44)
    expect(box.x + box.width).toBeLessThanOrEqual(360)
    await page.screenshot({ path: info.outputPath('share-button-360.png') })
    await share.tap()
    const dialog = page.getByRole('dialog', { name: 'Share this view' })
    await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeVisible()
    const d = (await dialog.boundingBox())!
    expect(d.x).toBeGreaterThanOrEqual(0)
    expect(d.x + d.width).toBeLessThanOrEqual(360)
    for (const name of ['Copy link', 'Close']) {
      const b = (await dialog.getByRole('button', { name }).boundingBox())!
      expect(Math.min(b.width, b.height), name).toBeGreaterThanOrEqual(44)
    }
    await page.screenshot({ path: info.outputPath('share-dialog-360.png') })
    await dialog.locator('.qr-code[role="img"]').scrollIntoViewIfNeeded()
    expect(await readQrOnScreen(page)).toBe(await linkInDialog(page))
    await page.screenshot({ path: info.outputPath('share-dialog-360-qr.png') })
  })
})
