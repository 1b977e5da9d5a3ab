/**
 * Tap-to-paint for the frame benchmark: from a tap's release (the pointerup's timestamp) to the
 * end of the first render that shows the new selection (the scene's `trigger_points` group
 * names what it shows; read after each render through the page's test hook), in milliseconds
 * and in animation frames. The baseline is an empty React Three Fiber canvas
 * (scripts/bench/baseline), built and served here, tapped the same way in the same run.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Page } from 'playwright-core'
import { build, preview } from 'vite'
import { freePort } from './previewServer.ts'
import { framesBetween } from './summary.ts'

/** One tap: milliseconds from release to painted frame, and animation frames run meanwhile (1: the next frame). */
export interface Tap {
  ms: number
  frames: number
  shows: string
}

/** What the page reports for a tap: the release, the painting render's end, and every rAF callback meanwhile. */
interface Painted {
  stamp: number
  at: number
  ticks: number[]
  shows: string | null
}

/**
 * Page-side helpers, as a string so no bundler helper leaks into the page. `__benchTap.arm(hook)`
 * notes what is shown, listens for the tap's release and logs each animation frame;
 * `__benchTap.painted(hook)` resolves once a render after the release shows something new (or
 * null after 15 s).
 */
const pageHelpers = `
window.__benchTap = {
  arm(hook) {
    const state = { before: window[hook].lastRender()?.shows ?? null, stamp: null, ticks: [], done: false }
    window.__benchTapState = state
    const canvas = document.querySelector('canvas')
    canvas.addEventListener('pointerup', (e) => { state.stamp = e.timeStamp }, { capture: true, once: true })
    const tick = () => {
      state.ticks.push(performance.now())
      if (state.ticks.length < 3000 && !state.done) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  },
  async painted(hook) {
    const state = window.__benchTapState
    const deadline = performance.now() + 15000
    while (performance.now() < deadline) {
      const last = window[hook].lastRender()
      if (state.stamp !== null && last && last.at > state.stamp && last.shows !== state.before) {
        state.done = true
        return { stamp: state.stamp, at: last.at, ticks: state.ticks, shows: last.shows }
      }
      await new Promise((r) => setTimeout(r, 2))
    }
    state.done = true
    return null
  },
}`

/** Taps at (x, y) page pixels and waits for the frame that paints the change; null when nothing new was painted. */
export async function tapToPaint(page: Page, hook: string, x: number, y: number): Promise<Tap | null> {
  await page.evaluate(pageHelpers)
  await page.evaluate(`window.__benchTap.arm(${JSON.stringify(hook)})`)
  await page.mouse.click(x, y)
  const p = await page.evaluate<Painted | null>(`window.__benchTap.painted(${JSON.stringify(hook)})`)
  if (!p || p.shows === null) return null
  return { ms: p.at - p.stamp, frames: framesBetween(p.ticks, p.stamp, p.at), shows: p.shows }
}

/**
 * Page-side: rAF timestamps for `ms` milliseconds; when a hook is named, `window[hook].invalidate()`
 * each frame, so the canvas is redrawn every frame.
 */
export const recordFrames = (ms: number, hook?: string) => `new Promise((done) => {
  const stamps = []
  const tick = (t) => {
    stamps.push(t)
    ${hook === undefined ? '' : `window[${JSON.stringify(hook)}].invalidate()`}
    if (t - stamps[0] < ${ms}) requestAnimationFrame(tick); else done(stamps)
  }
  requestAnimationFrame(tick)
})`

/** An empty R3F canvas, built from scripts/bench/baseline and served (port 4241 if free); `close()` stops it. */
export async function startBaseline(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { dir, outDir } = await buildBaseline(root)
  const port = await freePort(4241)
  const server = await preview({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  })
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}

/** Builds the empty R3F canvas (scripts/bench/baseline); returns its source and build folders. */
export async function buildBaseline(root: string): Promise<{ dir: string; outDir: string }> {
  const dir = resolve(root, 'scripts/bench/baseline')
  const outDir = resolve(root, 'node_modules/.cache/triggermap-bench-baseline')
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    // three and R3F in one chunk: large, and fine for a page only the benchmark loads.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  })
  return { dir, outDir }
}
