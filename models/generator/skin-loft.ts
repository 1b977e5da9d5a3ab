/**
 * One lofted skin segment: its figure (a straight axis with rings of radii at fixed angles)
 * resampled into a dense grid, the closed triangle mesh of that grid, and an inside test that
 * the skin uses to trim the parts of a segment buried in its neighbour. Pure math, no three.
 */
import { accumulateNormals, signedVolume } from './mesh.ts'
import type { Point3, SkinSegmentFigure } from './skin-figures.ts'
import { cross, type MutableVec3 as V3 } from './vec3.ts'

/** A segment's frame in the model: rings are perpendicular to `axis`; angles run from e1 toward e2. */
export interface LoftFrame {
  origin: V3
  axis: V3
  e1: V3
  e2: V3
}

/** A segment resampled for meshing: `rings` rings of `around` radii each. */
export interface LoftGrid {
  frame: LoftFrame
  /** Position of each ring along the axis (metres from the origin). */
  t: Float64Array
  /** Ring centre offsets along e1 and e2. */
  cu: Float64Array
  cv: Float64Array
  around: number
  /** radii[i * around + a]: ring i at angle -90° + a * 360° / around. */
  radii: Float64Array
  startPole: boolean
  endPole: boolean
}

/** A segment's closed mesh, with the grid coordinates of each vertex (for the region rules). */
export interface LoftMesh {
  positions: Float64Array
  normals: Float64Array
  indices: Uint32Array
  /** Ring index of each vertex (cap centres carry their ring's index too). */
  ring: Int32Array
}

const minRadius = 0.001

/** The figure's frame; for the right side, its mirror image (x negated). */
export function loftFrame(fig: SkinSegmentFigure, mirrored: boolean): LoftFrame {
  const m = (p: Point3): V3 => [mirrored ? -p[0] : p[0], p[1], p[2]]
  const axis = m(fig.axis)
  const e1 = m(fig.e1)
  // e2 is mirrored with the rest (not recomputed), so the right side is an exact mirror image.
  return { origin: m(fig.origin), axis, e1, e2: m(cross(fig.e1, fig.axis)) }
}

/** The full ring of radii at the figure's angles (a midline figure stores only the left half). */
function fullRing(fig: SkinSegmentFigure, k: number): number[] {
  const row = fig.r[k]!
  if (row.length === 0) return new Array<number>(fig.around).fill(0)
  if (fig.symmetry === 'paired') return row.slice()
  // Angle -90° + j * step mirrors to 270° - j * step, which is ray (around - j).
  return Array.from({ length: fig.around }, (_, j) => (j <= fig.around / 2 ? row[j]! : row[fig.around - j]!))
}

/** Periodic Catmull-Rom through `ring` (evenly spaced samples), at fractional index s. */
function periodicCatmullRom(ring: readonly number[], s: number): number {
  const n = ring.length
  const j = Math.floor(s)
  const f = s - j
  const p0 = ring[(((j - 1) % n) + n) % n]!,
    p1 = ring[((j % n) + n) % n]!,
    p2 = ring[(((j + 1) % n) + n) % n]!,
    p3 = ring[(((j + 2) % n) + n) % n]!
  return (
    0.5 * (2 * p1 + (-p0 + p2) * f + (2 * p0 - 5 * p1 + 4 * p2 - p3) * f * f + (-p0 + 3 * p1 - 3 * p2 + p3) * f * f * f)
  )
}

/** Tangents of a monotone (PCHIP, Fritsch-Carlson) cubic through (x, y): no overshoot at steps. */
function pchipTangents(x: readonly number[], y: readonly number[]): number[] {
  const n = x.length
  const d: number[] = []
  for (let k = 0; k < n - 1; k++) d.push((y[k + 1]! - y[k]!) / (x[k + 1]! - x[k]!))
  const m: number[] = [d[0] ?? 0]
  for (let k = 1; k < n - 1; k++) {
    const a = d[k - 1]!,
      b = d[k]!
    if (a * b <= 0) m.push(0)
    else {
      const h0 = x[k]! - x[k - 1]!,
        h1 = x[k + 1]! - x[k]!
      const w1 = 2 * h1 + h0,
        w2 = h1 + 2 * h0
      m.push((w1 + w2) / (w1 / a + w2 / b))
    }
  }
  m.push(d[n - 2] ?? 0)
  return m
}

function hermite(y0: number, y1: number, m0: number, m1: number, h: number, f: number): number {
  const f2 = f * f,
    f3 = f2 * f
  return (2 * f3 - 3 * f2 + 1) * y0 + (f3 - 2 * f2 + f) * h * m0 + (-2 * f3 + 3 * f2) * y1 + (f3 - f2) * h * m1
}

/**
 * Resamples a figure into a grid whose spacing is about `spacing` metres: rings are added
 * between the figure's rings (more where the radius changes fast, as near a tip) and the
 * angles are refined to match. `alongSpacing(t)` may ask for closer rings in places (the face).
 */
export function loftGrid(
  fig: SkinSegmentFigure,
  mirrored: boolean,
  spacing: number,
  alongSpacing: (t: number) => number = () => spacing,
): LoftGrid {
  const K = fig.t.length
  const M = fig.around
  const rings = Array.from({ length: K }, (_, k) => fullRing(fig, k))
  // Around: enough samples for a typical ring's perimeter (the 75th percentile: the widest rings
  // are often buried in a neighbour); even, so that both midline rays exist.
  const perimeters: number[] = []
  for (const r of rings) {
    let p = 0
    for (let j = 0; j < M; j++) {
      const a0 = -Math.PI / 2 + (j * 2 * Math.PI) / M,
        a1 = a0 + (2 * Math.PI) / M
      p += Math.hypot(
        r[(j + 1) % M]! * Math.cos(a1) - r[j]! * Math.cos(a0),
        r[(j + 1) % M]! * Math.sin(a1) - r[j]! * Math.sin(a0),
      )
    }
    perimeters.push(p)
  }
  perimeters.sort((a, b) => a - b)
  const perimeter = perimeters[Math.floor(0.75 * (perimeters.length - 1))]!
  const A = Math.max(8, 2 * Math.round(perimeter / spacing / 2))
  // Each figure ring resampled at the output angles.
  const atAngles = rings.map((r) =>
    Array.from({ length: A }, (_, a) =>
      r.every((x) => x === 0) ? 0 : Math.max(minRadius, periodicCatmullRom(r, (a * M) / A)),
    ),
  )
  const ts = fig.t as number[]
  const tanR = Array.from({ length: A }, (_, a) =>
    pchipTangents(
      ts,
      atAngles.map((r) => r[a]!),
    ),
  )
  const tanU = pchipTangents(ts, fig.cu)
  const tanV = pchipTangents(ts, fig.cv)
  const outT: number[] = [],
    outU: number[] = [],
    outV: number[] = [],
    outR: number[] = []
  for (let k = 0; k < K - 1; k++) {
    const h = ts[k + 1]! - ts[k]!
    let dr = 0
    for (let a = 0; a < A; a++) dr = Math.max(dr, Math.abs(atAngles[k + 1]![a]! - atAngles[k]![a]!))
    const n = Math.max(
      1,
      Math.ceil(Math.hypot(h, dr) / Math.min(spacing, alongSpacing(ts[k]!), alongSpacing(ts[k + 1]!))),
    )
    for (let i = 0; i < n; i++) {
      const f = i / n
      outT.push(ts[k]! + f * h)
      outU.push(hermite(fig.cu[k]!, fig.cu[k + 1]!, tanU[k]!, tanU[k + 1]!, h, f))
      outV.push(hermite(fig.cv[k]!, fig.cv[k + 1]!, tanV[k]!, tanV[k + 1]!, h, f))
      for (let a = 0; a < A; a++)
        outR.push(Math.max(0, hermite(atAngles[k]![a]!, atAngles[k + 1]![a]!, tanR[a]![k]!, tanR[a]![k + 1]!, h, f)))
    }
  }
  outT.push(ts[K - 1]!)
  outU.push(fig.cu[K - 1]!)
  outV.push(fig.cv[K - 1]!)
  outR.push(...atAngles[K - 1]!)
  return {
    frame: loftFrame(fig, mirrored),
    t: Float64Array.from(outT),
    cu: Float64Array.from(outU),
    cv: Float64Array.from(outV),
    around: A,
    radii: Float64Array.from(outR),
    startPole: fig.r[0]!.length === 0,
    endPole: fig.r[K - 1]!.length === 0,
  }
}

/** The model-frame point of grid ring i at angle index a (a fractional a is allowed). */
export function gridPoint(g: LoftGrid, i: number, a: number, r: number): V3 {
  const th = -Math.PI / 2 + (a * 2 * Math.PI) / g.around
  // Exact zeros on the two midline rays keep a midline segment's seam on x = 0.
  const c = a === 0 || a * 2 === g.around ? 0 : Math.cos(th)
  const s = Math.sin(th)
  const f = g.frame
  const u = g.cu[i]! + r * c,
    v = g.cv[i]! + r * s,
    t = g.t[i]!
  return [
    f.origin[0] + t * f.axis[0] + u * f.e1[0] + v * f.e2[0],
    f.origin[1] + t * f.axis[1] + u * f.e1[1] + v * f.e2[1],
    f.origin[2] + t * f.axis[2] + u * f.e1[2] + v * f.e2[2],
  ]
}

/**
 * The closed mesh of a grid: the tube, a single vertex at each pole, and a flat cap (a fan
 * around the ring centre) at each end that is not a pole. Wound so that it faces outward.
 */
export function loftMesh(g: LoftGrid): LoftMesh {
  const N = g.t.length
  const A = g.around
  const pos: number[] = []
  const ring: number[] = []
  const base: number[] = []
  for (let i = 0; i < N; i++) {
    base.push(pos.length / 3)
    const pole = (i === 0 && g.startPole) || (i === N - 1 && g.endPole)
    for (let a = 0; a < (pole ? 1 : A); a++) {
      pos.push(...gridPoint(g, i, a, pole ? 0 : g.radii[i * A + a]!))
      ring.push(i)
    }
  }
  const tube: number[] = []
  for (let i = 0; i < N - 1; i++) {
    const p0 = i === 0 && g.startPole,
      p1 = i + 1 === N - 1 && g.endPole
    for (let a = 0; a < A; a++) {
      const b = (a + 1) % A
      const v00 = base[i]! + (p0 ? 0 : a),
        v01 = base[i]! + (p0 ? 0 : b)
      const v10 = base[i + 1]! + (p1 ? 0 : a),
        v11 = base[i + 1]! + (p1 ? 0 : b)
      if (!p0) tube.push(v00, v10, v01)
      if (!p1) tube.push(v01, v10, v11)
    }
  }
  // Flat caps as concentric rings (not one fan), so that the parts buried in a neighbour can be
  // trimmed away triangle by triangle.
  const caps: number[] = []
  for (const [i, pole] of [
    [0, g.startPole],
    [N - 1, g.endPole],
  ] as const) {
    if (pole) continue
    let outer = base[i]!
    for (const f of [2 / 3, 1 / 3]) {
      const inner = pos.length / 3
      for (let a = 0; a < A; a++) {
        pos.push(...gridPoint(g, i, a, f * g.radii[i * A + a]!))
        ring.push(i)
      }
      for (let a = 0; a < A; a++) {
        const b = (a + 1) % A
        const o0 = outer + a,
          o1 = outer + b,
          i0 = inner + a,
          i1 = inner + b
        caps.push(...(i === 0 ? [o0, o1, i0, o1, i1, i0] : [o0, i0, o1, o1, i0, i1]))
      }
      outer = inner
    }
    const centre = pos.length / 3
    pos.push(...gridPoint(g, i, 0, 0))
    ring.push(i)
    for (let a = 0; a < A; a++) {
      const v0 = outer + a,
        v1 = outer + ((a + 1) % A)
      caps.push(...(i === 0 ? [centre, v0, v1] : [centre, v1, v0]))
    }
  }
  const positions = Float64Array.from(pos)
  const indices = Uint32Array.from([...tube, ...caps])
  if (signedVolume(positions, indices) < 0) {
    for (let k = 0; k < indices.length; k += 3) {
      const b = indices[k + 1]!
      indices[k + 1] = indices[k + 2]!
      indices[k + 2] = b
    }
  }
  // Normals from the tube alone, so that a flat cap does not bend the rim's normals; a cap
  // centre takes the cap's own normal.
  const normals = new Float64Array(positions.length)
  accumulateNormals(positions, indices.subarray(0, tube.length), normals)
  if (caps.length) {
    const capNormals = new Float64Array(positions.length)
    accumulateNormals(positions, indices.subarray(tube.length), capNormals)
    for (let v = 0; v < positions.length / 3; v++) {
      if (normals[v * 3] === 0 && normals[v * 3 + 1] === 0 && normals[v * 3 + 2] === 0) {
        normals[v * 3] = capNormals[v * 3]!
        normals[v * 3 + 1] = capNormals[v * 3 + 1]!
        normals[v * 3 + 2] = capNormals[v * 3 + 2]!
      }
    }
  }
  return { positions, normals, indices, ring: Int32Array.from(ring) }
}

/**
 * How deep p lies inside the segment (metres, measured along the ring's ray; negative outside).
 * Uses the grid's own samples (bilinear), so it agrees with the mesh to within its flatness.
 */
export function insideDepth(g: LoftGrid, p: readonly number[]): number {
  const f = g.frame
  const dx = p[0]! - f.origin[0],
    dy = p[1]! - f.origin[1],
    dz = p[2]! - f.origin[2]
  const t = dx * f.axis[0] + dy * f.axis[1] + dz * f.axis[2]
  const N = g.t.length
  if (t < g.t[0]! || t > g.t[N - 1]!) return -Infinity
  let lo = 0,
    hi = N - 1
  while (hi - lo > 1) {
    const m = (lo + hi) >> 1
    if (g.t[m]! <= t) lo = m
    else hi = m
  }
  const w = (t - g.t[lo]!) / (g.t[hi]! - g.t[lo]! || 1)
  const u = dx * f.e1[0] + dy * f.e1[1] + dz * f.e1[2] - (g.cu[lo]! * (1 - w) + g.cu[hi]! * w)
  const v = dx * f.e2[0] + dy * f.e2[1] + dz * f.e2[2] - (g.cv[lo]! * (1 - w) + g.cv[hi]! * w)
  const A = g.around
  let s = ((Math.atan2(v, u) + Math.PI / 2) / (2 * Math.PI)) * A
  s = ((s % A) + A) % A
  const a0 = Math.floor(s) % A,
    a1 = (a0 + 1) % A,
    fa = s - Math.floor(s)
  const r =
    (g.radii[lo * A + a0]! * (1 - fa) + g.radii[lo * A + a1]! * fa) * (1 - w) +
    (g.radii[hi * A + a0]! * (1 - fa) + g.radii[hi * A + a1]! * fa) * w
  return r - Math.hypot(u, v)
}
