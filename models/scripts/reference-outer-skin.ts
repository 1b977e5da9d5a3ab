/**
 * The reference skin (skin.glb) is a double layer: the body surface plus a second copy 2-4 mm
 * inside it, joined at the eye openings. Both face outward, so a ray from inside the body
 * crosses the skin twice. The fitting tools and the comparison tests want the outer surface
 * only: a triangle belongs to the inner layer when a short ray along its normal meets the skin
 * again within `layerGap`.
 */
import type { ReferenceMesh } from './reference.ts'
import { TriangleGrid } from './surface-distance.ts'

/** Farther than the layers' spacing (2-4 mm), nearer than most gaps between body parts. */
const layerGap = 0.006

/** Distance along the ray (origin, unit dir) to triangle t, or Infinity (Möller–Trumbore). */
function rayTriangle(
  P: ArrayLike<number>,
  I: ArrayLike<number>,
  t: number,
  o: readonly number[],
  d: readonly number[],
): number {
  const a = I[t * 3]! * 3,
    b = I[t * 3 + 1]! * 3,
    c = I[t * 3 + 2]! * 3
  const e1 = [P[b]! - P[a]!, P[b + 1]! - P[a + 1]!, P[b + 2]! - P[a + 2]!]
  const e2 = [P[c]! - P[a]!, P[c + 1]! - P[a + 1]!, P[c + 2]! - P[a + 2]!]
  const pv = [d[1]! * e2[2]! - d[2]! * e2[1]!, d[2]! * e2[0]! - d[0]! * e2[2]!, d[0]! * e2[1]! - d[1]! * e2[0]!]
  const det = e1[0]! * pv[0]! + e1[1]! * pv[1]! + e1[2]! * pv[2]!
  if (Math.abs(det) < 1e-16) return Infinity
  const tv = [o[0]! - P[a]!, o[1]! - P[a + 1]!, o[2]! - P[a + 2]!]
  const u = (tv[0]! * pv[0]! + tv[1]! * pv[1]! + tv[2]! * pv[2]!) / det
  if (u < 0 || u > 1) return Infinity
  const qv = [tv[1]! * e1[2]! - tv[2]! * e1[1]!, tv[2]! * e1[0]! - tv[0]! * e1[2]!, tv[0]! * e1[1]! - tv[1]! * e1[0]!]
  const v = (d[0]! * qv[0]! + d[1]! * qv[1]! + d[2]! * qv[2]!) / det
  if (v < 0 || u + v > 1) return Infinity
  const s = (e2[0]! * qv[0]! + e2[1]! * qv[1]! + e2[2]! * qv[2]!) / det
  return s > 0 ? s : Infinity
}

/** The outer layer of the reference skin (same vertices, fewer triangles). */
export function outerSkin(skin: ReferenceMesh): ReferenceMesh {
  const P = skin.positions
  const I = skin.indices
  const grid = new TriangleGrid(P, I)
  const keep: number[] = []
  for (let t = 0; t < I.length / 3; t++) {
    const a = I[t * 3]! * 3,
      b = I[t * 3 + 1]! * 3,
      c = I[t * 3 + 2]! * 3
    const o = [0, 1, 2].map((k) => (P[a + k]! + P[b + k]! + P[c + k]!) / 3)
    const u = [0, 1, 2].map((k) => P[b + k]! - P[a + k]!),
      v = [0, 1, 2].map((k) => P[c + k]! - P[a + k]!)
    const n = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!]
    const l = Math.hypot(n[0]!, n[1]!, n[2]!) || 1
    const d = n.map((x) => x / l)
    const end = o.map((x, k) => x + d[k]! * layerGap)
    let covered = false
    for (const other of grid.near(
      o.map((x, k) => Math.min(x, end[k]!)),
      o.map((x, k) => Math.max(x, end[k]!)),
    )) {
      if (other === t) continue
      if (rayTriangle(P, I, other, o, d) <= layerGap) {
        covered = true
        break
      }
    }
    if (!covered) keep.push(I[t * 3]!, I[t * 3 + 1]!, I[t * 3 + 2]!)
  }
  return { ...skin, indices: Uint32Array.from(keep) }
}
