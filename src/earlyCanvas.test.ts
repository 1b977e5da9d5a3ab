import { describe, expect, it } from 'vitest'
import { canvasDpr, drawingBufferFor, pixelRatioWithin, r3fCanvasOf, recordReplacement } from './earlyCanvas.ts'

describe('the drawing buffer the body canvas is made at', () => {
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

describe("the canvas R3F's scene is found by", () => {
  it('is the canvas R3F made, for one that took its place, and the canvas itself otherwise', () => {
    // Stand-ins: the lookup only keys on the objects (this file runs without a document).
    const own = {} as HTMLCanvasElement
    const r3f = {} as HTMLCanvasElement
    const other = {} as HTMLCanvasElement
    recordReplacement(own, r3f)
    expect(r3fCanvasOf(own)).toBe(r3f)
    expect(r3fCanvasOf(other)).toBe(other)
  })
})
