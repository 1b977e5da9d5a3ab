/**
 * The body's frame marks (frameMarks.ts) as the page itself hears of them: the app, which on a
 * bare address starts once the skin is drawn (src/scene/sceneRoot.tsx), waits on this. A
 * PerformanceObserver of the User Timing mark hears late: Chromium hands it the entry in a
 * low-priority task, 0.5 to 0.8 s after the mark on a busy page (traced under SwiftShader).
 */
const marked = new Set<string>()
const waiting = new Map<string, Set<() => void>>()

/** Says the frame `name` marks is drawn (FirstFrameMark, beside its `performance.mark`). */
export function frameMarked(name: string): void {
  marked.add(name)
  const then = waiting.get(name)
  waiting.delete(name)
  then?.forEach((f) => f())
}

/** Whether the frame `name` marks has been drawn. */
export function isFrameMarked(name: string): boolean {
  return marked.has(name)
}

/** Calls `then` once the frame `name` is drawn (at once if it was). Returns what cancels it. */
export function whenFrameMarked(name: string, then: () => void): () => void {
  if (marked.has(name)) {
    then()
    return () => undefined
  }
  const list = waiting.get(name) ?? new Set()
  waiting.set(name, list)
  list.add(then)
  return () => list.delete(then)
}
