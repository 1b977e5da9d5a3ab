import { describe, expect, it } from 'vitest'
import { canvasDpr, drawingBufferFor, pixelRatioWithin } from './drawingBuffer.ts'

describe('the drawing buffer the body canvas is made at (before its context)', () => {
  it('takes the device pixel ratio within the canvas range, as React Three Fiber does', () => {
    expect(pixelRatioWithin(canvasDpr, 1)).toBe(1)
    expect(pixelRatioWithin(canvasDpr, 1.5)).toBe(1.5)
    // A phone at three pixels per CSS pixel is drawn at two: more costs its GPU for little.
    expect(pixelRatioWithin(canvasDpr, 3)).toBe(2)
    // A zoomed-out desktop reports under one; the canvas keeps one.
    expect(pixelRatioWithin(canvasDpr, 0.8)).toBe(1)
  })

  it('keeps the measured CSS size, fractions and all, for three to round as it does', () => {
    expect(drawingBufferFor(859.5, 545.25, canvasDpr, 2)).toEqual({ width: 859.5, height: 545.25, pixelRatio: 2 })
  })

  it('makes nothing for a container with no size yet, or a browser that reports no ratio', () => {
    expect(drawingBufferFor(0, 545, canvasDpr, 1)).toBeNull()
    expect(drawingBufferFor(860, 0, canvasDpr, 1)).toBeNull()
    expect(drawingBufferFor(Number.NaN, 545, canvasDpr, 1)).toBeNull()
    expect(drawingBufferFor(360, 538, canvasDpr, 0)?.pixelRatio).toBe(1)
  })
})
