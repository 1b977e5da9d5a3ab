/**
 * Framing a set of points in part of the canvas: where the camera stands so that every point
 * lies inside a given rectangle of the view (the part no sheet, panel or button covers), as
 * close as that allows; and which side to look from so most of a pain pattern faces the
 * camera. Pure numbers, tested without WebGL.
 */
import type { CanvasInsets } from '../state/store.ts'
import type { Vec3 } from './bodyManifest.ts'
import { addAt, outside } from './meshArrays.ts'
import type { SkinSurvey } from './skinSurvey.ts'

/** A rectangle of the view in normalised device coordinates (-1..1, y up). */
export interface NdcRect {
  left: number
  right: number
  bottom: number
  top: number
}

/** The camera's axes for an orbit angle: `forward` from the camera to what it looks at. */
export interface ViewBasis {
  forward: Vec3
  right: Vec3
  up: Vec3
}

/**
 * Axes of a camera at `azimuth` (radians about +Y, 0 = in front on +Z) and `polar` (from +Y),
 * looking at its target with +Y up: the same convention as camera-controls and three's lookAt.
 */
export function viewBasis(azimuth: number, polar: number): ViewBasis {
  const toCamera: Vec3 = [Math.sin(polar) * Math.sin(azimuth), Math.cos(polar), Math.sin(polar) * Math.cos(azimuth)]
  const forward: Vec3 = [-toCamera[0], -toCamera[1], -toCamera[2]]
  // right = forward x up(+Y), normalised; up = right x forward.
  const rl = Math.hypot(forward[2], forward[0])
  const right: Vec3 = [-forward[2] / rl, 0, forward[0] / rl]
  const up: Vec3 = [
    right[1] * forward[2] - right[2] * forward[1],
    right[2] * forward[0] - right[0] * forward[2],
    right[0] * forward[1] - right[1] * forward[0],
  ]
  return { forward, right, up }
}

/** Where the camera goes: it looks at `target` from `position`, then slides by `offset`. */
export interface ViewFit {
  /** Camera position before the sideways slide (on the line through the target). */
  orbitPosition: Vec3
  /** The orbit's centre: the middle of the framed points. */
  target: Vec3
  /**
   * How far the camera slides along its own right and up axes (metres), so the target sits in
   * the middle of the free part of the canvas rather than the middle of the canvas: orbiting
   * then turns the body about the pattern, which stays in the free part.
   */
  offset: [number, number]
  /** The camera's final position (orbit position plus the slide). */
  position: Vec3
}

/**
 * The closest camera, looking along `basis.forward`, that sees every point inside `rect`.
 * `fovY` in radians, `aspect` = width / height of the canvas. `minDepth` keeps every point at
 * least that far in front of the camera.
 */
export function fitPoints(
  points: ArrayLike<number>,
  basis: ViewBasis,
  fovY: number,
  aspect: number,
  rect: NdcRect,
  minDepth = 0.1,
): ViewFit {
  const { forward: f, right: r, up: u } = basis
  const tanY = Math.tan(fovY / 2)
  const tanX = tanY * aspect
  // A point at depth d and sideways offset x projects to x / (d tanX): inside the rect when
  // left*tanX <= x/d <= right*tanX. Each edge is a plane through the camera.
  const sL = rect.left * tanX,
    sR = rect.right * tanX,
    sB = rect.bottom * tanY,
    sT = rect.top * tanY
  let maxR = -Infinity,
    minL = Infinity,
    maxT = -Infinity,
    minB = Infinity,
    minF = Infinity
  const lo: [number, number, number] = [Infinity, Infinity, Infinity]
  const hi: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  const at = (i: number) => points[i] ?? outside(points, i)
  for (let i = 0; i + 2 < points.length; i += 3) {
    const x = at(i),
      y = at(i + 1),
      z = at(i + 2)
    const pr = x * r[0] + y * r[1] + z * r[2]
    const pu = x * u[0] + y * u[1] + z * u[2]
    const pf = x * f[0] + y * f[1] + z * f[2]
    maxR = Math.max(maxR, pr - sR * pf)
    minL = Math.min(minL, pr - sL * pf)
    maxT = Math.max(maxT, pu - sT * pf)
    minB = Math.min(minB, pu - sB * pf)
    minF = Math.min(minF, pf)
    lo[0] = Math.min(lo[0], x)
    lo[1] = Math.min(lo[1], y)
    lo[2] = Math.min(lo[2], z)
    hi[0] = Math.max(hi[0], x)
    hi[1] = Math.max(hi[1], y)
    hi[2] = Math.max(hi[2], z)
  }
  // The camera's coordinates along (right, up, forward): cr - sR*cf >= maxR and
  // cr - sL*cf <= minL, so cf <= (minL - maxR) / (sR - sL); the same upwards. The closest
  // camera takes the smaller bound; the sideways and upward position is then a range, and the
  // middle of it centres the points in the rect.
  const cf = Math.min((minL - maxR) / (sR - sL), (minB - maxT) / (sT - sB), minF - minDepth)
  const cr = (maxR + sR * cf + minL + sL * cf) / 2
  const cu = (maxT + sT * cf + minB + sB * cf) / 2
  const position: Vec3 = [
    cr * r[0] + cu * u[0] + cf * f[0],
    cr * r[1] + cu * u[1] + cf * f[1],
    cr * r[2] + cu * u[2] + cf * f[2],
  ]
  const target: Vec3 = [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2]
  const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
  const offset: [number, number] = [cr - dot(target, r), cu - dot(target, u)]
  const orbitPosition: Vec3 = [
    position[0] - offset[0] * r[0] - offset[1] * u[0],
    position[1] - offset[0] * r[1] - offset[1] * u[1],
    position[2] - offset[0] * r[2] - offset[1] * u[2],
  ]
  return { orbitPosition, target, offset, position }
}

/**
 * The free part of the canvas in device coordinates, `margin` CSS pixels inside it. Where the
 * free part is too small to frame anything (a sheet pulled up over nearly all of it), the whole
 * canvas is used: the view is out of sight then, and comes back framed for the whole canvas.
 */
export function freeNdcRect(width: number, height: number, insets: CanvasInsets | null, margin = 12): NdcRect {
  const i = insets ?? { top: 0, right: 0, bottom: 0, left: 0 }
  let { top, right, bottom, left } = i
  const unusable =
    ![top, right, bottom, left].every(Number.isFinite) ||
    width - left - right < width * 0.3 ||
    height - top - bottom < height * 0.25
  if (unusable) top = right = bottom = left = 0
  const m = Math.min(margin, width / 8, height / 8)
  return {
    left: -1 + (2 * (left + m)) / width,
    right: 1 - (2 * (right + m)) / width,
    bottom: -1 + (2 * (bottom + m)) / height,
    top: 1 - (2 * (top + m)) / height,
  }
}

/** The eight corners of a box, as a flat xyz list. */
export function boxCorners(b: { min: Vec3; max: Vec3 }): number[] {
  const out: number[] = []
  for (const x of [b.min[0], b.max[0]])
    for (const y of [b.min[1], b.max[1]]) for (const z of [b.min[2], b.max[2]]) out.push(x, y, z)
  return out
}

/**
 * The skin points of a pain pattern (every vertex of each label whose state is above zero),
 * followed by `extra` points (the muscle's box), as a flat xyz list.
 */
export function patternPoints(survey: SkinSurvey, states: Uint8Array, extra: readonly number[] = []): Float32Array {
  let n = 0
  states.forEach((s, label) => {
    if (s > 0) n += survey.vertices[label]?.length ?? 0
  })
  const out = new Float32Array(n * 3 + extra.length)
  const { positions } = survey
  const p = (i: number) => positions[i] ?? outside(positions, i)
  let k = 0
  states.forEach((s, label) => {
    if (s === 0) return
    for (const v of survey.vertices[label] ?? []) {
      out[k++] = p(v * 3)
      out[k++] = p(v * 3 + 1)
      out[k++] = p(v * 3 + 2)
    }
  })
  out.set(extra, k)
  return out
}

/**
 * How much of a pattern each of `steps` azimuths (0, 2pi/steps, ...) shows: the skin area
 * facing the camera, each vertex weighted by its label's state (essential 255 counts more than
 * spillover 128) and by how squarely it faces. Occlusion by other body parts is not counted.
 */
export function patternFacing(survey: SkinSurvey, states: Uint8Array, polar: number, steps: number): number[] {
  const azimuths = Array.from({ length: steps }, (_, k) => (2 * Math.PI * k) / steps)
  return facingAt(survey, states, polar, azimuths)
}

/** `patternFacing` for the given azimuths. */
export function facingAt(survey: SkinSurvey, states: Uint8Array, polar: number, azimuths: readonly number[]): number[] {
  const dirs = azimuths.map(
    (a) => [Math.sin(polar) * Math.sin(a), Math.cos(polar), Math.sin(polar) * Math.cos(a)] as const,
  )
  const score = new Array<number>(azimuths.length).fill(0)
  const { areas, normals } = survey
  const normal = (i: number) => normals[i] ?? outside(normals, i)
  states.forEach((s, label) => {
    if (s === 0) return
    for (const v of survey.vertices[label] ?? []) {
      const w = (areas[v] ?? outside(areas, v)) * s
      const nx = normal(v * 3),
        ny = normal(v * 3 + 1),
        nz = normal(v * 3 + 2)
      dirs.forEach((d, k) => {
        const c = nx * d[0] + ny * d[1] + nz * d[2]
        if (c > 0) addAt(score, k, w * c)
      })
    }
  })
  return score
}

/**
 * The azimuth that shows most of the pattern, with the muscle's trigger points (their outward
 * normals) as a smaller second wish, so a pattern seen as well from two sides is looked at from
 * the muscle's side. Falls back to `fallback` when there is nothing to weigh.
 */
export function bestAzimuth(
  survey: SkinSurvey,
  states: Uint8Array,
  trpNormals: readonly Vec3[],
  polar: number,
  fallback: number,
  steps = 24,
): number {
  const facing = patternFacing(survey, states, polar, steps)
  const most = Math.max(...facing)
  const muscleWeight = 0.35
  let best = fallback
  let bestScore = -Infinity
  for (const [k, seen] of facing.entries()) {
    const a = (2 * Math.PI * k) / steps
    const s: Vec3 = [Math.sin(a), 0, Math.cos(a)]
    const trp =
      trpNormals.length === 0
        ? 0
        : trpNormals.reduce((sum, n) => sum + Math.max(0, n[0] * s[0] + n[2] * s[2]), 0) / trpNormals.length
    const score = (most > 0 ? seen / most : 0) + muscleWeight * trp
    if (score > bestScore + 1e-9) {
      bestScore = score
      best = a
    }
  }
  if (most === 0 && trpNormals.length === 0) return fallback
  // Angles near the fallback's over a half turn read the same; keep them in (-pi, pi].
  return best > Math.PI ? best - 2 * Math.PI : best
}

/** The whole body (`bounds`) seen level from `azimuth` (a preset's), inside `rect`. */
export function wholeBodyView(
  bounds: { min: Vec3; max: Vec3 },
  azimuth: number,
  fovY: number,
  aspect: number,
  rect: NdcRect,
): ViewFit {
  return fitPoints(boxCorners(bounds), viewBasis(azimuth, Math.PI / 2), fovY, aspect, rect)
}
