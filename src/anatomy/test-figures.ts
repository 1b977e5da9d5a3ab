/**
 * Synthetic figures for the generator's unit tests: a straight, spindle-shaped tube (fat in
 * the middle, tapering to both ends) along a chosen axis, built the way the fitter orders its
 * control points.
 */
import type { TubeFigure, Vec3 } from './figures.ts'

/** A spindle from `origin` to `insertion`, superficial face toward `superficial`. */
export function spindleFigure(origin: Vec3, insertion: Vec3, radius: number, superficial: Vec3, rings = 6, perRing = 5): TubeFigure {
  const d: Vec3 = [insertion[0] - origin[0], insertion[1] - origin[1], insertion[2] - origin[2]]
  const len = Math.hypot(...d)
  const a: Vec3 = [d[0] / len, d[1] / len, d[2] / len]
  const sd = superficial[0] * a[0] + superficial[1] * a[1] + superficial[2] * a[2]
  const r1: Vec3 = [superficial[0] - sd * a[0], superficial[1] - sd * a[1], superficial[2] - sd * a[2]]
  const l1 = Math.hypot(...r1)
  const e1: Vec3 = [r1[0] / l1, r1[1] / l1, r1[2] / l1]
  const e2: Vec3 = [a[1] * e1[2] - a[2] * e1[1], a[2] * e1[0] - a[0] * e1[2], a[0] * e1[1] - a[1] * e1[0]]
  const ringList: Vec3[][] = []
  for (let r = 0; r < rings; r++) {
    const s = (r + 1) / (rings + 1)
    const rad = radius * Math.sin(Math.PI * s)
    const c: Vec3 = [origin[0] + d[0] * s, origin[1] + d[1] * s, origin[2] + d[2] * s]
    const ring: Vec3[] = []
    for (let j = 0; j < perRing; j++) {
      // Clockwise seen from the origin end, as the fitter orders them (normals then face out).
      const th = (2 * Math.PI * j) / perRing
      const x = rad * Math.cos(th), y = -rad * Math.sin(th)
      ring.push([c[0] + x * e1[0] + y * e2[0], c[1] + x * e1[1] + y * e2[1], c[2] + x * e1[2] + y * e2[2]])
    }
    ringList.push(ring)
  }
  return { origin, insertion, rings: ringList, superficial: e1 }
}
