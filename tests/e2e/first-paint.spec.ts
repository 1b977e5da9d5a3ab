import type { Page, Route } from '@playwright/test'
import { preferencesKey } from '../../src/state/storedPreferences.ts'
import { frameMarks } from '../../src/scene/frameMarks.ts'
import { BODY_BUDGET_MS, expect, pngPixels, test, waitForBody } from './fixtures.ts'

/** The 3D view's code (src/sceneView.ts) and the muscles' file: held back as a slow link would. */
const sceneChunk = /\/assets\/sceneView-[\w-]+\.js$/
const musclesFile = /\/assets\/body-muscles-[\w-]+\.glb$/

/** Holds requests matching `url` until the returned function is called. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(url, async (route: Route) => {
    await released
    await route.continue()
  })
  return release
}

const marked = (page: Page, name: string) =>
  page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: BODY_BUDGET_MS })

/** Pixels of the body's skin or the pale body behind it (warm, light, not the stage's grey). */
function bodyPixels(data: Uint8ClampedArray): number {
  let n = 0
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!]
    if (r > 150 && r < 235 && r - b > 12 && g < r) n++
  }
  return n
}

/** How many pixels differ by more than a shade in any channel. */
function differing(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let n = 0
  for (let i = 0; i < a.length; i += 4) if ([0, 1, 2].some((c) => Math.abs(a[i + c]! - b[i + c]!) > 8)) n++
  return n
}

/**
 * Loads a bare address with the 3D view's code held back: the body must be painted from the skin's
 * file alone; then, with the code in, the view must take that very canvas over and draw the same
 * picture on it (the muscles held back, so the skin's frame is what is compared).
 */
async function paintedThenTakenOver(page: Page): Promise<void> {
  const releaseScene = await hold(page, sceneChunk)
  const releaseMuscles = await hold(page, musclesFile)
  await page.goto('/', { waitUntil: 'commit' })
  await marked(page, frameMarks.painted)

  const canvas = page.locator('canvas')
  await expect(canvas).toHaveCount(1)
  await expect(canvas).toHaveClass('first-paint')
  // The body is there, so "Loading the body…" is not shown over it.
  await expect(page.locator('.loading')).toBeHidden()
  const box = (await canvas.boundingBox())!
  const painted = await pngPixels(page, await page.screenshot({ clip: box }))
  expect(bodyPixels(painted.data), 'the body on the painted canvas').toBeGreaterThan(2000)
  await canvas.evaluate((c) => (c.dataset.painted = 'yes'))

  releaseScene()
  await marked(page, frameMarks.skin)
  // One canvas, the painted one, now the view's: named for screen readers, in the view's place.
  await expect(page.locator('canvas')).toHaveCount(1)
  const view = page.getByRole('application', { name: 'The body' })
  await expect(view).toHaveAttribute('data-painted', 'yes')
  const viewBox = (await view.boundingBox())!
  for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(viewBox[key] - box[key])).toBeLessThan(1)
  const drawn = await pngPixels(page, await page.screenshot({ clip: box }))
  // The view's first frame with the skin draws what was painted: nothing jumps or flickers.
  expect(differing(painted.data, drawn.data), 'pixels the view drew differently').toBeLessThan(
    painted.data.length / 4 / 200,
  )

  releaseMuscles()
  await waitForBody(page)
}

test('on a bare address the body is painted before the 3D view’s code is in, and the view takes it over unchanged', async ({
  page,
}) => {
  await paintedThenTakenOver(page)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('the body is painted above the sheet, where the view then draws it', async ({ page }) => {
    await paintedThenTakenOver(page)
  })
})

test.describe('turned sideways', () => {
  test.use({ viewport: { width: 740, height: 360 }, hasTouch: true, isMobile: true })

  test('the body is painted where the view then draws it', async ({ page }) => {
    await paintedThenTakenOver(page)
  })
})

test('left in “Where does it hurt?” with the skin layer off, the paint is the solid skin that mode draws', async ({
  page,
}) => {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    preferencesKey,
    JSON.stringify({
      v: 1,
      audience: 'patient',
      mode: 'where_it_hurts',
      visibleLayers: { skin: false, superficial: true, deep: false },
    }),
  ] as const)
  await paintedThenTakenOver(page)
  await expect(page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: /Where/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})

test('a link paints nothing ahead: it opens on what it names', async ({ page }) => {
  await page.goto('/?v=2&m=infraspinatus&s=l')
  await waitForBody(page)
  expect(await page.evaluate((n) => performance.getEntriesByName(n).length, frameMarks.painted)).toBe(0)
  await expect(page.locator('canvas')).toHaveCount(1)
})

/**
 * Records every view matrix the page sends to WebGL (the paint's and three's, by uniform name),
 * from the first: `window.viewMatrices`.
 */
async function recordViewMatrices(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const names = new WeakMap<WebGLUniformLocation, string>()
    const seen: number[][] = []
    ;(window as { viewMatrices?: number[][] }).viewMatrices = seen
    const gl = WebGL2RenderingContext.prototype
    /* eslint-disable @typescript-eslint/unbound-method -- called below with the context as `this` */
    const locate = gl.getUniformLocation
    const upload = gl.uniformMatrix4fv
    /* eslint-enable @typescript-eslint/unbound-method */
    gl.getUniformLocation = function (this: WebGL2RenderingContext, program, name) {
      const location = locate.call(this, program, name)
      if (location) names.set(location, name)
      return location
    }
    gl.uniformMatrix4fv = function (this: WebGL2RenderingContext, location, transpose, data, ...rest: unknown[]) {
      if (location && names.get(location) === 'viewMatrix') seen.push(Array.from(data as Float32Array).slice(0, 16))
      return (upload as (...a: unknown[]) => void).call(this, location, transpose, data, ...rest)
    } as typeof upload
  })
}

test.describe('on a phone, from the paint to the muscles', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('every frame is seen from where the body was painted: the view does not jump', async ({ page }) => {
    await recordViewMatrices(page)
    // The view's code held until the paint is made: on a busy machine it could otherwise start
    // first, and then (rightly) nothing is painted.
    const releaseScene = await hold(page, sceneChunk)
    await page.goto('/', { waitUntil: 'commit' })
    await marked(page, frameMarks.painted)
    releaseScene()
    await waitForBody(page)
    const matrices = await page.evaluate(() => (window as { viewMatrices?: number[][] }).viewMatrices ?? [])
    // The paint's own, then the view's frames with the skin and with the muscles.
    expect(matrices.length).toBeGreaterThan(2)
    const [painted] = matrices
    for (const m of matrices) m.forEach((v, i) => expect(v).toBeCloseTo(painted![i]!, 4))
  })
})
