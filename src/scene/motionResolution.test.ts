// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { movingFramePixels, movingFrameSize } from './motionResolution.ts'

describe('movingFrameSize', () => {
  it("draws a phone's canvas at one pixel per CSS pixel", () => {
    expect(movingFrameSize(360, 440)).toEqual({ width: 360, height: 440, scale: 1 })
  })

  it('keeps a desktop canvas within the pixel budget, its shape kept', () => {
    const size = movingFrameSize(860, 740)
    expect(size.width * size.height).toBeLessThanOrEqual(movingFramePixels * 1.01)
    expect(size.width / size.height).toBeCloseTo(860 / 740, 2)
    expect(size.scale).toBeLessThan(1)
  })

  it('never goes below half the CSS pixels across, however large the window', () => {
    expect(movingFrameSize(2560, 1400)).toEqual({ width: 1280, height: 700, scale: 0.5 })
  })
})
