/**
 * First guess of a sheet figure for a broad muscle that wraps the trunk: unroll its surface
 * samples on a vertical cylinder round the trunk's axis (angle x height), read off, on a grid
 * spread over the muscle's outline, the mid-radius between the outer and inner faces and the
 * distance between them, and least-squares the B-spline controls to those.
 */
import { sheetBasis } from '../generator/bspline.ts'
import type { SheetFigure, Vec3 } from '../generator/figures.ts'
import type { MutableVec3 as V } from '../generator/vec3.ts'
import type { ReferenceMesh } from '../scripts/reference.ts'
import { solveSpd } from './linear.ts'
import type { SurfaceSamples } from './sampling.ts'

/** The cylinder the samples are unrolled on: vertical, through (0, ·, z). */
export interface TrunkAxis {
  z: number
}

/**
 * The trunk's axis at a height: midway between the front and back of the skin near the
 * midline (x = 0 is the midline; the arms hang clear of |x| < 3 cm).
 */
export function trunkAxisAt(y: number, skin: ReferenceMesh): TrunkAxis {
  let lo = Infinity,
    hi = -Infinity
  const s = skin.positions
  for (let i = 0; i < s.length; i += 3) {
    if (Math.abs(s[i]!) < 0.03 && Math.abs(s[i + 1]! - y) < 0.02) {
      lo = Math.min(lo, s[i + 2]!)
      hi = Math.max(hi, s[i + 2]!)
    }
  }
  if (!Number.isFinite(lo)) throw new Error(`sheet unroll: no skin near the midline at y = ${y}`)
  return { z: (lo + hi) / 2 }
}

/** What the unrolled guess needs besides the samples. */
export interface UnrollOptions {
  axis: TrunkAxis
  /** Direction (left side) in which the origin end lies: rows run from there. */
  originToward: Vec3
  superficial: Vec3
  rows?: number
  cols?: number
}

/** Solves for a rows x cols grid of (x, y, z, thickness) from targets at (u, w), with a light smoothing. */
function solveGrid(
  targets: { u: number; w: number; value: number[] }[],
  rows: number,
  cols: number,
  dims: number,
  smooth: number,
): number[][] {
  const n = rows * cols
  const out: number[][] = Array.from({ length: n }, () => new Array<number>(dims).fill(0))
  for (let d = 0; d < dims; d++) {
    const ata = new Float64Array(n * n)
    const atb = new Float64Array(n)
    for (const t of targets) {
      const terms = sheetBasis(rows, cols, t.u, t.w)
      for (const a of terms) {
        atb[a.index] = atb[a.index]! + a.weight * t.value[d]!
        for (const b of terms) ata[a.index * n + b.index] = ata[a.index * n + b.index]! + a.weight * b.weight
      }
    }
    const stencil = (ids: number[]) => {
      const w = [1, -2, 1]
      for (let a = 0; a < 3; a++)
        for (let b = 0; b < 3; b++) ata[ids[a]! * n + ids[b]!] = ata[ids[a]! * n + ids[b]!]! + smooth * w[a]! * w[b]!
    }
    for (let i = 0; i < rows; i++)
      for (let j = 1; j < cols - 1; j++) stencil([i * cols + j - 1, i * cols + j, i * cols + j + 1])
    for (let i = 1; i < rows - 1; i++)
      for (let j = 0; j < cols; j++) stencil([(i - 1) * cols + j, i * cols + j, (i + 1) * cols + j])
    for (let i = 0; i < n; i++) ata[i * n + i] = ata[i * n + i]! + 1e-9
    const x = solveSpd(ata, atb, n)
    for (let i = 0; i < n; i++) out[i]![d] = x[i]!
  }
  return out
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * s.length)))]!
}

/** The unrolled first guess (left side). */
export function unrollSheet(s: SurfaceSamples, o: UnrollOptions): SheetFigure {
  const rows = o.rows ?? 5,
    cols = o.cols ?? 5
  const cz = o.axis.z
  // Angle round the trunk (0 = straight ahead, growing toward the left flank), taken about the
  // samples' mean direction so that a muscle over the back does not straddle the +-180 seam.
  let sx = 0,
    sz = 0
  for (let i = 0; i < s.count; i++) {
    const x = s.points[i * 3]!,
      z = s.points[i * 3 + 2]! - cz,
      l = Math.hypot(x, z) || 1
    sx += x / l
    sz += z / l
  }
  const theta0 = Math.atan2(sx, sz)
  const wrap = (a: number) => Math.atan2(Math.sin(a), Math.cos(a))
  const theta: number[] = [],
    radius: number[] = [],
    face: number[] = []
  for (let i = 0; i < s.count; i++) {
    const x = s.points[i * 3]!,
      z = s.points[i * 3 + 2]! - cz
    const th = Math.atan2(x, z)
    theta.push(wrap(th - theta0))
    radius.push(Math.hypot(x, z))
    // Outer face: the normal points away from the axis; inner: toward it; edges: neither.
    const radial = s.normals[i * 3]! * Math.sin(th) + s.normals[i * 3 + 2]! * Math.cos(th)
    face.push(radial > 0.3 ? 1 : radial < -0.3 ? -1 : 0)
  }
  const meanR = radius.reduce((a, b) => a + b, 0) / s.count
  // Unrolled plane: a = arc length round the trunk, b = height. Its directions in space at
  // theta0 are e_a = (cos, 0, -sin) and e_b = +y, and e_a x e_b points out of the trunk.
  const ea: V = [Math.cos(theta0), 0, -Math.sin(theta0)]
  const oa = o.originToward[0] * ea[0] + o.originToward[2] * ea[2],
    ob = o.originToward[1]
  const ol = Math.hypot(oa, ob)
  const pa = -oa / ol,
    pb = -ob / ol // toward the insertion
  const qa = -pb,
    qb = pa // across, so that (along x across) points out of the trunk
  const p: number[] = [],
    q: number[] = []
  for (let i = 0; i < s.count; i++) {
    const a = theta[i]! * meanR,
      b = s.points[i * 3 + 1]!
    p.push(a * pa + b * pb)
    q.push(a * qa + b * qb)
  }
  const plo = quantile(p, 0.005),
    phi = quantile(p, 0.995)
  const denseRows = 17,
    denseCols = 13
  const band = (phi - plo) / (denseRows - 1)
  const targets: { u: number; w: number; value: number[] }[] = []
  for (let i = 0; i < denseRows; i++) {
    const u = i / (denseRows - 1)
    const pc = plo + u * (phi - plo)
    const inBand: number[] = []
    for (let k = 0; k < s.count; k++) if (Math.abs(p[k]! - pc) < band) inBand.push(k)
    if (inBand.length < 20) continue
    const qs = inBand.map((k) => q[k]!)
    const qlo = quantile(qs, 0.01),
      qhi = quantile(qs, 0.99)
    for (let j = 0; j < denseCols; j++) {
      const w = j / (denseCols - 1)
      const qc = qlo + w * (qhi - qlo)
      for (const rho of [0.012, 0.025, 0.05]) {
        const outer: number[] = [],
          inner: number[] = []
        for (const k of inBand) {
          if (Math.hypot(p[k]! - pc, q[k]! - qc) > rho) continue
          if (face[k] === 1) outer.push(radius[k]!)
          else if (face[k] === -1) inner.push(radius[k]!)
        }
        if (outer.length + inner.length < 6) continue
        // A face with no samples here (an edge, or a thin aponeurosis): assume 3 mm.
        const ro = outer.length ? quantile(outer, 0.5) : quantile(inner, 0.5) + 0.003
        const ri = inner.length ? quantile(inner, 0.5) : ro - 0.003
        const r = (ro + ri) / 2
        const th = (pc * qb - qc * pb) / (pa * qb - pb * qa) / meanR + theta0
        const y = (qc * pa - pc * qa) / (pa * qb - pb * qa)
        targets.push({
          u,
          w,
          value: [r * Math.sin(th), y, cz + r * Math.cos(th), Math.min(0.015, Math.max(0.001, ro - ri))],
        })
        break
      }
    }
  }
  const grid = solveGrid(targets, rows, cols, 4, 1e-3)
  const mid: Vec3[][] = [],
    thickness: number[][] = []
  for (let i = 0; i < rows; i++) {
    mid.push(grid.slice(i * cols, (i + 1) * cols).map((g) => [g[0]!, g[1]!, g[2]!] as Vec3))
    thickness.push(grid.slice(i * cols, (i + 1) * cols).map((g) => Math.max(0.001, g[3]!)))
  }
  return { kind: 'sheet', mid, thickness, superficial: o.superficial }
}
