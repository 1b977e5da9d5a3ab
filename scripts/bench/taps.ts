/**
 * Tap-to-paint and hover-pick figures for the frame benchmark. Tap-to-paint: the time from a
 * tap's release (the pointerup's timestamp) to the end of the first render that shows the new
 * selection (the scene's `trigger_points` group names what it shows; read after each render
 * through the page's test hook), in milliseconds and in frames of the baseline's frame
 * interval. The baseline is an empty React Three Fiber canvas (scripts/bench/baseline), built
 * and served here, tapped the same way in the same run. Hover pick: the test hook times the
 * raycast a pointer move runs, over a grid across the body, with and without the BVHs.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Page } from 'playwright-core'
import { build, preview } from 'vite'
import { freePort } from './previewServer.ts'

/** One tap: milliseconds from release to painted frame, and rAF callbacks run meanwhile; null when it painted nothing. */
export interface Tap { ms: number; frames: number; shows: string }

/**
 * Page-side helpers, as a string so no bundler helper leaks into the page. `__benchTap.arm(hook)`
 * notes what is shown and listens for the tap's release; `__benchTap.painted(hook)` resolves
 * once a render after the release shows something new (or null after 15 s, or on a miss).
 */
const pageHelpers = `
window.__benchTap = {
  arm(hook) {
    const state = { before: window[hook].lastRender()?.shows ?? null, stamp: null, ticks: [] }
    window.__benchTapState = state
    document.querySelector('canvas').addEventListener('pointerup', (e) => { state.stamp = e.timeStamp }, { capture: true, once: true })
    const tick = () => { state.ticks.push(performance.now()); if (state.ticks.length < 3000 && !state.done) requestAnimationFrame(tick) }
    requestAnimationFrame(tick)
  },
  async painted(hook) {
    const state = window.__benchTapState
    const deadline = performance.now() + 15000
    while (performance.now() < deadline) {
      const last = window[hook].lastRender()
      if (state.stamp !== null && last && last.at > state.stamp && last.shows !== state.before) {
        state.done = true
        if (last.shows === null) return null
        const frames = state.ticks.filter((t) => t > state.stamp && t <= last.at).length
        return { ms: last.at - state.stamp, frames, shows: last.shows }
      }
      await new Promise((r) => setTimeout(r, 2))
    }
    state.done = true
    return null
  },
}`

/** Taps at (x, y) page pixels and waits for the frame that paints it. */
export async function tapToPaint(page: Page, hook: string, x: number, y: number): Promise<Tap | null> {
  await page.evaluate(pageHelpers)
  await page.evaluate(`window.__benchTap.arm(${JSON.stringify(hook)})`)
  await page.mouse.click(x, y)
  return page.evaluate(`window.__benchTap.painted(${JSON.stringify(hook)})`) as Promise<Tap | null>
}

/** An empty R3F canvas, built from scripts/bench/baseline and served; `close()` stops it. */
export async function startBaseline(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = resolve(root, 'scripts/bench/baseline')
  const outDir = resolve(root, 'node_modules/.cache/triggermap-bench-baseline')
  await build({ root: dir, configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true } })
  const port = await freePort(4192)
  const server = await preview({ root: dir, configFile: false, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } })
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}

/** Median of numbers (null when empty). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
