/**
 * Fits a sheet figure (B-spline mid-surface + thickness on a 5 x 5 grid: 100 numbers) to a
 * thin muscle's surface samples: the unrolled first guess (./sheet-unroll.ts), then ICP.
 * With the mid-surface normals held from the previous step, a slab point
 *   X(u, w, side) = sum_k B_k(u, w) (P_k + side / 2 * t_k * N(u, w))
 * is linear in the controls P_k and thicknesses t_k, so each step is one small linear solve:
 * point-to-plane both ways (each reference sample against the face its normal agrees with),
 * point-to-point at the sheet's rim so that the outline follows the muscle's, robust weights,
 * a smoothness term that fades, and a little damping; where a spec asks, a light pull of the
 * centroid toward the reference's (as every tube has).
 */
import { sheetBasis, type BasisTerm } from '../generator/bspline.ts'
import type { SheetFigure, Vec3 } from '../generator/figures.ts'
import { signedVolume } from '../generator/mesh.ts'
import { pointIndex } from '../generator/point-index.ts'
import { sheetFolds, sheetMesh, sheetSample, type SheetSample } from '../generator/sheet-shape.ts'
import { distance, dot, type MutableVec3 as V } from '../generator/vec3.ts'
import type { ReferenceMesh } from '../scripts/reference.ts'
import { solveSpd } from './linear.ts'
import type { SurfaceSamples } from './sampling.ts'
import { trunkAxisAt, unrollSheet } from './sheet-unroll.ts'

export interface SheetFitOptions {
  originToward: Vec3
  superficial: Vec3
  iterations?: number
  /** The skin, to find the trunk's axis for the unrolling. */
  skin: ReferenceMesh
  /** Pull the sheet's centroid toward this point (the reference's); off when omitted. */
  centroid?: CentroidPull
  /**
   * Unroll the first guess on a cylinder whose axis runs front to back at this height (metres)
   * instead of round the trunk's vertical axis: for a dome (the diaphragm), whose coronal
   * sections are arches over that axis.
   */
  domeAxisY?: number
  /**
   * Unroll the first guess on the frontal plane (a vertical cylinder of very large radius behind
   * the body) instead of round the trunk: for a flat muscle that faces forward or back away from
   * the trunk (the lumbricals and palmar interossei in the palm, which faces forward).
   */
  flat?: boolean
}

/**
 * The samples turned so that a front-to-back line at height y0 becomes the vertical axis x = z = 0: (x, y, z) -> (x,
 * -z, y - y0).
 */
function turnedForDome(s: SurfaceSamples, y0: number): SurfaceSamples {
  const points = new Float64Array(s.points.length),
    normals = new Float64Array(s.normals.length)
  for (let i = 0; i < s.count; i++) {
    const k = i * 3
    points[k] = s.points[k]!
    points[k + 1] = -s.points[k + 2]!
    points[k + 2] = s.points[k + 1]! - y0
    normals[k] = s.normals[k]!
    normals[k + 1] = -s.normals[k + 2]!
    normals[k + 2] = s.normals[k + 1]!
  }
  return { points, normals, count: s.count }
}

/** The dome's first guess: unrolled on the front-to-back axis at height y0, turned back. */
function unrollDome(s: SurfaceSamples, y0: number, o: SheetFitOptions): SheetFigure {
  const turn = (v: Vec3): Vec3 => [v[0], -v[2], v[1]]
  const f = unrollSheet(turnedForDome(s, y0), {
    axis: { z: 0 },
    originToward: turn(o.originToward),
    superficial: turn(o.superficial),
  })
  return { ...f, mid: f.mid.map((r) => r.map((p) => [p[0], p[2] + y0, -p[1]] as Vec3)), superficial: o.superficial }
}

/**
 * A pull of the sheet's area-weighted centroid toward a point (as the tube fit has), for a
 * reference whose surface alone does not carry its centroid (pieces that overlap count twice).
 * The weight is against the data terms' total of about 2 (both ways, about 1 each).
 */
export interface CentroidPull {
  target: Vec3
  weight: number
}

const ROWS = 5,
  COLS = 5
const N = ROWS * COLS
/** Unknowns per control: x, y, z of the mid-surface and the thickness. */
const DIM = 4 * N

/** A slab point as a linear form in the unknowns: coefficient rows for x, y and z. */
interface SlabTerms {
  terms: BasisTerm[]
  /** side / 2 * N: the thickness's direction at this point. */
  offset: V
}

function figureFrom(x: Float64Array, superficial: Vec3): SheetFigure {
  const mid: Vec3[][] = [],
    thickness: number[][] = []
  for (let i = 0; i < ROWS; i++) {
    const mr: Vec3[] = [],
      tr: number[] = []
    for (let j = 0; j < COLS; j++) {
      const k = (i * COLS + j) * 4
      mr.push([x[k]!, x[k + 1]!, x[k + 2]!])
      tr.push(x[k + 3]!)
    }
    mid.push(mr)
    thickness.push(tr)
  }
  return { kind: 'sheet', mid, thickness, superficial }
}

function unknowns(f: SheetFigure): Float64Array {
  const x = new Float64Array(DIM)
  for (let i = 0; i < ROWS; i++)
    for (let j = 0; j < COLS; j++) {
      const k = (i * COLS + j) * 4
      x.set(f.mid[i]![j]!, k)
      x[k + 3] = f.thickness[i]![j]!
    }
  return x
}

/** Normal equations, accumulated row by row. */
class Normal {
  readonly ata = new Float64Array(DIM * DIM)
  readonly atb = new Float64Array(DIM)
  /** One residual: sum(coef * x[col]) - rhs, weighted. */
  add(cols: number[], coefs: number[], rhs: number, weight: number): void {
    for (let a = 0; a < cols.length; a++) {
      const ca = cols[a]!,
        va = coefs[a]! * weight
      this.atb[ca] = this.atb[ca]! + va * rhs
      for (let b = 0; b < cols.length; b++)
        this.ata[ca * DIM + cols[b]!] = this.ata[ca * DIM + cols[b]!]! + va * coefs[b]!
    }
  }
  /** n . X(slab point) = n . target. */
  plane(s: SlabTerms, n: Vec3, target: Vec3, weight: number): void {
    const cols: number[] = [],
      coefs: number[] = []
    const nOff = dot(n, s.offset)
    for (const t of s.terms) {
      for (let k = 0; k < 3; k++) {
        cols.push(t.index * 4 + k)
        coefs.push(t.weight * n[k]!)
      }
      cols.push(t.index * 4 + 3)
      coefs.push(t.weight * nOff)
    }
    this.add(cols, coefs, dot(n, target), weight)
  }
  /**
   * The mid-surface's area-weighted centroid = target, each coordinate: linear in the controls
   * for this step's area shares. The two faces' offsets cancel, so thickness does not enter.
   */
  centroid(t: Tessellation, target: Vec3, weight: number): void {
    const total = t.area.reduce((a, b) => a + b, 0)
    const share = new Float64Array(N)
    t.terms.forEach((terms, g) => {
      for (const b of terms) share[b.index] = share[b.index]! + (b.weight * t.area[g]!) / total
    })
    for (let k = 0; k < 3; k++) {
      const cols: number[] = [],
        coefs: number[] = []
      share.forEach((c, i) => {
        if (c === 0) return
        cols.push(i * 4 + k)
        coefs.push(c)
      })
      this.add(cols, coefs, target[k]!, weight)
    }
  }
  /** X(slab point) = target, each coordinate. */
  point(s: SlabTerms, target: Vec3, weight: number): void {
    for (let k = 0; k < 3; k++) {
      const e: V = [0, 0, 0]
      e[k] = 1
      this.plane(s, e, target, weight)
    }
  }
}

/** The current sheet sampled on a (nu + 1) x (nw + 1) grid of its mid-surface. */
interface Tessellation {
  uv: [number, number][]
  samples: SheetSample[]
  terms: BasisTerm[][]
  /** Share of the mid-surface area at each grid point. */
  area: Float64Array
  rim: boolean[]
}

function tessellate(f: SheetFigure, nu: number, nw: number): Tessellation {
  const uv: [number, number][] = []
  for (let i = 0; i <= nu; i++) for (let j = 0; j <= nw; j++) uv.push([i / nu, j / nw])
  const samples = uv.map(([u, w]) => sheetSample(f, u, w))
  const area = new Float64Array(uv.length)
  const at = (i: number, j: number) => samples[i * (nw + 1) + j]!.mid
  for (let i = 0; i < nu; i++)
    for (let j = 0; j < nw; j++) {
      const a = at(i, j),
        b = at(i + 1, j),
        c = at(i, j + 1)
      const e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]],
        e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]]
      const ar =
        Math.hypot(
          e1[1]! * e2[2]! - e1[2]! * e2[1]!,
          e1[2]! * e2[0]! - e1[0]! * e2[2]!,
          e1[0]! * e2[1]! - e1[1]! * e2[0]!,
        ) / 4
      for (const [di, dj] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const)
        area[(i + di) * (nw + 1) + j + dj] = area[(i + di) * (nw + 1) + j + dj]! + ar
    }
  return {
    uv,
    samples,
    terms: uv.map(([u, w]) => sheetBasis(ROWS, COLS, u, w)),
    area,
    rim: uv.map(([u, w]) => u === 0 || u === 1 || w === 0 || w === 1),
  }
}

function slab(t: Tessellation, g: number, side: number): { terms: SlabTerms; point: V } {
  const s = t.samples[g]!
  const offset: V = [(side / 2) * s.normal[0], (side / 2) * s.normal[1], (side / 2) * s.normal[2]]
  return {
    terms: { terms: t.terms[g]!, offset },
    point: [s.mid[0] + offset[0] * s.thickness, s.mid[1] + offset[1] * s.thickness, s.mid[2] + offset[2] * s.thickness],
  }
}

/** Weights of the refinement's terms (see `refineSheet`). */
export interface SheetTuning {
  /** Point-to-point weight at the rim, against the point-to-plane weight 1. */
  rim: number
  /** Smoothness at the start and the floor it fades to. */
  smooth: number
  smoothFloor: number
}

export const defaultTuning: SheetTuning = { rim: 0.5, smooth: 2e-4, smoothFloor: 0.05 }

/** One step: the data terms in `eq` plus smoothness and damping toward `x`; thickness kept >= 0.5 mm. */
function solveStep(eq: Normal, x: Float64Array, smooth: number): Float64Array {
  const ata = Float64Array.from(eq.ata),
    atb = Float64Array.from(eq.atb)
  const add = (ids: number[], k: number, weight: number) => {
    const c = [1, -2, 1]
    for (let a = 0; a < 3; a++)
      for (let b = 0; b < 3; b++)
        ata[(ids[a]! * 4 + k) * DIM + ids[b]! * 4 + k] =
          ata[(ids[a]! * 4 + k) * DIM + ids[b]! * 4 + k]! + weight * c[a]! * c[b]!
  }
  for (let i = 0; i < ROWS; i++)
    for (let j = 0; j < COLS; j++) {
      for (const [di, dj] of [
        [1, 0],
        [0, 1],
      ] as const) {
        if (i - di < 0 || i + di >= ROWS || j - dj < 0 || j + dj >= COLS) continue
        const ids = [(i - di) * COLS + j - dj, i * COLS + j, (i + di) * COLS + j + dj]
        for (let k = 0; k < 4; k++) add(ids, k, k === 3 ? smooth * 4 : smooth)
      }
    }
  const damping = 2e-4
  for (let i = 0; i < DIM; i++) {
    ata[i * DIM + i] = ata[i * DIM + i]! + damping
    atb[i] = atb[i]! + damping * x[i]!
  }
  const next = solveSpd(ata, atb, DIM)
  // A muscle sheet is never thinner than half a millimetre.
  for (let k = 3; k < DIM; k += 4) next[k] = Math.max(0.0005, next[k]!)
  return next
}

/** ICP refinement of a sheet against the samples. */
export function refineSheet(
  s: SurfaceSamples,
  start: SheetFigure,
  iterations: number,
  tuning: SheetTuning = defaultTuning,
  pull?: CentroidPull,
): SheetFigure {
  let f = start
  let x = unknowns(f)
  const delta = 0.002
  const sampleIdx: number[] = []
  const stride = Math.max(1, Math.floor(s.count / 5000))
  for (let i = 0; i < s.count; i += stride) sampleIdx.push(i)
  const samples = pointIndex(s.points, s.count)
  for (let it = 0; it < iterations; it++) {
    const t = tessellate(f, 36, 28)
    const ng = t.uv.length
    const mids = new Float64Array(ng * 3)
    t.samples.forEach((sm, g) => mids.set(sm.mid, g * 3))
    const midPoints = pointIndex(mids, ng)
    const eq = new Normal()
    // Reference -> sheet: each sample against the nearest mid-surface point's face that its
    // normal agrees with (the walls where it points along the sheet: an edge of the muscle).
    const wFwd = 1 / sampleIdx.length
    for (const i of sampleIdx) {
      const p: V = [s.points[i * 3]!, s.points[i * 3 + 1]!, s.points[i * 3 + 2]!]
      const n: V = [s.normals[i * 3]!, s.normals[i * 3 + 1]!, s.normals[i * 3 + 2]!]
      const { index } = midPoints.nearest(p[0], p[1], p[2])
      const side = Math.max(-1, Math.min(1, 2 * dot(n, t.samples[index]!.normal)))
      const sp = slab(t, index, side)
      const d2 = (sp.point[0] - p[0]) ** 2 + (sp.point[1] - p[1]) ** 2 + (sp.point[2] - p[2]) ** 2
      const w = (wFwd * delta) / Math.sqrt(d2 + delta * delta)
      eq.plane(sp.terms, n, p, w)
      // At the rim the plane leaves the outline free: pull the edge itself out to the sample.
      eq.point(sp.terms, p, (t.rim[index] ? tuning.rim : 0.05) * w)
    }
    // Sheet -> reference: each face point against the nearest sample facing the same way.
    const totalArea = t.area.reduce((a, b) => a + b, 0)
    for (let g = 0; g < ng; g++) {
      for (const side of [1, -1]) {
        const sp = slab(t, g, side)
        const out: V = [side * t.samples[g]!.normal[0], side * t.samples[g]!.normal[1], side * t.samples[g]!.normal[2]]
        const { index, d2 } = samples.nearest(
          sp.point[0],
          sp.point[1],
          sp.point[2],
          (j) => s.normals[j * 3]! * out[0] + s.normals[j * 3 + 1]! * out[1] + s.normals[j * 3 + 2]! * out[2] > 0,
        )
        if (index < 0) continue
        const q: V = [s.points[index * 3]!, s.points[index * 3 + 1]!, s.points[index * 3 + 2]!]
        const n: V = [s.normals[index * 3]!, s.normals[index * 3 + 1]!, s.normals[index * 3 + 2]!]
        const w = ((t.area[g]! / totalArea / 2) * delta) / Math.sqrt(d2 + delta * delta)
        eq.plane(sp.terms, n, q, w)
        eq.point(sp.terms, q, (t.rim[g] ? tuning.rim : 0.05) * w)
      }
    }
    if (pull && pull.weight > 0) eq.centroid(t, pull.target, pull.weight)
    // Smoothness on the control net (second differences each way), fading to a floor. Where a
    // step would fold the sheet (a corner pulled over itself by the rim term) it is taken again,
    // stiffer, until it does not.
    const fade = Math.max(0, 1 - it / Math.max(1, iterations * 0.7))
    let smooth = tuning.smooth * (tuning.smoothFloor + fade)
    for (let attempt = 0; ; attempt++) {
      const next = solveStep(eq, x, smooth)
      const g = figureFrom(next, f.superficial)
      const folds = sheetFolds(g, 30)
      if ((folds.flippedFaceCells === 0 && folds.maxNormalTurn < 30) || attempt === 8) {
        x = next
        break
      }
      smooth *= 3
    }
    f = figureFrom(x, f.superficial)
  }
  return f
}

/** The sheet's displayed volume, m³. */
export function sheetVolume(f: SheetFigure): number {
  const m = sheetMesh(f)
  return signedVolume(m.positions, m.indices)
}

/**
 * The sheet with every thickness scaled so that its displayed volume is `target` (a sheet's volume is near linear in
 * its thickness).
 */
export function matchSheetVolume(f: SheetFigure, target: number): SheetFigure {
  let g = f
  for (let it = 0; it < 3; it++) {
    const k = target / sheetVolume(g)
    g = { ...g, thickness: g.thickness.map((r) => r.map((t) => t * k)) }
  }
  return g
}

/** Fits a sheet to a muscle's samples (left side). */
export function fitSheet(s: SurfaceSamples, o: SheetFitOptions): { figure: SheetFigure; length: number } {
  let cy = 0
  for (let i = 0; i < s.count; i++) cy += s.points[i * 3 + 1]! / s.count
  const axis = o.flat ? { z: -100 } : trunkAxisAt(cy, o.skin)
  const start =
    o.domeAxisY !== undefined
      ? unrollDome(s, o.domeAxisY, o)
      : unrollSheet(s, { axis, originToward: o.originToward, superficial: o.superficial })
  const figure = refineSheet(s, start, o.iterations ?? 40, defaultTuning, o.centroid)
  const folds = sheetFolds(figure)
  if (folds.flippedFaceCells > 0 || folds.maxNormalTurn > 45)
    console.warn(`sheet fit: folds (${JSON.stringify(folds)})`)
  let length = 0
  for (let j = 0; j < COLS; j++)
    for (let i = 1; i < ROWS; i++) {
      const a = figure.mid[i - 1]![j]!,
        b = figure.mid[i]![j]!
      length += distance(a, b) / COLS
    }
  return { figure, length }
}
