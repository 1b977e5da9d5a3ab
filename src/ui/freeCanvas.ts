/**
 * The part of the canvas left free by what lies over it (the phone sheet, the View button):
 * the largest rectangle found by cutting each cover away along the edge that loses least.
 * Pure, so it is tested without a browser.
 */
import type { CanvasInsets } from '../state/store.ts'

/** A rectangle in page pixels. */
export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top)

/**
 * Insets (CSS pixels, whole) of the free part of `canvas` once every cover is cut away. Covers
 * are taken largest first; each is cut along the side that keeps the most free area (a sheet
 * across the bottom cuts the bottom; a button in a corner cuts the narrower strip).
 */
export function freeInsets(canvas: Rect, covers: readonly Rect[]): CanvasInsets {
  // Copied field by field: a DOMRect's fields are getters, which spreading would drop.
  const free: Rect = { left: canvas.left, top: canvas.top, right: canvas.right, bottom: canvas.bottom }
  for (const c of [...covers].sort((a, b) => area(b) - area(a))) {
    const overlaps =
      c.left < free.right - 1 && c.right > free.left + 1 && c.top < free.bottom - 1 && c.bottom > free.top + 1
    if (!overlaps) continue
    const options: Rect[] = [
      { ...free, top: Math.max(free.top, c.bottom) },
      { ...free, bottom: Math.min(free.bottom, c.top) },
      { ...free, left: Math.max(free.left, c.right) },
      { ...free, right: Math.min(free.right, c.left) },
    ]
    Object.assign(
      free,
      options.reduce((best, o) => (area(o) > area(best) ? o : best)),
    )
  }
  return {
    top: Math.round(free.top - canvas.top),
    right: Math.round(canvas.right - free.right),
    bottom: Math.round(canvas.bottom - free.bottom),
    left: Math.round(free.left - canvas.left),
  }
}

/** An element's box, or null while it takes no space (hidden, not laid out). */
function boxOf(e: Element | null): Rect | null {
  if (!e) return null
  const r = e.getBoundingClientRect()
  return r.width > 0 && r.height > 0 ? r : null
}

/**
 * What lies over the canvas in `stage` now: the panel (a phone's sheet), the View button and
 * anything marked data-covers-canvas (Present's caption).
 */
export function canvasCovers(stage: Element, workspace: Element): Rect[] {
  return [
    workspace.querySelector(':scope > .panel'),
    stage.querySelector('.view-menu-toggle'),
    ...stage.querySelectorAll('[data-covers-canvas]'),
  ]
    .map(boxOf)
    .filter((r): r is Rect => r !== null)
}
