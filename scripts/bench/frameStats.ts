/** What a run of frames felt like: the figures the frame benchmark prints per state. */
export interface FrameStats {
  /** Frame intervals recorded (timestamps minus one). */
  frames: number
  /** Frames per second over the whole recording. */
  fps: number
  medianMs: number
  p95Ms: number
  longestMs: number
  /** Share of intervals longer than twice the median: frames the eye sees as a hitch. */
  droppedShare: number
}

/** Nearest-rank percentile of sorted values (p in 0..1). */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!
}

/** Summarises requestAnimationFrame timestamps (milliseconds, increasing); null with fewer than two. */
export function frameStats(timestamps: readonly number[]): FrameStats | null {
  if (timestamps.length < 2) return null
  const intervals = timestamps.slice(1).map((t, i) => t - timestamps[i]!)
  const sorted = [...intervals].sort((a, b) => a - b)
  const medianMs = percentile(sorted, 0.5)
  const span = timestamps[timestamps.length - 1]! - timestamps[0]!
  return {
    frames: intervals.length,
    fps: span > 0 ? (intervals.length * 1000) / span : 0,
    medianMs,
    p95Ms: percentile(sorted, 0.95),
    longestMs: sorted[sorted.length - 1]!,
    droppedShare: intervals.filter((d) => d > 2 * medianMs).length / intervals.length,
  }
}
