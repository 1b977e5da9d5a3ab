/**
 * Reference meshes by FMA id and side. Most muscles have a mesh per side, each with its own FMA
 * id; a few share one id on both sides (the external intercostal muscles), and a few midline
 * muscles are one mesh for both sides (the diaphragm, the external anal sphincter): each side
 * of such a muscle is measured against its half of that mesh, cut at the midline (x = 0).
 * Used by the fit (left side) and by the anatomy report (both sides).
 */
import { surfaceCentroid } from '../generator/mesh.ts'
import type { ReferenceMesh } from '../scripts/reference.ts'
import { connectedPieces, volumeAbout } from '../scripts/reference-volume.ts'

/** A reference mesh for one side, with its enclosed volume (m³, as models/scripts/reference-volume.ts counts it). */
export interface SideReference {
  positions: Float64Array
  indices: Uint32Array
  /** Set for a midline mesh's half, whose cut face is open: see `halfVolume`. */
  volume?: number
}

/** Every reference mesh listed under its FMA id (one id may name a mesh per side). */
export function referenceByFma(meshes: Iterable<ReferenceMesh>): Map<string, ReferenceMesh[]> {
  const out = new Map<string, ReferenceMesh[]>()
  for (const m of meshes) out.set(m.fma, [...(out.get(m.fma) ?? []), m])
  return out
}

/**
 * The reference for one side of a muscle part: the mesh of that side; else the side's half of a
 * midline mesh; else the only mesh with that id.
 */
export function referenceSide(
  byFma: ReadonlyMap<string, readonly ReferenceMesh[]>,
  fma: string,
  side: 'left' | 'right',
): SideReference | undefined {
  const list = byFma.get(fma) ?? []
  const own = list.find((m) => m.side === side[0])
  if (own) return own
  const mid = list.find((m) => m.side === 'm')
  if (mid) return halfMesh(mid, side === 'left' ? 1 : -1)
  return list.length === 1 ? list[0] : undefined
}

/**
 * The half of a mesh on one side of the midline plane x = 0 (`sign` +1: the body's left),
 * triangles crossing the plane cut exactly on it. The cut face stays open; its volume is
 * measured about points on the plane, where the open face adds nothing.
 */
export function halfMesh(m: { positions: ArrayLike<number>; indices: ArrayLike<number> }, sign: 1 | -1): SideReference {
  const P = m.positions,
    I = m.indices
  const pos: number[] = []
  const idx: number[] = []
  const keep = new Map<number, number>()
  const cut = new Map<string, number>()
  const vertex = (i: number): number => {
    let k = keep.get(i)
    if (k === undefined) {
      keep.set(i, (k = pos.length / 3))
      pos.push(P[i * 3]!, P[i * 3 + 1]!, P[i * 3 + 2]!)
    }
    return k
  }
  // The point where edge (a, b) crosses x = 0, the same whichever way round the edge is taken.
  const crossing = (a: number, b: number): number => {
    const [p, q] = a < b ? [a, b] : [b, a]
    const key = `${p},${q}`
    let k = cut.get(key)
    if (k === undefined) {
      const t = P[p * 3]! / (P[p * 3]! - P[q * 3]!)
      cut.set(key, (k = pos.length / 3))
      pos.push(
        0,
        P[p * 3 + 1]! + t * (P[q * 3 + 1]! - P[p * 3 + 1]!),
        P[p * 3 + 2]! + t * (P[q * 3 + 2]! - P[p * 3 + 2]!),
      )
    }
    return k
  }
  for (let t = 0; t < I.length; t += 3) {
    const tri = [I[t]!, I[t + 1]!, I[t + 2]!]
    const inside = tri.map((i) => sign * P[i * 3]! >= 0)
    const n = inside.filter(Boolean).length
    if (n === 0) continue
    if (n === 3) {
      idx.push(...tri.map(vertex))
      continue
    }
    // Clip the triangle to the kept side (Sutherland-Hodgman), then fan the polygon.
    const poly: number[] = []
    for (let e = 0; e < 3; e++) {
      const a = tri[e]!,
        b = tri[(e + 1) % 3]!
      if (inside[e]) poly.push(vertex(a))
      if (inside[e] !== inside[(e + 1) % 3]) poly.push(crossing(a, b))
    }
    for (let k = 1; k + 1 < poly.length; k++) idx.push(poly[0]!, poly[k]!, poly[k + 1]!)
  }
  const half = { positions: Float64Array.from(pos), indices: Uint32Array.from(idx) }
  return { ...half, volume: halfVolume(half.positions, half.indices) }
}

/**
 * Enclosed volume of a half mesh: each connected piece measured about its centroid moved onto
 * the cut plane (x = 0), where the open cut adds no volume, and counted positive.
 */
export function halfVolume(P: ArrayLike<number>, I: ArrayLike<number>): number {
  let total = 0
  for (const piece of connectedPieces(P, I)) {
    const c = surfaceCentroid(P, piece).centroid
    total += Math.abs(volumeAbout(P, piece, [0, c[1], c[2]]))
  }
  return total
}

/** A reference mesh mirrored across the midline (x -> -x), its triangles turned so that they still face out. */
export function mirroredReference(r: SideReference): SideReference {
  const positions = Float64Array.from(r.positions)
  for (let i = 0; i < positions.length; i += 3) positions[i] = -positions[i]!
  const indices = Uint32Array.from(r.indices)
  for (let t = 0; t < indices.length; t += 3) [indices[t + 1], indices[t + 2]] = [indices[t + 2]!, indices[t + 1]!]
  return { positions, indices, ...(r.volume === undefined ? {} : { volume: r.volume }) }
}
