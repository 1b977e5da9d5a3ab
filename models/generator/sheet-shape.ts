/**
 * Sheet figures -> triangle meshes. A sheet is a slab: its B-spline mid-surface moved half the
 * local thickness out along the surface normal (the superficial face) and half in (the deep
 * face), closed by thin walls along its edges and across its ends.
 *
 * The mesh keeps the tube's grid layout (`TubeGrid`), so that trigger points are placed on a
 * sheet exactly as on a tube: vertex 0 and the last vertex are the centres of the origin and
 * insertion end walls; ring r (1..along) is the slab's cross-section at u = (r - 1) / (along - 1),
 * and runs from the middle of the superficial face across to the far edge (w = 1), back across
 * the deep face, up the near edge (w = 0) and along the superficial face to the middle again.
 * So "around" 0 is the middle of the superficial face, and 0.5 the middle of the deep face.
 */
import { sheetBasis } from './bspline.ts'
import type { SheetFigure } from './figures.ts'
import { vertexNormals } from './mesh.ts'
import type { TubeGrid, TubeResolution } from './tube-grid.ts'
import { addScaled, cross, distance as dist, dot, sub, type MutableVec3 as V } from './vec3.ts'

/** Where a sheet is at (u, w): its mid-surface point, unit normal (toward the superficial face) and thickness. */
export interface SheetSample {
  mid: V
  normal: V
  thickness: number
}

function midPoint(fig: SheetFigure, u: number, w: number): V {
  const rows = fig.mid.length,
    cols = fig.mid[0]!.length
  const p: V = [0, 0, 0]
  for (const { index, weight } of sheetBasis(rows, cols, u, w)) {
    const c = fig.mid[Math.floor(index / cols)]![index % cols]!
    p[0] += weight * c[0]
    p[1] += weight * c[1]
    p[2] += weight * c[2]
  }
  return p
}

function thicknessAt(fig: SheetFigure, u: number, w: number): number {
  const rows = fig.thickness.length,
    cols = fig.thickness[0]!.length
  let t = 0
  for (const { index, weight } of sheetBasis(rows, cols, u, w))
    t += weight * fig.thickness[Math.floor(index / cols)]![index % cols]!
  return t
}

/** Mid-surface point, normal and thickness at (u along, w across), both in [0, 1]. */
export function sheetSample(fig: SheetFigure, u: number, w: number): SheetSample {
  // Tangents by central differences, one-sided at the edges (the basis is clamped there).
  const h = 1e-4
  const u0 = Math.max(0, u - h),
    u1 = Math.min(1, u + h)
  const w0 = Math.max(0, w - h),
    w1 = Math.min(1, w + h)
  const a = midPoint(fig, u1, w),
    b = midPoint(fig, u0, w)
  const c = midPoint(fig, u, w1),
    d = midPoint(fig, u, w0)
  const n = cross(sub(a, b), sub(c, d))
  const l = Math.hypot(...n) || 1
  return { mid: midPoint(fig, u, w), normal: [n[0] / l, n[1] / l, n[2] / l], thickness: thicknessAt(fig, u, w) }
}

/** A point of the slab: `side` +1 on the superficial face, -1 on the deep face, between on a wall. */
export function slabPoint(s: SheetSample, side: number): V {
  const k = (side * s.thickness) / 2
  return addScaled(s.mid, s.normal, k)
}

/** Stations across one face (even, so that one sits in the middle) for a given `around` count. */
export function acrossStations(around: number): number {
  return Math.max(4, 2 * Math.floor((around - 2) / 4))
}

/**
 * Display resolution for a sheet: about a ring per centimetre along (its control columns'
 * mean length) and a station per 12 mm across each face (its control rows' mean width): a
 * sheet is flat across, so it needs fewer vertices there than a round belly of that girth.
 */
export function sheetResolution(fig: SheetFigure): TubeResolution {
  const rows = fig.mid.length,
    cols = fig.mid[0]!.length
  let length = 0,
    width = 0
  for (let j = 0; j < cols; j++)
    for (let i = 1; i < rows; i++) length += dist(fig.mid[i - 1]![j]!, fig.mid[i]![j]!) / cols
  for (let i = 0; i < rows; i++)
    for (let j = 1; j < cols; j++) width += dist(fig.mid[i]![j - 1]!, fig.mid[i]![j]!) / rows
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)))
  const stations = 2 * clamp(width / 0.024, 3, 8)
  return { along: clamp(length / 0.01, 12, 28), around: 2 * stations + 2 }
}

/**
 * Triangles of a sheet grid, wound outward: the side quads as the tube's, and each end wall a
 * strip of quads across the slab, with the pole at the centre of its middle pair.
 */
export function sheetIndices(along: number, stations: number): Uint32Array {
  const half = stations / 2
  const around = 2 * stations + 2
  const ring = (r: number, j: number) => 1 + (r - 1) * around + (j % around)
  // Ring positions of the superficial and deep face at station k (0 = near edge, `stations` = far edge).
  const sup = (k: number) => (k >= half ? k - half : half + stations + 2 + k)
  const deep = (k: number) => half + 1 + (stations - k)
  const out: number[] = []
  for (let r = 1; r < along; r++) {
    for (let j = 0; j < around; j++) {
      const a = ring(r, j),
        b = ring(r + 1, j),
        c = ring(r + 1, j + 1),
        d = ring(r, j + 1)
      out.push(a, b, c, a, c, d)
    }
  }
  const cap = (r: number, pole: number, flip: boolean) => {
    const tri = (a: number, b: number, c: number) => (flip ? out.push(a, c, b) : out.push(a, b, c))
    // The end wall's boundary, in the ring's own order, around the pole's hexagon.
    const hexagon = [sup(half - 1), sup(half), sup(half + 1), deep(half + 1), deep(half), deep(half - 1)].map((j) =>
      ring(r, j),
    )
    for (let k = 0; k < 6; k++) tri(pole, hexagon[k]!, hexagon[(k + 1) % 6]!)
    for (let k = 0; k < stations; k++) {
      if (k === half - 1 || k === half) continue
      const s0 = ring(r, sup(k)),
        s1 = ring(r, sup(k + 1)),
        d0 = ring(r, deep(k)),
        d1 = ring(r, deep(k + 1))
      tri(s0, s1, d1)
      tri(s0, d1, d0)
    }
  }
  cap(1, 0, false)
  cap(along, along * around + 1, true)
  return Uint32Array.from(out)
}

/** Samples one sheet (left side) on its display grid (`sheetResolution`) or close to the one given. */
export function sheetMesh(fig: SheetFigure, res: TubeResolution = sheetResolution(fig)): TubeGrid {
  const along = Math.max(2, res.along)
  const stations = acrossStations(res.around)
  const half = stations / 2
  const around = 2 * stations + 2
  const positions = new Float32Array((along * around + 2) * 3)
  for (let r = 1; r <= along; r++) {
    const u = (r - 1) / (along - 1)
    const samples = Array.from({ length: stations + 1 }, (_, k) => sheetSample(fig, u, k / stations))
    for (let j = 0; j < around; j++) {
      // j runs: superficial face middle -> far edge, deep face far -> near edge, superficial near edge -> middle.
      const p =
        j <= half
          ? slabPoint(samples[half + j]!, 1)
          : j <= half + stations + 1
            ? slabPoint(samples[stations - (j - half - 1)]!, -1)
            : slabPoint(samples[j - half - stations - 2]!, 1)
      positions.set(p, (1 + (r - 1) * around + j) * 3)
    }
    if (r === 1) positions.set(samples[half]!.mid, 0)
    if (r === along) positions.set(samples[half]!.mid, (along * around + 1) * 3)
  }
  const indices = sheetIndices(along, stations)
  return { positions, indices, normals: vertexNormals(positions, indices), along, around }
}

/** How near a sheet comes to folding (see `sheetFolds`). */
export interface SheetFoldCheck {
  /** Largest turn of the mid-surface normal between neighbouring samples, degrees. */
  maxNormalTurn: number
  /** Smallest local area stretch of the mid-surface over its median: 0 at a crease. */
  minStretch: number
  /** Face cells (superficial or deep) whose own normal opposes the mid-surface's: offset folds. */
  flippedFaceCells: number
}

/**
 * Checks a sheet for folds on an n x n grid: a creased mid-surface (its normal swings or its
 * area stretch collapses) or a face turned inside out where the sheet bends tighter than half
 * its thickness. The fitter and the tests use it; a sound sheet turns a few degrees between
 * samples, stretches evenly, and has no flipped cells.
 */
export function sheetFolds(fig: SheetFigure, n = 40): SheetFoldCheck {
  const grid: SheetSample[][] = []
  for (let i = 0; i <= n; i++) grid.push(Array.from({ length: n + 1 }, (_, j) => sheetSample(fig, i / n, j / n)))
  let maxTurn = 0
  let flipped = 0
  const stretch: number[] = []
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = grid[i]![j]!,
        b = grid[i + 1]![j]!,
        c = grid[i]![j + 1]!,
        d = grid[i + 1]![j + 1]!
      for (const q of [b, c])
        maxTurn = Math.max(maxTurn, (Math.acos(Math.min(1, dot(a.normal, q.normal))) * 180) / Math.PI)
      const area = cross(sub(d.mid, a.mid), sub(c.mid, b.mid))
      stretch.push(Math.hypot(...area))
      for (const side of [1, -1]) {
        const face = cross(sub(slabPoint(d, side), slabPoint(a, side)), sub(slabPoint(c, side), slabPoint(b, side)))
        if (dot(face, area) <= 0) flipped++
      }
    }
  }
  const sorted = [...stretch].sort((x, y) => x - y)
  return {
    maxNormalTurn: maxTurn,
    minStretch: sorted[0]! / sorted[Math.floor(sorted.length / 2)]!,
    flippedFaceCells: flipped,
  }
}
