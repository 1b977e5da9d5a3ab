/**
 * Fits one muscle part's B-spline tube (K rings of m control points + 2 poles) to surface
 * samples: an initial least-squares fit to per-slice ellipses along the principal axis, then
 * ICP-style refinement (point-to-plane both ways, robust weights, fading smoothness).
 * The surface is linear in its control points, so every step is one small linear solve.
 */
import { tubeBasis, type BasisTerm } from '../generator/bspline.ts'
import type { TubeFigure, Vec3 } from '../generator/figures.ts'
import { tubeIndices } from '../generator/muscle-shape.ts'
import { pointIndex } from '../generator/point-index.ts'
import { cross, dot, normalize as unit, type MutableVec3 as V } from '../generator/vec3.ts'
import { eigenSym3, solveSpd, sqrtSym2 } from './linear.ts'
import type { SurfaceSamples } from './sampling.ts'

/** What the fit needs to know about a part besides its surface. */
export interface TubeFitOptions {
  /** Direction (left side) in which the origin end lies, e.g. [0, 1, 0] = origin superior. */
  originToward: Vec3
  /** Unit direction toward the skin ("around" 0). */
  superficial: Vec3
  /** Overrides the principal axis (for broad muscles whose longest extent is not the fibre direction). */
  axis?: Vec3
  rings?: number
  perRing?: number
  /** ICP iterations after the initialisation (0 = initialisation only). */
  iterations?: number
  /** The reference's area-weighted centroid, to pull toward lightly (weight `centroidWeight`). */
  centroid?: Vec3
  centroidWeight?: number
}

/** A fitted tube with its flat controls and the frame it was built in. */
export interface TubeFitResult {
  figure: TubeFigure
  axis: V
  length: number
}

/** One least-squares observation: sum_i w_i * (coef . X_i) = rhs, with weight `weight`. */
interface Row {
  terms: BasisTerm[]
  /** null: point-to-point (three independent rows); otherwise the plane normal. */
  normal: Vec3 | null
  target: Vec3
  weight: number
}

/** Builds the tube figure from a flat control list (pole, rings, pole). */
export function figureFromControls(x: Float64Array, rings: number, perRing: number, superficial: Vec3): TubeFigure {
  const pt = (i: number): V => [x[i * 3]!, x[i * 3 + 1]!, x[i * 3 + 2]!]
  const ringList: V[][] = []
  for (let r = 0; r < rings; r++) {
    const ring: V[] = []
    for (let j = 0; j < perRing; j++) ring.push(pt(1 + r * perRing + j))
    ringList.push(ring)
  }
  return { origin: pt(0), insertion: pt(rings * perRing + 1), rings: ringList, superficial }
}

/** Second-difference stencils over the control net (along each column, around each ring). */
function smoothStencils(rings: number, perRing: number): { along: [number, number][][]; around: [number, number][][] } {
  const idx = (row: number, col: number) =>
    row <= 0
      ? 0
      : row >= rings + 1
        ? rings * perRing + 1
        : 1 + (row - 1) * perRing + (((col % perRing) + perRing) % perRing)
  const along: [number, number][][] = []
  const around: [number, number][][] = []
  for (let row = 1; row <= rings; row++) {
    for (let col = 0; col < perRing; col++) {
      along.push([
        [idx(row - 1, col), 1],
        [idx(row, col), -2],
        [idx(row + 1, col), 1],
      ])
      around.push([
        [idx(row, col - 1), 1],
        [idx(row, col), -2],
        [idx(row, col + 1), 1],
      ])
    }
  }
  return { along, around }
}

/** Solves the weighted least-squares problem for all 3 * n unknowns. */
function solve(
  rows: readonly Row[],
  n: number,
  stencils: [number, number][][],
  smooth: number,
  prev: Float64Array | null,
  damping: number,
): Float64Array {
  const dim = 3 * n
  const ata = new Float64Array(dim * dim)
  const atb = new Float64Array(dim)
  const cols: number[] = []
  const vals: number[] = []
  for (const row of rows) {
    if (row.normal === null) {
      for (let k = 0; k < 3; k++) {
        for (const a of row.terms) {
          atb[a.index * 3 + k] = atb[a.index * 3 + k]! + row.weight * a.weight * row.target[k]!
          for (const b of row.terms)
            ata[(a.index * 3 + k) * dim + b.index * 3 + k] =
              ata[(a.index * 3 + k) * dim + b.index * 3 + k]! + row.weight * a.weight * b.weight
        }
      }
      continue
    }
    cols.length = 0
    vals.length = 0
    for (const t of row.terms)
      for (let k = 0; k < 3; k++) {
        cols.push(t.index * 3 + k)
        vals.push(t.weight * row.normal[k]!)
      }
    const rhs = dot(row.normal, row.target)
    for (let i = 0; i < cols.length; i++) {
      const ci = cols[i]!,
        vi = vals[i]! * row.weight
      atb[ci] = atb[ci]! + vi * rhs
      for (let j = 0; j < cols.length; j++) ata[ci * dim + cols[j]!] = ata[ci * dim + cols[j]!]! + vi * vals[j]!
    }
  }
  for (const st of stencils) {
    for (let k = 0; k < 3; k++) {
      for (const [ia, wa] of st)
        for (const [ib, wb] of st)
          ata[(ia * 3 + k) * dim + ib * 3 + k] = ata[(ia * 3 + k) * dim + ib * 3 + k]! + smooth * wa * wb
    }
  }
  for (let i = 0; i < dim; i++) {
    ata[i * dim + i] = ata[i * dim + i]! + (damping + 1e-12)
    if (prev) atb[i] = atb[i]! + damping * prev[i]!
  }
  return solveSpd(ata, atb, dim)
}

/** Area-weighted principal axes of the samples. */
function principalAxes(s: SurfaceSamples): { mean: V; axes: V[] } {
  const mean: V = [0, 0, 0]
  for (let i = 0; i < s.count; i++) for (let k = 0; k < 3; k++) mean[k] = mean[k]! + s.points[i * 3 + k]! / s.count
  const c = [0, 0, 0, 0, 0, 0, 0, 0, 0]
  for (let i = 0; i < s.count; i++) {
    const d = [0, 1, 2].map((k) => s.points[i * 3 + k]! - mean[k]!)
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) c[a * 3 + b] = c[a * 3 + b]! + (d[a]! * d[b]!) / s.count
  }
  return { mean, axes: eigenSym3(c).vectors }
}

/** Initial fit: ellipses from slice covariances along the axis, least-squares to the net. */
function initialise(
  s: SurfaceSamples,
  o: { rings: number; perRing: number; originToward: Vec3; superficial: Vec3; axis?: Vec3 },
): { x: Float64Array; axis: V; length: number } {
  const { mean, axes } = principalAxes(s)
  let axis = unit(o.axis ?? axes[0]!)
  if (dot(axis, o.originToward) > 0) axis = [-axis[0], -axis[1], -axis[2]]
  let e1 = unit([
    o.superficial[0] - dot(o.superficial, axis) * axis[0],
    o.superficial[1] - dot(o.superficial, axis) * axis[1],
    o.superficial[2] - dot(o.superficial, axis) * axis[2],
  ])
  if (!Number.isFinite(e1[0])) e1 = unit(cross(axis, [1, 0, 0]))
  const e2 = cross(axis, e1)
  const t = new Float64Array(s.count)
  let tmin = Infinity,
    tmax = -Infinity
  for (let i = 0; i < s.count; i++) {
    const p: V = [s.points[i * 3]! - mean[0], s.points[i * 3 + 1]! - mean[1], s.points[i * 3 + 2]! - mean[2]]
    t[i] = dot(p, axis)
    tmin = Math.min(tmin, t[i]!)
    tmax = Math.max(tmax, t[i]!)
  }
  const length = tmax - tmin
  const slices = 24
  const phases = 24
  const rows: Row[] = []
  const bins: number[][] = Array.from({ length: slices }, () => [])
  for (let i = 0; i < s.count; i++) bins[Math.min(slices - 1, Math.floor(((t[i]! - tmin) / length) * slices))]!.push(i)
  const endPoint = (lo: number, hi: number): V => {
    const c: V = [0, 0, 0]
    let n = 0
    for (let i = 0; i < s.count; i++)
      if (t[i]! >= lo && t[i]! <= hi) {
        for (let k = 0; k < 3; k++) c[k] = c[k]! + s.points[i * 3 + k]!
        n++
      }
    return [c[0] / n, c[1] / n, c[2] / n]
  }
  const tip = 0.01 * length
  rows.push({
    terms: tubeBasis(o.rings, o.perRing, 0, 0),
    normal: null,
    target: endPoint(tmin, tmin + tip),
    weight: phases,
  })
  rows.push({
    terms: tubeBasis(o.rings, o.perRing, 1, 0),
    normal: null,
    target: endPoint(tmax - tip, tmax),
    weight: phases,
  })
  for (const bin of bins) {
    if (bin.length < 6) continue
    const c: V = [0, 0, 0]
    let tc = 0
    for (const i of bin) {
      for (let k = 0; k < 3; k++) c[k] = c[k]! + s.points[i * 3 + k]! / bin.length
      tc += t[i]! / bin.length
    }
    let sxx = 0,
      sxy = 0,
      syy = 0
    for (const i of bin) {
      const d: V = [s.points[i * 3]! - c[0], s.points[i * 3 + 1]! - c[1], s.points[i * 3 + 2]! - c[2]]
      const x = dot(d, e1),
        y = dot(d, e2)
      sxx += (x * x) / bin.length
      sxy += (x * y) / bin.length
      syy += (y * y) / bin.length
    }
    // A curve uniformly spread over an ellipse of semi-axes r has variance r^2 / 2 per axis.
    const [la, lb, lc] = sqrtSym2(2 * sxx, 2 * sxy, 2 * syy)
    const u = (tc - tmin) / length
    for (let q = 0; q < phases; q++) {
      const v = q / phases
      // v runs clockwise seen from the origin end so that (along x around) points outward.
      const cx = Math.cos(2 * Math.PI * v),
        cy = -Math.sin(2 * Math.PI * v)
      const x = la * cx + lb * cy,
        y = lb * cx + lc * cy
      rows.push({
        terms: tubeBasis(o.rings, o.perRing, u, v),
        normal: null,
        target: [c[0] + x * e1[0] + y * e2[0], c[1] + x * e1[1] + y * e2[1], c[2] + x * e1[2] + y * e2[2]],
        weight: 1,
      })
    }
  }
  const n = o.rings * o.perRing + 2
  const st = smoothStencils(o.rings, o.perRing)
  const x = solve(rows, n, [...st.along, ...st.around], 0.5, null, 0)
  return { x, axis, length }
}

/**
 * Samples the current surface on the display grid layout (origin pole, `along` rings of
 * `around`, insertion pole) with each vertex's share of the area (for the centroid term).
 */
function tessellate(
  x: Float64Array,
  o: { rings: number; perRing: number },
  along: number,
  around: number,
): { pts: Float64Array; terms: BasisTerm[][]; area: Float64Array } {
  const uv: [number, number][] = [[0, 0]]
  for (let r = 1; r <= along; r++) for (let j = 0; j < around; j++) uv.push([r / (along + 1), j / around])
  uv.push([1, 0])
  const terms: BasisTerm[][] = []
  const pts = new Float64Array(uv.length * 3)
  uv.forEach(([u, v], i) => {
    const tb = tubeBasis(o.rings, o.perRing, u, v)
    terms.push(tb)
    for (const { index, weight } of tb)
      for (let k = 0; k < 3; k++) pts[i * 3 + k] = pts[i * 3 + k]! + weight * x[index * 3 + k]!
  })
  const idx = tubeIndices({ along, around })
  const area = new Float64Array(uv.length)
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]! * 3,
      b = idx[t + 1]! * 3,
      c = idx[t + 2]! * 3
    const u: V = [pts[b]! - pts[a]!, pts[b + 1]! - pts[a + 1]!, pts[b + 2]! - pts[a + 2]!]
    const w: V = [pts[c]! - pts[a]!, pts[c + 1]! - pts[a + 1]!, pts[c + 2]! - pts[a + 2]!]
    const ar = Math.hypot(...cross(u, w)) / 6
    area[idx[t]!] = area[idx[t]!]! + ar
    area[idx[t + 1]!] = area[idx[t + 1]!]! + ar
    area[idx[t + 2]!] = area[idx[t + 2]!]! + ar
  }
  return { pts, terms, area }
}

/** ICP refinement of the controls against the samples. */
function refine(
  s: SurfaceSamples,
  x0: Float64Array,
  o: { rings: number; perRing: number; iterations: number; centroid?: Vec3; centroidWeight: number },
): Float64Array {
  let x = x0
  const n = o.rings * o.perRing + 2
  const st = smoothStencils(o.rings, o.perRing)
  const delta = 0.002
  const sampleIdx: number[] = []
  // A subset keeps each iteration quick; the surface has only 96 numbers to pin down.
  const stride = Math.max(1, Math.floor(s.count / 4000))
  for (let i = 0; i < s.count; i += stride) sampleIdx.push(i)
  const samples = pointIndex(s.points, s.count)
  for (let it = 0; it < o.iterations; it++) {
    const grid = tessellate(x, o, 38, 32)
    const ng = grid.area.length
    const gridPoints = pointIndex(grid.pts, ng)
    const rows: Row[] = []
    const wFwd = 1 / sampleIdx.length
    for (const i of sampleIdx) {
      const p: V = [s.points[i * 3]!, s.points[i * 3 + 1]!, s.points[i * 3 + 2]!]
      const { index, d2 } = gridPoints.nearest(p[0], p[1], p[2])
      if (index < 0) continue // only where the fit has diverged to NaN
      const w = wFwd / Math.sqrt(d2 + delta * delta)
      const nrm: V = [s.normals[i * 3]!, s.normals[i * 3 + 1]!, s.normals[i * 3 + 2]!]
      rows.push({ terms: grid.terms[index]!, normal: nrm, target: p, weight: w * delta })
      rows.push({ terms: grid.terms[index]!, normal: null, target: p, weight: 0.05 * w * delta })
    }
    const wRev = 1 / ng
    for (let g = 0; g < ng; g++) {
      const { index, d2 } = samples.nearest(grid.pts[g * 3]!, grid.pts[g * 3 + 1]!, grid.pts[g * 3 + 2]!)
      if (index < 0) continue // only where the fit has diverged to NaN
      const q: V = [s.points[index * 3]!, s.points[index * 3 + 1]!, s.points[index * 3 + 2]!]
      const nrm: V = [s.normals[index * 3]!, s.normals[index * 3 + 1]!, s.normals[index * 3 + 2]!]
      const w = wRev / Math.sqrt(d2 + delta * delta)
      rows.push({ terms: grid.terms[g]!, normal: nrm, target: q, weight: w * delta })
    }
    if (o.centroid && o.centroidWeight > 0) {
      // The area-weighted centroid, linear in the controls for this iteration's area shares.
      const total = grid.area.reduce((a, b) => a + b, 0)
      const acc = new Map<number, number>()
      for (let g = 0; g < ng; g++)
        for (const t of grid.terms[g]!) acc.set(t.index, (acc.get(t.index) ?? 0) + (t.weight * grid.area[g]!) / total)
      rows.push({
        terms: [...acc].map(([index, weight]) => ({ index, weight })),
        normal: null,
        target: o.centroid,
        weight: o.centroidWeight,
      })
    }
    const fade = Math.max(0, 1 - it / Math.max(1, o.iterations * 0.8))
    const smooth = 1e-4 * (0.05 + fade)
    x = solve(rows, n, [...st.along, ...st.around], smooth, x, 2e-4)
  }
  return x
}

/** Fits a part's tube to its samples (left side). */
export function fitTube(s: SurfaceSamples, options: TubeFitOptions): TubeFitResult {
  const o = { rings: 6, perRing: 5, iterations: 0, centroidWeight: 0, ...options }
  const init = initialise(s, o)
  const x = o.iterations > 0 ? refine(s, init.x, o) : init.x
  return { figure: figureFromControls(x, o.rings, o.perRing, o.superficial), axis: init.axis, length: init.length }
}
