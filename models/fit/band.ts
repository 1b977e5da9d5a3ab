/**
 * Turns a muscle described in words into a tube figure: the recipe gives a band (a thick
 * ribbon) as a mid-surface point for each place along and across it, the direction toward the
 * skin there, and a half-thickness; the tube's control points are then the least-squares fit
 * to that band, sampled where the tube's own (along, around) parameters put each point, so the
 * figure runs exactly as the description does (along 0 at the origin, around 0 superficial).
 */
import { tubeBasis } from '../generator/bspline.ts'
import type { TubeFigure } from '../generator/figures.ts'
import { add, cross, dot, scale, sub, unit, type V } from './landmarks.ts'
import { solveSpd } from './linear.ts'

/** A band from its origin end (u = 0) to its insertion end (u = 1). */
export interface Band {
  /** Mid-surface point at u along and w across (-1 and 1 are the two edges). */
  mid: (u: number, w: number) => V
  /** Unit direction toward the skin at (u, w). */
  toward: (u: number, w: number) => V
  /** Half the thickness at u, metres. */
  halfThickness: (u: number) => number
  /** The part's superficial direction ("around" 0), for the figure. */
  superficial: V
}

/** Control net size: 6 rings of 5 by default, as the fitted parts; a long curved band may need more rings. */
export interface BandNet {
  rings: number
  perRing: number
}

/** The band's surface at tube parameters (u, v): v = 0 on the superficial face, turning as the fitter's rings do. */
function bandPoint(b: Band, u: number, v: number, flip: number): V {
  const w = -Math.sin(2 * Math.PI * v) * flip
  const c = b.mid(u, w)
  return add(c, scale(b.toward(u, w), Math.cos(2 * Math.PI * v) * b.halfThickness(u)))
}

/**
 * The ring points must run clockwise seen from the origin end (the mesh's normals then face
 * out): +w has to point along (along x superficial). Returns -1 when the band's w runs the
 * other way, so that `bandPoint` can turn it.
 */
function orientation(b: Band): number {
  const h = 1e-3
  const tangent = sub(b.mid(0.5 + h, 0), b.mid(0.5 - h, 0))
  const across = sub(b.mid(0.5, 0.5), b.mid(0.5, -0.5))
  return dot(cross(tangent, b.toward(0.5, 0)), across) >= 0 ? 1 : -1
}

/** The tube figure (left side) that best matches the band: rings of points and two poles. */
export function bandTube(b: Band, net: BandNet = { rings: 6, perRing: 5 }): TubeFigure {
  const RINGS = net.rings
  const PER_RING = net.perRing
  const flip = orientation(b)
  const n = RINGS * PER_RING + 2
  const ata = new Float64Array(n * n)
  const atb = [new Float64Array(n), new Float64Array(n), new Float64Array(n)]
  const addRow = (terms: { index: number; weight: number }[], target: V, weight: number) => {
    for (const a of terms) {
      for (let k = 0; k < 3; k++) atb[k]![a.index] = atb[k]![a.index]! + weight * a.weight * target[k]!
      for (const c of terms) ata[a.index * n + c.index] = ata[a.index * n + c.index]! + weight * a.weight * c.weight
    }
  }
  // The poles are the band's end points, exactly.
  addRow(tubeBasis(RINGS, PER_RING, 0, 0), b.mid(0, 0), 1e3)
  addRow(tubeBasis(RINGS, PER_RING, 1, 0), b.mid(1, 0), 1e3)
  const along = 40,
    around = 24
  for (let i = 1; i < along; i++) {
    const u = i / along
    for (let j = 0; j < around; j++) {
      const v = j / around
      addRow(tubeBasis(RINGS, PER_RING, u, v), bandPoint(b, u, v, flip), 1)
    }
  }
  // A little smoothness keeps the net tidy where the band says little (near the poles).
  for (let i = 0; i < n; i++) ata[i * n + i] = ata[i * n + i]! + 1e-6
  const x = atb.map((rhs) => solveSpd(ata, rhs, n))
  const pt = (i: number): V => [x[0]![i]!, x[1]![i]!, x[2]![i]!]
  const rings: V[][] = []
  for (let r = 0; r < RINGS; r++) rings.push(Array.from({ length: PER_RING }, (_, j) => pt(1 + r * PER_RING + j)))
  return { origin: pt(0), insertion: pt(n - 1), rings, superficial: unit(b.superficial) }
}
