// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { inSlices } from './inSlices.ts'

/** The clock `performance.now()` reads in these tests: each item of work moves it on. */
let now = 0
/** A job that takes `ms` per item. */
const slowWork = (seen: number[], ms: number) => (item: number) => {
  seen.push(item)
  now += ms
}

describe('work in slices', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.spyOn(performance, 'now').mockImplementation(() => now)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('runs every item once, in order, giving the thread back when a slice has used its budget', async () => {
    const seen: number[] = []
    const job = inSlices([1, 2, 3, 4, 5, 6, 7], slowWork(seen, 10), 25)
    // The first slice ran at once and stopped after three items (30 ms over a 25 ms budget).
    expect(seen).toEqual([1, 2, 3])
    await vi.advanceTimersToNextTimerAsync()
    expect(seen).toEqual([1, 2, 3, 4, 5, 6])
    await vi.runAllTimersAsync()
    await job.done
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('stops at cancel and still settles', async () => {
    const seen: number[] = []
    const job = inSlices([1, 2, 3, 4, 5], slowWork(seen, 30), 25)
    expect(seen).toEqual([1])
    job.cancel()
    await vi.runAllTimersAsync()
    expect(seen).toEqual([1])
  })

  it('finishes a short job at once', async () => {
    const seen: number[] = []
    const job = inSlices([1, 2], slowWork(seen, 1))
    expect(seen).toEqual([1, 2])
    await job.done
  })
})
