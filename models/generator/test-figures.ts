/**
 * Synthetic figures for the generator's unit tests: a straight, spindle-shaped tube (fat in
 * the middle, tapering to both ends) along a chosen axis, built the way the fitter orders its
 * control points.
 */
import type { SheetFigure, TubeFigure, Vec3 } from './figures.ts'

/** A spindle from `origin` to `insertion`, superficial face toward `superficial`. */
export function spindleFigure(
  origin: Vec3,
  insertion: Vec3,
  radius: number,
  superficial: Vec3,
  rings = 6,
  perRing = 5,
): TubeFigure {
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
      const x = rad * Math.cos(th),
        y = -rad * Math.sin(th)
      ring.push([c[0] + x * e1[0] + y * e2[0], c[1] + x * e1[1] + y * e2[1], c[2] + x * e1[2] + y * e2[2]])
    }
    ringList.push(ring)
  }
  return { origin, insertion, rings: ringList, superficial: e1 }
}

/**
 * A sheet of constant `thickness` on a 5 x 5 grid: flat (`bend` 0), or wrapped round a vertical
 * cylinder of radius `bend` like a flank muscle. It hangs from y = `top` down `length` metres;
 * across, it spans `width` metres (arc length when bent), starting at the front (+z) and running
 * toward +x, so that its superficial face looks out of the cylinder (+z when flat).
 */
export function sheetFigure(top: number, length: number, width: number, thickness: number, bend = 0): SheetFigure {
  const mid: Vec3[][] = []
  for (let i = 0; i < 5; i++) {
    const row: Vec3[] = []
    for (let j = 0; j < 5; j++) {
      const y = top - (length * i) / 4
      const s = (width * j) / 4
      row.push(bend > 0 ? [bend * Math.sin(s / bend), y, bend * Math.cos(s / bend)] : [s, y, 0.1])
    }
    mid.push(row)
  }
  return { kind: 'sheet', mid, thickness: mid.map((r) => r.map(() => thickness)), superficial: [0, 0, 1] }
}
