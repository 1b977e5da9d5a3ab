import { describe, expect, it } from 'vitest'
import { atMost, context, figureTable, formatValue, framesBetween, median, percentile } from './summary.ts'

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})

describe('percentile', () => {
  it('gives a measured value by nearest rank', () => {
    const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5]
    expect(percentile(ten, 0.9)).toBe(9)
    expect(percentile(ten, 0.5)).toBe(5)
    expect(percentile(ten, 1)).toBe(10)
    expect(percentile(ten, 0)).toBe(1)
    expect(percentile([], 0.9)).toBeNull()
  })
})

describe('framesBetween', () => {
  // rAF callbacks every 16 ms; the tap released at 20, its render ended at 41 (in the frame at 40).
  const ticks = [0, 16, 32, 48, 64]
  it('counts the frames after the release up to the end of the painting render', () => {
    expect(framesBetween(ticks, 20, 41)).toBe(1)
    expect(framesBetween(ticks, 20, 65)).toBe(3)
  })
  it('counts a frame that ran exactly as the render ended, and none before the release', () => {
    expect(framesBetween(ticks, 16, 32)).toBe(1)
    expect(framesBetween(ticks, 64, 70)).toBe(0)
  })
})

describe('figures', () => {
  it('judges an upper bound, and leaves a figure with nothing measured unjudged', () => {
    expect(atMost('pick', 0.06, 'ms', 0.5, '<= 0.5 ms').met).toBe(true)
    expect(atMost('taps', 4, 'frames', 3, '<= 3 frames').met).toBe(false)
    expect(atMost('taps', 3, 'frames', 3, '<= 3 frames').met).toBe(true)
    expect(atMost('taps', null, 'frames', 3, '<= 3 frames').met).toBeNull()
  })

  it('formats values with the decimals their size needs', () => {
    expect(formatValue(0.0624, 'ms')).toBe('0.062 ms')
    expect(formatValue(12.44, 'ms')).toBe('12.4 ms')
    expect(formatValue(384.4, 'ms')).toBe('384 ms')
    expect(formatValue(2, 'frames')).toBe('2 frames')
    expect(formatValue(1, 'frames')).toBe('1 frame')
    expect(formatValue(1.5, 'frames')).toBe('1.5 frames')
    expect(formatValue(null, 'ms')).toBe('n/a')
  })

  it('prints one aligned row per figure, with its goal, whether it is met, and its note', () => {
    const table = figureTable([
      atMost('hover pick, median', 0.7, 'ms', 0.5, '<= 0.5 ms'),
      context('baseline frame', 16.7, 'ms', 'an empty canvas'),
    ])
    const lines = table.split('\n')
    expect(lines[0]).toMatch(/^figure\s+value\s+goal\s+met$/)
    expect(lines[2]).toMatch(/^hover pick, median\s+0\.700 ms\s+<= 0\.5 ms\s+NOT met$/)
    expect(lines[3]).toMatch(/^baseline frame\s+16\.7 ms\s+-$/)
    expect(lines[4]).toBe('    an empty canvas')
    // Columns line up: each value starts where the header's does.
    expect(lines[2]!.indexOf('0.700')).toBe(lines[0]!.indexOf('value'))
  })
})
