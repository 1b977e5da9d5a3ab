/** Snap points of the phone bottom sheet, and the pure rules for moving between them. */
export type Snap = 'peek' | 'half' | 'full'
export const snaps: readonly Snap[] = ['peek', 'half', 'full']

const words: Record<Snap, string> = { peek: 'closed to one line', half: 'half open', full: 'fully open' }
/** What a screen reader hears for the sheet's state, e.g. "Sheet: half open". */
export function snapLabel(snap: Snap): string {
  return `Sheet: ${words[snap]}`
}

/** Where each move leads from each snap point: up and down stop at the ends, a cycle wraps round. */
const moves: Record<'up' | 'down' | 'cycle', Record<Snap, Snap>> = {
  up: { peek: 'half', half: 'full', full: 'full' },
  down: { peek: 'peek', half: 'peek', full: 'half' },
  cycle: { peek: 'half', half: 'full', full: 'peek' },
}

/** One step up or down (clamped), or a cycle peek → half → full → peek. */
export function nextSnap(snap: Snap, move: 'up' | 'down' | 'cycle'): Snap {
  return moves[move][snap]
}

/**
 * Heights in px of the three snap points in a space `available` px tall, `peek` px for the peek
 * line, `half` its share when half open.
 */
export function snapHeights(available: number, peek: number, half = 0.5): Record<Snap, number> {
  const full = Math.max(peek, available - 12)
  return { peek, half: Math.min(full, Math.max(peek, Math.round(available * half))), full }
}

/**
 * Where the sheet lands after a drag: a quick flick (faster than `flick` px/ms) goes one step in
 * its direction; otherwise the nearest snap point to the height the finger left it at.
 * `dy` is the finger's movement in px (negative = up), `velocity` in px/ms (negative = up).
 */
export function snapAfterDrag(
  start: Snap,
  dy: number,
  velocity: number,
  heights: Record<Snap, number>,
  flick = 0.5,
): Snap {
  if (Math.abs(velocity) > flick && Math.abs(dy) > 8) return nextSnap(start, velocity < 0 ? 'up' : 'down')
  const h = heights[start] - dy
  let best: Snap = start
  for (const s of snaps) if (Math.abs(heights[s] - h) < Math.abs(heights[best] - h)) best = s
  return best
}

/** The height the sheet follows the finger at, kept between peek and full. */
export function dragHeight(start: Snap, dy: number, heights: Record<Snap, number>): number {
  return Math.min(heights.full, Math.max(heights.peek, heights[start] - dy))
}
