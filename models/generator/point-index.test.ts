import { describe, expect, it } from 'vitest'
import { pointIndex, type Nearest } from './point-index.ts'

/** The scan the index replaces: first index on ties, `accept` applied to the nearer ones. */
function scan(points: ArrayLike<number>, count: number, q: number[], accept?: (j: number) => boolean): Nearest {
  let index = -1
  let d2 = Infinity
  for (let j = 0; j < count; j++) {
    const d = (points[j * 3]! - q[0]!) ** 2 + (points[j * 3 + 1]! - q[1]!) ** 2 + (points[j * 3 + 2]! - q[2]!) ** 2
    if (d < d2 && (!accept || accept(j))) {
      d2 = d
      index = j
    }
  }
  return { index, d2 }
}

/** A small deterministic random stream (the test must give the same points every run). */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

describe('pointIndex', () => {
  it('answers as the scan does, on 3,000 queries over 2,000 points', () => {
    const r = random(7)
    const points = Float64Array.from({ length: 6000 }, () => r() - 0.5)
    const index = pointIndex(points)
    for (let i = 0; i < 3000; i++) {
      const q = [r() - 0.5, r() - 0.5, r() - 0.5]
      const got = index.nearest(q[0]!, q[1]!, q[2]!)
      expect(got).toEqual(scan(points, 2000, q))
    }
  })

  it('breaks ties as the scan does: the lowest index, on a grid full of equal distances', () => {
    // Points on a coarse integer grid, each twice; queries at cell centres and on grid points.
    const coords: number[] = []
    for (let copy = 0; copy < 2; copy++)
      for (let x = 0; x < 6; x++) for (let y = 0; y < 6; y++) for (let z = 0; z < 6; z++) coords.push(x, y, z)
    const index = pointIndex(coords)
    for (const q of [
      [2.5, 2.5, 2.5],
      [0, 0, 0],
      [3, 1, 4],
      [5.5, 0.5, 2],
      [-1, 2.5, 7],
    ]) {
      expect(index.nearest(q[0]!, q[1]!, q[2]!)).toEqual(scan(coords, coords.length / 3, q))
    }
  })

  it('looks across a split for a tie: the lower index may lie on the far side of the query', () => {
    // Twenty points along x at 0..19; x = 9 is point 0 and x = 10 point 1. A query at 9.5 is as
    // near to both and lies on x = 10's side of the median split, so point 0 is across it.
    const xs = [9, 10, ...Array.from({ length: 20 }, (_, x) => x).filter((x) => x !== 9 && x !== 10)]
    const points = xs.flatMap((x) => [x, 0, 0])
    expect(pointIndex(points).nearest(9.5, 0, 0)).toEqual({ index: 0, d2: 0.25 })
    expect(scan(points, 20, [9.5, 0, 0])).toEqual({ index: 0, d2: 0.25 })
  })

  it('keeps to the points `accept` allows, and says -1 when it allows none', () => {
    const r = random(11)
    const points = Float32Array.from({ length: 1500 }, () => r())
    const index = pointIndex(points)
    const odd = (j: number) => j % 2 === 1
    for (let i = 0; i < 500; i++) {
      const q = [r(), r(), r()]
      const got = index.nearest(q[0]!, q[1]!, q[2]!, odd)
      expect(got).toEqual(scan(points, 500, q, odd))
      expect(got.index % 2).toBe(1)
    }
    expect(index.nearest(0, 0, 0, () => false)).toEqual({ index: -1, d2: Infinity })
  })

  it('indexes only the first `count` points, and an empty set answers -1', () => {
    const points = [0, 0, 0, 1, 1, 1, 0.1, 0.1, 0.1]
    expect(pointIndex(points, 2).nearest(0.1, 0.1, 0.1).index).toBe(0)
    expect(pointIndex(points).nearest(0.1, 0.1, 0.1)).toEqual({ index: 2, d2: 0 })
    expect(pointIndex([]).nearest(1, 2, 3)).toEqual({ index: -1, d2: Infinity })
  })
})
