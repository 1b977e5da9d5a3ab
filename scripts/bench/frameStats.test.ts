import { describe, expect, it } from 'vitest'
import { frameStats } from './frameStats.ts'

/** Timestamps of frames with the given intervals, starting at 1000 ms. */
const timeline = (intervals: readonly number[]) => intervals.reduce((t, d) => [...t, t[t.length - 1]! + d], [1000])

describe('frameStats', () => {
  it('sees a steady 60 Hz run as smooth', () => {
    const s = frameStats(timeline(Array<number>(60).fill(1000 / 60)))!
    expect(s.frames).toBe(60)
    expect(s.fps).toBeCloseTo(60, 5)
    expect(s.medianMs).toBeCloseTo(1000 / 60, 5)
    expect(s.droppedShare).toBe(0)
  })

  it('counts hitches longer than twice the median as dropped frames and reports the worst', () => {
    const intervals = [...Array<number>(18).fill(16), 50, 120]
    const s = frameStats(timeline(intervals))!
    expect(s.droppedShare).toBeCloseTo(2 / intervals.length, 10)
    expect(s.longestMs).toBe(120)
    expect(s.p95Ms).toBe(50)
    expect(s.fps).toBeCloseTo((intervals.length * 1000) / intervals.reduce((a, b) => a + b), 10)
  })

  it('gives nothing for fewer than two frames', () => {
    expect(frameStats([])).toBeNull()
    expect(frameStats([5])).toBeNull()
  })
})
