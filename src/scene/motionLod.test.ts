import { MeshoptSimplifier } from 'meshoptimizer/simplifier'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  bareSkinError,
  drawnClasses,
  labelBorders,
  coarseMuscleErrors,
  mergeMuscles,
  simplifyMuscle,
  simplifySkin,
  type MotionPart,
} from './motionLod.ts'

beforeAll(async () => {
  await MeshoptSimplifier.ready
})

/** A flat grid of n x n quads, `size` metres wide, slightly domed so simplification has work to weigh. */
function grid(n: number, size: number): { positions: Float32Array; index: Uint32Array } {
  const positions = new Float32Array((n + 1) * (n + 1) * 3)
  for (let y = 0; y <= n; y++)
    for (let x = 0; x <= n; x++) {
      const u = x / n - 0.5
      const v = y / n - 0.5
      positions.set([u * size, v * size, 0.001 * Math.cos(u * 3) * Math.cos(v * 3)], (y * (n + 1) + x) * 3)
    }
  const index: number[] = []
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      const a = y * (n + 1) + x
      index.push(a, a + 1, a + n + 2, a, a + n + 2, a + n + 1)
    }
  return { positions, index: Uint32Array.from(index) }
}

const triangles = (index: ArrayLike<number>) => index.length / 3

describe('labelBorders', () => {
  it('locks exactly the corners of triangles that span two labels', () => {
    // Two triangles: 0-1-2 all label 5; 1-3-2 with vertex 3 labelled 6.
    const locked = labelBorders([0, 1, 2, 1, 3, 2], [5, 5, 5, 6], 4)
    expect([...locked]).toEqual([0, 1, 1, 1])
  })
})

describe('simplifySkin', () => {
  it('keeps about the share asked for, and every vertex on a zone edge', () => {
    const { positions, index } = grid(40, 0.4)
    // Left half region 1, right half region 2: the edge runs down the middle column.
    const labels = Array.from({ length: positions.length / 3 }, (_, i) => (i % 41 < 20 ? 1 : 2))
    const simplified = simplifySkin(MeshoptSimplifier, positions, index, labels, 0.25)
    expect(triangles(simplified)).toBeLessThan(triangles(index) * 0.5)
    const used = new Set(simplified)
    const locked = labelBorders(index, labels, labels.length)
    locked.forEach((lock, v) => {
      if (lock) expect(used.has(v)).toBe(true)
    })
  })
})

describe('simplifySkin with no drawing (the bare skin)', () => {
  it('drops the zone edges the patterned skin keeps, and keeps the outline', () => {
    const { positions, index } = grid(40, 0.4)
    const labels = Array.from({ length: positions.length / 3 }, (_, i) => (i % 41 < 20 ? 1 : 2))
    const bare = simplifySkin(MeshoptSimplifier, positions, index, drawnClasses(labels, []), 0, bareSkinError)
    const patterned = simplifySkin(MeshoptSimplifier, positions, index, labels, 0.25)
    expect(triangles(bare)).toBeLessThan(triangles(patterned) * 0.5)
    const used = new Set(bare)
    // Every vertex on the grid's open border stays (the skin's seams do not open).
    for (let i = 0; i <= 40; i++)
      for (const v of [i, 40 * 41 + i, i * 41, i * 41 + 40]) expect(used.has(v), `border vertex ${v}`).toBe(true)
  })
})

describe('drawnClasses', () => {
  it('puts labels that show the same together, and apart where a zone, mark or compared pattern differs', () => {
    // Four labels, four bytes each: 0 and 2 bare, 1 an essential zone, 3 bare but compared.
    const zones = Uint8Array.from([0, 0, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    const compare = Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 0, 0])
    const classes = drawnClasses([0, 1, 2, 3, 2, 0], [zones, compare])
    expect(classes[0]).toBe(classes[2])
    expect(classes[4]).toBe(classes[0])
    expect(new Set([classes[0], classes[1], classes[3]]).size).toBe(3)
  })

  it("keeps only the drawing's edges: fewer triangles than every region's edge, each drawn edge held", () => {
    const { positions, index } = grid(40, 0.4)
    // Four regions in columns; only the second is drawn (a zone), so one of three region edges shows.
    const labels = Array.from({ length: positions.length / 3 }, (_, i) => Math.floor((i % 41) / 10.5))
    const zones = new Uint8Array(4 * 4)
    zones[1 * 4] = 255
    const classes = drawnClasses(labels, [zones])
    // As far as the bare skin's bound allows, as the app makes it.
    const drawn = simplifySkin(MeshoptSimplifier, positions, index, classes, 0, bareSkinError)
    const everyEdge = simplifySkin(MeshoptSimplifier, positions, index, labels, 0, bareSkinError)
    expect(triangles(drawn)).toBeLessThan(triangles(everyEdge))
    const used = new Set(drawn)
    labelBorders(index, classes, labels.length).forEach((lock, v) => {
      if (lock) expect(used.has(v), `vertex ${v} on the zone's edge`).toBe(true)
    })
  })
})

describe('simplifyMuscle', () => {
  it('keeps a 3 mm rise on a broad sheet: the bound is half a millimetre, not a share of its size', () => {
    // A sheet 40 cm across with one vertex raised 3 mm, asked down to almost nothing: a bound of
    // 2 % of its size (8 mm) would flatten the rise, sinking the sheet under a muscle beneath it.
    const { positions, index } = grid(30, 0.4)
    const peak = 15 * 31 + 15
    positions[peak * 3 + 2] = 0.003
    const simplified = simplifyMuscle(MeshoptSimplifier, positions, index, 0.001)
    expect(triangles(simplified)).toBeLessThan(triangles(index) * 0.5)
    expect(new Set(simplified).has(peak)).toBe(true)
  })
})

describe('simplifyMuscle at the coarser bounds', () => {
  it('takes more triangles away than the fine bound, over the fine triangles’ vertices only', () => {
    // The grid's 1 mm dome: the fine bound keeps some of its curve, the coarse one need not.
    const { positions, index } = grid(30, 0.4)
    const fine = simplifyMuscle(MeshoptSimplifier, positions, index, 0.001)
    const coarse = simplifyMuscle(MeshoptSimplifier, positions, fine, 0.001, coarseMuscleErrors[1])
    expect(triangles(coarse)).toBeGreaterThan(0)
    expect(triangles(coarse)).toBeLessThan(triangles(fine))
    const used = new Set(fine)
    for (const v of coarse) expect(used.has(v)).toBe(true)
  })
})

describe('mergeMuscles', () => {
  const part = (slot: number, mirrored: boolean, dx: number): MotionPart => ({
    positions: Float32Array.from([0 + dx, 0, 0, 1 + dx, 0, 0, 0 + dx, 1, 0, 9, 9, 9]),
    normals: Float32Array.from([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1]),
    index: Uint32Array.from([0, 1, 2]),
    coarseIndices: [Uint32Array.from([0, 2, 1])],
    tendon: [0, 255, 10, 99],
    slot,
    mirrored,
  })

  it('keeps only used vertices, numbers each part after the last, and turns mirrored triangles round', () => {
    const merged = mergeMuscles([part(0, false, 0), part(1, true, 5)])
    // The unused fourth vertex of each part is dropped.
    expect(merged.positions.length).toBe(6 * 3)
    expect([...merged.slots]).toEqual([0, 0, 0, 1, 1, 1])
    expect([...merged.tendon]).toEqual([0, 255, 10, 0, 255, 10])
    expect([...merged.index]).toEqual([0, 1, 2, 3, 5, 4])
    expect([...merged.positions.subarray(9, 12)]).toEqual([5, 0, 0])
    // The coarser triangles over the same merged vertices, turned round likewise.
    expect(merged.coarseIndices.map((c) => [...c])).toEqual([[0, 2, 1, 3, 4, 5]])
  })

  it('keeps a vertex only the coarse triangles use', () => {
    const lone = { ...part(0, false, 0), coarseIndices: [Uint32Array.from([0, 1, 2]), Uint32Array.from([0, 1, 3])] }
    const merged = mergeMuscles([lone])
    expect(merged.positions.length).toBe(4 * 3)
    expect(merged.coarseIndices.map((c) => [...c])).toEqual([
      [0, 1, 2],
      [0, 1, 3],
    ])
    expect([...merged.positions.subarray(9, 12)]).toEqual([9, 9, 9])
  })
})
