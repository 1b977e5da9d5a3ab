import { describe, expect, it } from 'vitest'
import { clampedBasis, periodicBasis, sheetBasis, tubeBasis, tubeControlIndex } from './bspline.ts'

const total = (terms: { weight: number }[]) => terms.reduce((s, t) => s + t.weight, 0)

describe('B-spline bases', () => {
  it('sum to one everywhere (partition of unity)', () => {
    for (let u = 0; u <= 1; u += 0.037) {
      expect(total(clampedBasis(8, u))).toBeCloseTo(1, 12)
      expect(total(periodicBasis(5, u))).toBeCloseTo(1, 12)
      expect(total(tubeBasis(6, 5, u, u * 3.3))).toBeCloseTo(1, 12)
      expect(total(sheetBasis(5, 5, u, 1 - u))).toBeCloseTo(1, 12)
    }
  })

  it('clamped: the ends are the first and last control points', () => {
    expect(clampedBasis(8, 0)).toContainEqual({ index: 0, weight: 1 })
    expect(clampedBasis(8, 1)).toContainEqual({ index: 7, weight: 1 })
  })

  it('periodic: v = 0 and v = 1 give the same weights (the ring closes)', () => {
    const a = periodicBasis(5, 0)
      .filter((t) => t.weight > 0)
      .sort((x, y) => x.index - y.index)
    const b = periodicBasis(5, 1 - 1e-12)
      .filter((t) => t.weight > 1e-9)
      .sort((x, y) => x.index - y.index)
    expect(b.map((t) => t.index)).toEqual(a.map((t) => t.index))
    b.forEach((t, i) => expect(t.weight).toBeCloseTo(a[i]!.weight, 9))
  })

  it('tube: u = 0 and u = 1 collapse onto the poles', () => {
    expect(tubeBasis(6, 5, 0, 0.3)).toEqual([{ index: 0, weight: 1 }])
    expect(tubeBasis(6, 5, 1, 0.7)).toEqual([{ index: tubeControlIndex(6, 5, 7, 0), weight: 1 }])
    expect(tubeControlIndex(6, 5, 7, 0)).toBe(31)
  })

  it('sheet: the corners are the corner control points of the grid', () => {
    expect(sheetBasis(5, 4, 0, 0)).toEqual([{ index: 0, weight: 1 }])
    expect(sheetBasis(5, 4, 0, 1)).toEqual([{ index: 3, weight: 1 }])
    expect(sheetBasis(5, 4, 1, 0)).toEqual([{ index: 16, weight: 1 }])
    expect(sheetBasis(5, 4, 1, 1)).toEqual([{ index: 19, weight: 1 }])
  })
})
