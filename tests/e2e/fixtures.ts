import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import type {} from '../../src/scene/TestHook.tsx'

/** The page-side name of the CSP recorder's binding (tests only; the app never sees it). */
const CSP_BINDING = '__e2eCspViolation'

/**
 * Records every Content-Security-Policy violation in every page of `context`: the
 * `securitypolicyviolation` event (an init script, so it listens before any app script runs)
 * and Chromium's console message, which also covers what no event reports (a violation before
 * the listener, or in a frame).
 */
async function recordCspViolations(context: BrowserContext, seen: string[]): Promise<void> {
  await context.exposeBinding(CSP_BINDING, (_source, text: string) => {
    seen.push(text)
  })
  await context.addInitScript((binding) => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as Record<string, (text: string) => void>)[binding]
        const where = e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''
        void report?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'an inline script or style'}${where}`)
      },
      true,
    )
  }, CSP_BINDING)
  // Chromium logs each violation ("Refused to load ...", "Executing inline script violates the
  // following Content Security Policy directive ...") to the DevTools log as a security entry,
  // not through the console API, so Playwright's console event never sees it: read that log
  // over CDP, page by page.
  const readLog = async (page: Page) => {
    const cdp = await context.newCDPSession(page)
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (/Content Security Policy/.test(entry.text)) seen.push(`console: ${entry.text}`)
    })
    await cdp.send('Log.enable')
  }
  context.on('page', (page) => void readLog(page))
  await Promise.all(context.pages().map(readLog))
}

/**
 * Every test fails if the page asks any origin but its own (privacy rule), logs a page error,
 * breaks the Content-Security-Policy, or the 3D view stays blank.
 */
export const test = base.extend<{
  foreignRequests: string[]
  /** CSP violations so far, in any page of the test (its own page and any browser it opens). */
  cspViolations: string[]
  /** Only for the spec that proves the recorder works: violations are expected, not a failure. */
  allowCspViolations: boolean
}>({
  allowCspViolations: [false, { option: true }],
  cspViolations: [
    async ({ context, browser, allowCspViolations }, use) => {
      const seen: string[] = []
      await recordCspViolations(context, seen)
      // Specs that open a second browser (a link opened by someone else) are watched there too.
      const newContext = browser.newContext.bind(browser)
      const watched: Browser['newContext'] = async (...options) => {
        const other = await newContext(...options)
        await recordCspViolations(other, seen)
        return other
      }
      browser.newContext = watched
      try {
        await use(seen)
      } finally {
        browser.newContext = newContext
      }
      if (!allowCspViolations) expect(seen, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
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

/** Waits until the body is drawn: the test hook is up, the muscles have arrived and the canvas shows the body. */
export async function waitForBody(page: Page): Promise<void> {
  // The first frame waits on the model download, its decoding and shader compilation in a
  // software rasteriser: on a busy 2-core machine that can take a minute, so the budget is wide.
  // The wait ends as soon as the app says it is ready; the budget only bounds a real failure.
  await page.waitForFunction(() => window.__triggermap !== undefined, undefined, { timeout: BODY_BUDGET_MS })
  // The skin is drawn first; the muscles' file follows it.
  await page.waitForFunction(() => window.__triggermap!.loadInfo().musclesLoaded, undefined, {
    timeout: BODY_BUDGET_MS,
  })
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

/** RGBA pixels of a PNG with its size, decoded in the page (no image library needed in Node). */
export async function pngPixels(
  page: Page,
  png: Buffer,
): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const { data, width, height } = await page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.width
    c.height = img.height
    const ctx = c.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    return { data: Array.from(ctx.getImageData(0, 0, c.width, c.height).data), width: c.width, height: c.height }
  }, png.toString('base64'))
  return { data: Uint8ClampedArray.from(data), width, height }
}

/** RGBA pixels of a PNG. */
const pixels = async (page: Page, png: Buffer) => (await pngPixels(page, png)).data

/** RGBA pixels of the page within `radius` px of (x, y). */
export const pixelsNear = async (page: Page, x: number, y: number, radius: number) =>
  pixels(page, await page.screenshot({ clip: { x: x - radius, y: y - radius, width: radius * 2, height: radius * 2 } }))

/** What a QR code on the page says, read from its pixels as a phone camera would. */
export async function readQrCode(page: Page, code: Locator): Promise<string | null> {
  const { data, width, height } = await pngPixels(page, await code.screenshot())
  return jsQR(data, width, height)?.data ?? null
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
  const d = await pixelsNear(page, x, y, radius)
  let red = 0
  for (let i = 0; i < d.length; i += 4)
    if (d[i]! > 140 && d[i + 1]! < 90 && d[i + 2]! < 90 && d[i]! - d[i + 1]! > 80) red++
  return red
}

/**
 * Makes the page's browser have no WebGL 2, as some browsers and locked-down machines do: no
 * `WebGL2RenderingContext`, and no context from any canvas.
 */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    delete (window as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext
  })
  await withFailingWebGLContext(page)
}

/**
 * Makes the page's browser have WebGL 2 but give no canvas a context, as with a blocklisted
 * graphics card or WebGL switched off by policy: only creating the context shows it. Counts
 * the asks (read them with `webglContextsAsked`).
 */
export async function withFailingWebGLContext(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as { webglContextsAsked?: number }
    w.webglContextsAsked = 0
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the canvas as `this`
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/.test(type)) {
        w.webglContextsAsked = (w.webglContextsAsked ?? 0) + 1
        return null
      }
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
    } as typeof original
  })
}

/** How many WebGL contexts the page has asked a canvas for (under `withFailingWebGLContext`). */
export function webglContextsAsked(page: Page): Promise<number> {
  return page.evaluate(() => (window as { webglContextsAsked?: number }).webglContextsAsked ?? 0)
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

/**
 * Adds a test-only style sheet to the page. The app's Content-Security-Policy refuses inline
 * <style> (so Playwright's addStyleTag and a screenshot's `style` are blocked and reported);
 * a constructed sheet is CSSOM, which `style-src` does not govern.
 */
export async function addTestStyle(page: Page, css: string): Promise<() => Promise<void>> {
  const id = await page.evaluate((text) => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(text)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return document.adoptedStyleSheets.length - 1
  }, css)
  return () =>
    page.evaluate((i) => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((_, j) => j !== i)
    }, id)
}
