// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterFirstView } from './afterFirstView.ts'

const settled = async (p: Promise<void>) => {
  let done = false
  void p.then(() => (done = true))
  await vi.advanceTimersByTimeAsync(0)
  return done
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('afterFirstView: when the service worker may start precaching', () => {
  it('without a model to wait for (no WebGL), once the page has loaded', async () => {
    vi.useFakeTimers()
    expect(document.readyState).toBe('complete')
    expect(await settled(afterFirstView(null).done)).toBe(true)
  })

  it("waits for the model's download to have finished, then goes at once", async () => {
    vi.useFakeTimers()
    const modelUrl = '/assets/body-abc.glb'
    const entries: PerformanceEntry[] = []
    vi.spyOn(performance, 'getEntriesByType').mockImplementation(() => entries)
    const waiting = afterFirstView(modelUrl, 30_000)
    expect(await settled(waiting.done)).toBe(false)
    entries.push({ name: new URL(modelUrl, location.href).href } as PerformanceEntry)
    // Already downloaded when the wait starts (a second visit, or a late mount): no wait.
    expect(await settled(afterFirstView(modelUrl).done)).toBe(true)
    waiting.cancel()
  })

  it('another resource is not the model; a model that never arrives is waited for only up to the cap', async () => {
    vi.useFakeTimers()
    vi.spyOn(performance, 'getEntriesByType').mockImplementation(() => [
      { name: new URL('/assets/index.js', location.href).href } as PerformanceEntry,
    ])
    const waiting = afterFirstView('/assets/body-abc.glb', 30_000)
    expect(await settled(waiting.done)).toBe(false)
    await vi.advanceTimersByTimeAsync(29_000)
    expect(await settled(waiting.done)).toBe(false)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await settled(waiting.done)).toBe(true)
  })

  it('cancelled (the app unmounted), it never goes', async () => {
    vi.useFakeTimers()
    vi.spyOn(performance, 'getEntriesByType').mockImplementation(() => [])
    const waiting = afterFirstView('/assets/body-abc.glb', 1_000)
    waiting.cancel()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(await settled(waiting.done)).toBe(false)
  })
})
