/**
 * Slices the reference skin with the ring planes of one lofted segment and measures the
 * radii of a ring by casting rays from its centre (used by models/scripts/fit-skin.ts only).
 *
 * Each segment "owns" part of the body (the forearm owns the skin between the elbow and the
 * wrist planes). Where a ray leaves the owned part, the radius follows the reference a few
 * millimetres inside it, so the neighbouring segment's surface covers it and the generator can
 * trim it away; where a ray meets a wall (the midline between the thighs, the plane between
 * two fingers) the radius stops at the wall.
 */
import { addScaled, cross, dot, normalize, scale, sub, type MutableVec3 } from '../generator/vec3.ts'
import type { ReferenceMesh } from './reference.ts'

/** A point or direction (metres, model frame). */
export type P3 = MutableVec3

/** A segment's frame: rings are planes perpendicular to `axis`; angles run from e1 toward e2 = e1 x axis. */
export interface Frame {
  origin: P3
  axis: P3
  e1: P3
  e2: P3
}

/** A half-space the segment may not cross: owned where n . p >= w. */
export interface Wall {
  n: P3
  w: number
}

/** What a segment owns and how its rays read the reference. */
export interface Ownership {
  /** Signed distance of p beyond the owned part of the body (<= 0: owned). */
  beyond: (p: P3) => number
  walls: readonly Wall[]
  /**
   * 'first': the first exit from the centre (follows concavities). 'outer': the farthest exit within the cap (an
   * envelope, for the toes).
   */
  mode: 'first' | 'outer'
  /** Radii longer than capFactor x the ring's lower quartile are cut there (rays that run on into the trunk). */
  capFactor: number
  /**
   * Skin the segment leaves to a side branch or leaves out altogether (the arm seen from the
   * trunk; the genitals): a ray that ends there takes its radius from its neighbours around the
   * ring, so the segment's surface passes smoothly underneath the branch.
   */
  ignore?: (p: P3) => boolean
}

/**
 * How far inside the reference a non-owned radius is pulled, d metres past the boundary: in
 * over the first 6 mm, then deeper the farther it goes (a quarter of the distance, up to 2 cm),
 * so that the owner's surface, which is smoother than the reference, still hides it.
 */
function inset(d: number): number {
  return Math.min(0.02, 0.006 * Math.min(1, d / 0.006) + 0.25 * Math.max(0, d - 0.006))
}
const minRadius = 0.0015

/** A frame from an axis and a rough first direction (made perpendicular to the axis). */
export function makeFrame(origin: P3, axis: P3, e1Hint: P3): Frame {
  const a = normalize(axis)
  const e1 = normalize(sub(e1Hint, scale(a, dot(e1Hint, a))))
  return { origin, axis: a, e1, e2: cross(e1, a) }
}

/** The 3D point of (t, u, v) in a frame. */
export function framePoint(f: Frame, t: number, u: number, v: number): P3 {
  return addScaled(addScaled(addScaled(f.origin, f.axis, t), f.e1, u), f.e2, v)
}

/** One ring plane's cut through the skin: 2D segments (u, v) with their 3D ends. */
export interface Slice {
  seg2: number[]
  seg3: number[]
}

/** Projects the reference skin into a segment frame once, then cuts slices from it. */
export class Slicer {
  private readonly tuv: Float64Array
  constructor(
    private readonly skin: ReferenceMesh,
    readonly frame: Frame,
  ) {
    const P = skin.positions
    this.tuv = new Float64Array(P.length)
    for (let i = 0; i < P.length; i += 3) {
      const d: P3 = [P[i]! - frame.origin[0], P[i + 1]! - frame.origin[1], P[i + 2]! - frame.origin[2]]
      this.tuv[i] = dot(d, frame.axis)
      this.tuv[i + 1] = dot(d, frame.e1)
      this.tuv[i + 2] = dot(d, frame.e2)
    }
  }

  /** Reference vertices as (t, u, v, x, y, z) rows, for finding tips. */
  vertex(i: number): { t: number; u: number; v: number; p: P3 } {
    const P = this.skin.positions
    return {
      t: this.tuv[i * 3]!,
      u: this.tuv[i * 3 + 1]!,
      v: this.tuv[i * 3 + 2]!,
      p: [P[i * 3]!, P[i * 3 + 1]!, P[i * 3 + 2]!],
    }
  }

  get vertexCount(): number {
    return this.skin.positions.length / 3
  }

  slice(t: number): Slice {
    const I = this.skin.indices
    const P = this.skin.positions
    const T = this.tuv
    const seg2: number[] = []
    const seg3: number[] = []
    for (let k = 0; k < I.length; k += 3) {
      const ia = I[k]! * 3,
        ib = I[k + 1]! * 3,
        ic = I[k + 2]! * 3
      const ta = T[ia]!,
        tb = T[ib]!,
        tc = T[ic]!
      if ((ta < t && tb < t && tc < t) || (ta >= t && tb >= t && tc >= t)) continue
      const ends: number[] = []
      for (const [i, j] of [
        [ia, ib],
        [ib, ic],
        [ic, ia],
      ] as const) {
        const ti = T[i]!,
          tj = T[j]!
        if (ti < t === tj < t) continue
        const s = (t - ti) / (tj - ti)
        ends.push(T[i + 1]! + s * (T[j + 1]! - T[i + 1]!), T[i + 2]! + s * (T[j + 2]! - T[i + 2]!))
        ends.push(
          P[i]! + s * (P[j]! - P[i]!),
          P[i + 1]! + s * (P[j + 1]! - P[i + 1]!),
          P[i + 2]! + s * (P[j + 2]! - P[i + 2]!),
        )
      }
      if (ends.length !== 10) continue
      seg2.push(ends[0]!, ends[1]!, ends[5]!, ends[6]!)
      seg3.push(ends[2]!, ends[3]!, ends[4]!, ends[7]!, ends[8]!, ends[9]!)
    }
    return { seg2, seg3 }
  }
}

/** Distances along a 2D ray from (cu, cv) at angle theta to every crossing of the slice. */
function rayHits(slice: Slice, cu: number, cv: number, theta: number): number[] {
  const dx = Math.cos(theta),
    dy = Math.sin(theta)
  const out: number[] = []
  const s2 = slice.seg2
  for (let k = 0; k < s2.length; k += 4) {
    const ax = s2[k]! - cu,
      ay = s2[k + 1]! - cv,
      bx = s2[k + 2]! - cu,
      by = s2[k + 3]! - cv
    const ex = bx - ax,
      ey = by - ay
    const den = dx * ey - dy * ex
    if (Math.abs(den) < 1e-15) continue
    const s = (ax * ey - ay * ex) / den
    const lam = (ax * dy - ay * dx) / den
    if (s > 1e-6 && lam >= 0 && lam <= 1) out.push(s)
  }
  return out.sort((a, b) => a - b)
}

/** The angle of ray j of `around` rays: -90° + j * 360° / around. */
export function rayAngle(j: number, around: number): number {
  return -Math.PI / 2 + (j * 2 * Math.PI) / around
}

/**
 * One measured ring: radii (NaN where a ray met nothing), which rays ended on owned skin, and whether the centre
 * lies inside the body.
 */
export interface RingMeasure {
  r: number[]
  owned: boolean[]
  inside: boolean
}

/**
 * Radii of one ring. A ray that met nothing (through an eye opening) gives NaN; the caller
 * fills those from their neighbours. `inside` is a parity test (odd crossings on most of three
 * rays): a centre outside the skin makes every radius meaningless.
 */
export function measureRing(
  frame: Frame,
  slice: Slice,
  t: number,
  cu: number,
  cv: number,
  around: number,
  own: Ownership,
): RingMeasure {
  const centre = framePoint(frame, t, cu, cv)
  const hitsPerRay: number[][] = []
  const wallPerRay: number[] = []
  let oddRays = 0
  for (let j = 0; j < around; j++) {
    const th = rayAngle(j, around)
    const dir = addScaled(scale(frame.e1, Math.cos(th)), frame.e2, Math.sin(th))
    let wall = Infinity
    for (const w of own.walls) {
      const nd = dot(w.n, dir)
      if (nd < -1e-9) wall = Math.min(wall, Math.max(0, (w.w - dot(w.n, centre)) / nd))
    }
    const all = rayHits(slice, cu, cv, th)
    if (j % Math.floor(around / 3) === 0 && j < 3 * Math.floor(around / 3) && all.length % 2 === 1) oddRays++
    hitsPerRay.push(all.filter((s) => s <= wall))
    wallPerRay.push(wall)
  }
  // The cap scales with the ring's lower quartile, which the rays running on into the rest of
  // the body (more than half of them at the top of the arm) do not inflate.
  const firsts = hitsPerRay
    .map((h, j) => h[0] ?? wallPerRay[j]!)
    .filter(Number.isFinite)
    .sort((a, b) => a - b)
  const quartile = firsts.length ? firsts[Math.floor(firsts.length / 4)]! : 0.05
  const cap = own.capFactor * quartile
  const owned: boolean[] = []
  const r = hitsPerRay.map((hits, j) => {
    const th = rayAngle(j, around)
    const dir = addScaled(scale(frame.e1, Math.cos(th)), frame.e2, Math.sin(th))
    let r: number
    if (own.mode === 'outer') {
      const within = hits.filter((s) => s <= cap)
      r = within.length ? within[within.length - 1]! : (hits[0] ?? wallPerRay[j]!)
    } else r = hits[0] ?? wallPerRay[j]!
    if (!Number.isFinite(r) || own.ignore?.(addScaled(centre, dir, r))) {
      owned.push(false)
      return NaN
    }
    let over = 0
    if (r > cap) {
      r = cap
      over = 0.006
    }
    over = Math.max(over, own.beyond(addScaled(centre, dir, r)))
    owned.push(over <= 0)
    if (over > 0) r -= inset(over)
    return Math.max(minRadius, r)
  })
  return { r, owned, inside: oddRays >= 2 }
}

/** Fills NaN radii by linear interpolation between the nearest measured neighbours around the ring. */
export function fillGaps(r: number[]): number[] {
  const n = r.length
  if (r.every((x) => Number.isNaN(x))) return r
  return r.map((x, j) => {
    if (!Number.isNaN(x)) return x
    let a = 1
    while (Number.isNaN(r[(j - a + n) % n]!)) a++
    let b = 1
    while (Number.isNaN(r[(j + b) % n]!)) b++
    return (r[(j - a + n) % n]! * b + r[(j + b) % n]! * a) / (a + b)
  })
}

/** Area centroid of the star polygon of radii r around (cu, cv). */
export function polygonCentroid(r: readonly number[], cu: number, cv: number): [number, number] {
  const n = r.length
  let area = 0,
    cx = 0,
    cy = 0
  for (let j = 0; j < n; j++) {
    const t0 = rayAngle(j, n),
      t1 = rayAngle(j + 1, n)
    const x0 = r[j]! * Math.cos(t0),
      y0 = r[j]! * Math.sin(t0)
    const x1 = r[(j + 1) % n]! * Math.cos(t1),
      y1 = r[(j + 1) % n]! * Math.sin(t1)
    const c = x0 * y1 - x1 * y0
    area += c
    cx += (x0 + x1) * c
    cy += (y0 + y1) * c
  }
  if (Math.abs(area) < 1e-12) return [cu, cv]
  return [cu + cx / (3 * area), cv + cy / (3 * area)]
}
