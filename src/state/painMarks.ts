/**
 * Actions for "Where does it hurt": marking and erasing regions, undo, clear, the brush and the
 * mode. Plain functions on the one store. A stroke of the brush is one undo step.
 */
import type { Side } from '../data/types.ts'
import { useAppStore, type Brush, type MarkedRegion, type Mode } from './store.ts'

const sameMark = (a: MarkedRegion, b: MarkedRegion) => a.region === b.region && a.side === b.side

/** Switches between exploring muscles and marking pain. */
export function setMode(mode: Mode): void {
  useAppStore.setState({ mode, hovered: null })
}

/** Changes the brush (tool or radius). */
export function setBrush(brush: Partial<Brush>): void {
  useAppStore.setState((s) => ({ brush: { ...s.brush, ...brush } }))
}

/** Starts a stroke: the current marks become one undo step. */
export function beginStroke(): void {
  useAppStore.setState((s) => ({ painHistory: [...s.painHistory.slice(-49), s.painMarks] }))
}

/** Adds or (with the eraser) removes marks; repeats cost nothing. */
export function applyBrush(regions: readonly MarkedRegion[], tool: Brush['tool']): void {
  const { painMarks } = useAppStore.getState()
  if (tool === 'paint') {
    const added = regions.filter(
      (r, i) => !painMarks.some((m) => sameMark(m, r)) && regions.findIndex((x) => sameMark(x, r)) === i,
    )
    if (added.length > 0) useAppStore.setState({ painMarks: [...painMarks, ...added] })
  } else {
    const kept = painMarks.filter((m) => !regions.some((r) => sameMark(m, r)))
    if (kept.length !== painMarks.length) useAppStore.setState({ painMarks: kept })
  }
}

/** Marks or unmarks one region (a tap, or a checkbox of the region picker), as one undo step. */
export function toggleMark(mark: MarkedRegion): void {
  beginStroke()
  const marked = useAppStore.getState().painMarks.some((m) => sameMark(m, mark))
  applyBrush([mark], marked ? 'erase' : 'paint')
}

/** Removes one marked area (from the list of marked areas), as one undo step. */
export function removeMark(mark: MarkedRegion): void {
  if (!useAppStore.getState().painMarks.some((m) => sameMark(m, mark))) return
  beginStroke()
  applyBrush([mark], 'erase')
}

/** Whether a region on a side is marked. */
export function isMarked(marks: readonly MarkedRegion[], region: MarkedRegion['region'], side: Side): boolean {
  return marks.some((m) => m.region === region && m.side === side)
}

/** Takes back the last stroke. */
export function undoPain(): void {
  const { painHistory } = useAppStore.getState()
  const previous = painHistory[painHistory.length - 1]
  if (previous) useAppStore.setState({ painMarks: previous, painHistory: painHistory.slice(0, -1) })
}

/** Removes every mark (itself undoable). */
export function clearPain(): void {
  if (useAppStore.getState().painMarks.length === 0) return
  beginStroke()
  useAppStore.setState({ painMarks: [] })
}

/** Replaces the marks (from a link), clearing the undo history. */
export function setPainMarks(marks: readonly MarkedRegion[]): void {
  useAppStore.setState({ painMarks: marks, painHistory: [] })
}
