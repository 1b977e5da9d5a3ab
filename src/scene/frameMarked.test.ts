import { describe, expect, it } from 'vitest'
import { frameMarked, whenFrameMarked } from './frameMarked.ts'

// Each case its own mark name: the module keeps what was marked for the page's whole life.
describe('frame marks heard in the page', () => {
  it('calls a waiter when the frame is marked, once', () => {
    const heard: string[] = []
    whenFrameMarked('test:a', () => heard.push('a'))
    expect(heard).toEqual([])
    frameMarked('test:a')
    frameMarked('test:a')
    expect(heard).toEqual(['a'])
  })

  it('calls at once for a frame already marked', () => {
    frameMarked('test:b')
    let heard = false
    whenFrameMarked('test:b', () => (heard = true))
    expect(heard).toBe(true)
  })

  it('does not call a waiter that cancelled, nor one waiting on another mark', () => {
    let cancelled = false
    let other = false
    const cancel = whenFrameMarked('test:c', () => (cancelled = true))
    whenFrameMarked('test:d', () => (other = true))
    cancel()
    frameMarked('test:c')
    expect(cancelled).toBe(false)
    expect(other).toBe(false)
  })
})
