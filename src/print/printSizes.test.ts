import { describe, expect, it } from 'vitest'
import { cssPixelsFor, pictureDpi, pictureMm, picturePixels, pixelsFor } from './printSizes.ts'

describe('print sizes', () => {
  it('turns millimetres into pixels at a resolution, rounding up', () => {
    expect(pixelsFor(25.4, 150)).toBe(150)
    expect(pixelsFor(80, 150)).toBe(473) // the brief's example: 8 cm wide needs at least 473 px
  })

  it('draws each picture at 150 dpi or more for its printed size', () => {
    expect(pictureDpi).toBeGreaterThanOrEqual(150)
    expect(picturePixels.width / (pictureMm.width / 25.4)).toBeGreaterThanOrEqual(150)
    expect(picturePixels.height / (pictureMm.height / 25.4)).toBeGreaterThanOrEqual(150)
  })

  it('gives the CSS pixels a length takes on paper (96 per inch)', () => {
    expect(cssPixelsFor(25.4)).toBeCloseTo(96)
  })
})
