import { test as base, expect, type Page } from '@playwright/test'
import type {} from '../../src/scene/TestHook.tsx'

/**
 * Every test fails if the page asks any origin but its own (privacy rule), logs a page error,
 * or the 3D view stays blank.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = []
      const origin = new URL(baseURL!).origin
      page.on('request', (r) => {
        const url = r.url()
        if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) foreign.push(url)
      })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(String(e)))
      // Reduced motion makes every camera move instant, so tests need no waiting for glides.
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await use(foreign)
      expect(foreign, 'requests to other origins').toEqual([])
      expect(errors, 'page errors').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

/** Waits until the body is drawn: the test hook is up and the canvas shows the body. */
export async function waitForBody(page: Page): Promise<void> {
  // The first frame waits on the model download, its decoding and shader compilation in a
  // software rasteriser: on a busy 2-core machine that can take a minute, so the budget is wide.
  // The wait ends as soon as the app says it is ready; the budget only bounds a real failure.
  await page.waitForFunction(() => window.__triggermap !== undefined, undefined, { timeout: BODY_BUDGET_MS })
  await expect
    .poll(() => distinctColours(page), { message: 'the canvas shows the body', timeout: BODY_BUDGET_MS })
    .toBeGreaterThan(40)
}

/** How long a test may wait for the body's first frame (see `waitForBody`). */
export const BODY_BUDGET_MS = 150_000

/**
 * Where a spec writes a screenshot meant for the README: under test-results/ on ordinary runs,
 * so the tests never rewrite tracked files; into docs/ only for `npm run docs:screenshots`.
 */
export function docsShot(name: string): string {
  return process.env.DOCS_SCREENSHOTS === '1' ? `docs/${name}` : `test-results/docs/${name}`
}

/** RGBA pixels of a PNG, decoded in the page (no image library needed in Node). */
async function pixels(page: Page, png: Buffer): Promise<number[]> {
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.width
    c.height = img.height
    const ctx = c.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    return Array.from(ctx.getImageData(0, 0, c.width, c.height).data)
  }, png.toString('base64'))
}

/** Number of distinct (quantised) colours on the canvas: a blank canvas has one or two. */
export async function distinctColours(page: Page): Promise<number> {
  const d = await pixels(page, await page.locator('canvas').screenshot())
  const seen = new Set<number>()
  for (let i = 0; i < d.length; i += 4 * 7) seen.add(((d[i]! >> 3) << 10) | ((d[i + 1]! >> 3) << 5) | (d[i + 2]! >> 3))
  return seen.size
}

/** Pain-red pixels on the page within `radius` px of (x, y). */
export async function redPixelsNear(page: Page, x: number, y: number, radius: number): Promise<number> {
  const d = await pixels(
    page,
    await page.screenshot({ clip: { x: x - radius, y: y - radius, width: radius * 2, height: radius * 2 } }),
  )
  let red = 0
  for (let i = 0; i < d.length; i += 4)
    if (d[i]! > 140 && d[i + 1]! < 90 && d[i + 2]! < 90 && d[i]! - d[i + 1]! > 80) red++
  return red
}

/** Makes the page's browser report no WebGL, as some browsers and locked-down machines do. */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the canvas as `this`
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/.test(type)) return null
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
    } as typeof original
  })
}

/** Waits until the camera has stopped moving (a view change lands on the next frames). */
export async function waitForCameraStill(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.__triggermap!.cameraSettled()), { message: 'the camera settles' })
    .toBe(true)
}

/** Clicks a muscle where its centroid projects through the live camera. */
export async function clickMuscle(page: Page, muscle: string, side: 'left' | 'right'): Promise<void> {
  await waitForCameraStill(page)
  const p = await page.evaluate(({ m, s }) => window.__triggermap!.projectMuscle(m, s), { m: muscle, s: side })
  if (!p) throw new Error(`no projection for ${muscle}`)
  await page.mouse.move(p.x, p.y)
  await page.mouse.click(p.x, p.y)
}
