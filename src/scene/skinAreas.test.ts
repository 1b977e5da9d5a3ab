import { describe, expect, it } from 'vitest'
import { labelSurfaceAreas } from './skinAreas.ts'

/**
 * A unit square in the xy plane split into two triangles (area 1/2 each), and a third triangle
 * standing in the xz plane on vertices 0, 4 and 5 (legs 2 and 1: area 1).
 *
 *   3 --- 2
 *   |  /  |
 *   0 --- 1
 */
/** Vertex i at positions[i]. */
const corners = [
  [0, 0, 0],
  [1, 0, 0],
  [1, 1, 0],
  [0, 1, 0],
  [2, 0, 0],
  [0, 0, 1],
]
const positions = new Float32Array(corners.flat())
const square = [0, 1, 2, 0, 2, 3]
const standing = [0, 4, 5]

describe('labelSurfaceAreas', () => {
  it('gives a triangle wholly inside one label all its area', () => {
    const labels = new Uint16Array([1, 1, 1, 1, 0, 0])
    const a = labelSurfaceAreas({ positions, labels, indices: square }, 3)
    expect(a.total).toBeCloseTo(1)
    expect([...a.byLabel]).toEqual([0, expect.closeTo(1) as number, 0])
  })

  it('splits a triangle across a border a third to each corner', () => {
    // Standing triangle: corners 0 (label 2), 4 (label 2), 5 (label 0): area 1.
    const labels = new Uint16Array([2, 1, 1, 1, 2, 0])
    const a = labelSurfaceAreas({ positions, labels, indices: standing }, 3)
    expect(a.total).toBeCloseTo(1)
    expect(a.byLabel[2]).toBeCloseTo(2 / 3)
    expect(a.byLabel[0]).toBeCloseTo(1 / 3)
    expect(a.byLabel[1]).toBe(0)
  })

  it('adds up over triangles, and the labels share out the whole', () => {
    const labels = new Uint16Array([0, 1, 1, 0, 2, 2])
    const a = labelSurfaceAreas({ positions, labels, indices: [...square, ...standing] }, 3)
    expect(a.total).toBeCloseTo(2)
    // Square: corner 0 (label 0) in both halves, 3 (label 0) in one; 1 and 2 (label 1) likewise.
    expect(a.byLabel[0]).toBeCloseTo(0.5 / 3 + 0.5 / 3 + 0.5 / 3 + 1 / 3)
    expect(a.byLabel[1]).toBeCloseTo(0.5 / 3 + 0.5 / 3 + 0.5 / 3)
    expect(a.byLabel[2]).toBeCloseTo(2 / 3)
    expect(a.byLabel.reduce((s, x) => s + x, 0)).toBeCloseTo(a.total)
  })

  it('counts unlabelled skin (a label past the list) in the total only', () => {
    const labels = new Uint16Array([0, 0, 0, 9, 0, 0])
    const a = labelSurfaceAreas({ positions, labels, indices: square }, 3)
    expect(a.total).toBeCloseTo(1)
    expect(a.byLabel[0]).toBeCloseTo(1 - 0.5 / 3)
  })

  it('refuses indices that are not whole triangles', () => {
    expect(() => labelSurfaceAreas({ positions, labels: new Uint16Array(6), indices: [0, 1] }, 3)).toThrow(
      /whole number of triangles/,
    )
  })
})
