/**
 * Enclosed volume of a reference mesh that may be broken. BodyParts3D meshes are simplified
 * and some come in many pieces, a few with their faces turned inward (multifidus: 126 pieces,
 * half of them inside out), so one signed sum cancels pieces against each other. Here each
 * connected piece (vertices welded by position) is measured about its own centroid and counted
 * positive. Overlapping pieces still count twice (latissimus dorsi): the report says so.
 */
import { signedVolume, surfaceCentroid } from '../generator/mesh.ts'

/** Triangle lists of the connected pieces of a mesh (vertices welded at 1 µm). */
export function connectedPieces(P: ArrayLike<number>, I: ArrayLike<number>): Uint32Array[] {
  const weld = new Map<string, number>()
  const wid = new Int32Array(P.length / 3)
  for (let i = 0; i < wid.length; i++) {
    const k = `${Math.round(P[i * 3]! * 1e6)},${Math.round(P[i * 3 + 1]! * 1e6)},${Math.round(P[i * 3 + 2]! * 1e6)}`
    let w = weld.get(k)
    if (w === undefined) weld.set(k, (w = weld.size))
    wid[i] = w
  }
  const parent = Int32Array.from({ length: weld.size }, (_, i) => i)
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!
    return x
  }
  for (let t = 0; t < I.length; t += 3) {
    const a = find(wid[I[t]!]!)
    parent[find(wid[I[t + 1]!]!)] = a
    parent[find(wid[I[t + 2]!]!)] = a
  }
  const pieces = new Map<number, number[]>()
  for (let t = 0; t < I.length; t += 3) {
    const root = find(wid[I[t]!]!)
    const list = pieces.get(root) ?? []
    list.push(I[t]!, I[t + 1]!, I[t + 2]!)
    pieces.set(root, list)
  }
  return [...pieces.values()].map((l) => Uint32Array.from(l))
}

/** Signed volume measured about `centre`, so that a mesh with small gaps still measures sensibly. */
export function volumeAbout(P: ArrayLike<number>, I: ArrayLike<number>, centre: readonly number[]): number {
  const Q = Float64Array.from(P)
  for (let i = 0; i < Q.length; i += 3) for (let k = 0; k < 3; k++) Q[i + k] = Q[i + k]! - centre[k]!
  return signedVolume(Q, I)
}

/** Sum of the pieces' volumes, each about its own centroid and taken positive (m³). */
export function pieceVolume(P: ArrayLike<number>, I: ArrayLike<number>): number {
  let total = 0
  for (const piece of connectedPieces(P, I))
    total += Math.abs(volumeAbout(P, piece, surfaceCentroid(P, piece).centroid))
  return total
}
