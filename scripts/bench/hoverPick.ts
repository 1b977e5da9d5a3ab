/**
 * Hover pick time through the path a pointer takes: a `pointermove` dispatched on the canvas,
 * handled by React Three Fiber's event system (pointer to ray, raycast of every object with a
 * handler, each mesh through its own BVH-accelerated raycast, then the muscles' over/move/out
 * handlers), timed around the dispatch. Run at every point of a grid across the canvas that lies
 * on the body, so the figure covers the whole body, not one muscle.
 */
import type { Page } from 'playwright-core'

/** One load's picks: milliseconds per pointer move at each point on the body. */
export interface HoverPicks {
  gridPoints: number
  /** Per point on the body, the mean over `repeats` moves there (the page's clock is coarse). */
  msPerPick: number[]
  /** Whether the hover label named a muscle after a move onto the body: the moves reached the app. */
  labelShown: boolean
}

/**
 * Page-side, as a string so no bundler helper reaches the page. The points on the body are those
 * where the app's own pick (`__triggermap.pickAt`, the same raycaster) hits something; the
 * repeated moves at a point step one pixel back and forth, so each is a real move.
 */
const pickScript = (columns: number, rows: number, repeats: number) => `(async () => {
  const canvas = document.querySelector('canvas')
  const rect = canvas.getBoundingClientRect()
  const hook = window.__triggermap
  const points = []
  for (let i = 0; i < ${columns}; i++) for (let j = 0; j < ${rows}; j++) {
    const x = rect.left + ((i + 0.5) / ${columns}) * rect.width
    const y = rect.top + ((j + 0.5) / ${rows}) * rect.height
    if (hook.pickAt(x, y).length > 0) points.push([x, y])
  }
  const move = (x, y) => canvas.dispatchEvent(new PointerEvent('pointermove', {
    clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true,
    pointerId: 1, pointerType: 'mouse', isPrimary: true,
  }))
  for (const [x, y] of points) move(x, y) // warm up
  const msPerPick = points.map(([x, y]) => {
    const start = performance.now()
    for (let k = 0; k < ${repeats}; k++) move(x + (k % 2), y)
    return (performance.now() - start) / ${repeats}
  })
  // A move onto the body must name a muscle in the hover label (after React commits).
  const label = document.querySelector('.hover-label')
  let labelShown = false
  if (points.length > 0 && label) {
    move(rect.left + 1, rect.top + 1)
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    const [x, y] = points[Math.floor(points.length / 2)]
    move(x, y)
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    labelShown = (label.textContent ?? '').trim() !== ''
  }
  move(rect.left + 1, rect.top + 1)
  return { gridPoints: ${columns * rows}, msPerPick, labelShown }
})()`

/** Times pointer moves over the body on a `columns` x `rows` grid across the canvas, `repeats` moves per point. */
export async function hoverPicks(page: Page, columns = 40, rows = 40, repeats = 20): Promise<HoverPicks> {
  return page.evaluate<HoverPicks>(pickScript(columns, rows, repeats))
}
