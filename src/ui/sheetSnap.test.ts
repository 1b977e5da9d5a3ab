import { describe, expect, it } from 'vitest'
import { dragHeight, nextSnap, snapAfterDrag, snapHeights, snapLabel } from './sheetSnap.ts'

describe('the sheet snap points', () => {
  const h = snapHeights(600, 96)

  it('are peek, half and full, ordered by height, within the space', () => {
    expect(h).toEqual({ peek: 96, half: 300, full: 588 })
    expect(snapHeights(150, 96).half).toBeGreaterThanOrEqual(96)
    expect(snapHeights(80, 96).full).toBe(96)
    expect(snapHeights(600, 96, 0.6).half).toBe(360)
  })

  it('step by keys without passing the ends, and cycle by the handle button', () => {
    expect(nextSnap('peek', 'up')).toBe('half')
    expect(nextSnap('half', 'up')).toBe('full')
    expect(nextSnap('full', 'up')).toBe('full')
    expect(nextSnap('full', 'down')).toBe('half')
    expect(nextSnap('peek', 'down')).toBe('peek')
    expect(['peek', 'half', 'full', 'peek']).toEqual([
      nextSnap('full', 'cycle'),
      nextSnap('peek', 'cycle'),
      nextSnap('half', 'cycle'),
      nextSnap('full', 'cycle'),
    ])
  })

  it('land a slow drag on the nearest point and a flick one step in its direction', () => {
    expect(snapAfterDrag('peek', -210, 0.1, h)).toBe('half')
    expect(snapAfterDrag('peek', -450, 0.1, h)).toBe('full')
    expect(snapAfterDrag('half', 100, 0.1, h)).toBe('half')
    expect(snapAfterDrag('half', 180, 0.1, h)).toBe('peek')
    expect(snapAfterDrag('half', -30, -1.2, h)).toBe('full')
    expect(snapAfterDrag('full', 30, 1.2, h)).toBe('half')
    // A tap (no movement) is not a flick, however fast the pointer reports.
    expect(snapAfterDrag('half', 0, 3, h)).toBe('half')
  })

  it('follow the finger only between peek and full', () => {
    expect(dragHeight('peek', 50, h)).toBe(96)
    expect(dragHeight('half', -1000, h)).toBe(588)
    expect(dragHeight('half', -20, h)).toBe(320)
  })

  it('announce their state in words', () => {
    expect(snapLabel('half')).toBe('Sheet: half open')
    expect(snapLabel('peek')).toMatch(/one line/)
  })
})
