/**
 * Measuring tools for the muscles shaped from description: find a reference part by name,
 * pick its vertices, take extremes and means, and cast rays at its surface. They read the
 * reference only to measure positions; nothing of its geometry is kept but the few
 * landmark points each recipe prints and uses.
 */
import { add, cross, dot, scale, type MutableVec3 as V } from '../generator/vec3.ts'
import type { ReferenceMesh } from '../scripts/reference.ts'

/** A point or direction, metres, model frame; the vector helpers are the generator's own. */
export { add, cross, dot, lerp, normalize as unit, scale, sub, type MutableVec3 as V } from '../generator/vec3.ts'
/** The mean of some points. */
export const mean = (ps: readonly V[]): V =>
  ps.reduce<V>((s, p) => [s[0] + p[0] / ps.length, s[1] + p[1] / ps.length, s[2] + p[2] / ps.length], [0, 0, 0])
/** The point that goes furthest in direction `d`. */
export const extreme = (ps: readonly V[], d: V): V => ps.reduce((a, b) => (dot(b, d) > dot(a, d) ? b : a))
/** A point as text, for the fit log. */
export const show = (p: V): string => `(${p.map((x) => x.toFixed(4)).join(', ')})`

/** The reference part whose node name contains `fragment` (e.g. 'hip_bone_l'). */
export function part(meshes: Map<string, ReferenceMesh>, fragment: string): ReferenceMesh {
  for (const [name, m] of meshes) if (name.includes(fragment)) return m
  throw new Error(`landmarks: no reference node matching ${fragment}`)
}

/** The vertices of a mesh that pass `keep`. */
export function points(m: ReferenceMesh, keep: (p: V) => boolean = () => true): V[] {
  const out: V[] = []
  for (let i = 0; i < m.positions.length; i += 3) {
    const p: V = [m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]
    if (keep(p)) out.push(p)
  }
  return out
}

/**
 * Distances along the ray `from + t * dir` (t > 0, `dir` a unit vector) at which it crosses the
 * meshes' triangles, sorted (Moller-Trumbore).
 */
export function rayHits(meshes: readonly ReferenceMesh[], from: V, dir: V): number[] {
  const out: number[] = []
  for (const m of meshes) {
    const p = m.positions
    const idx = m.indices
    for (let t = 0; t < idx.length; t += 3) {
      const a = idx[t]! * 3,
        b = idx[t + 1]! * 3,
        c = idx[t + 2]! * 3
      const e1: V = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!]
      const e2: V = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!]
      const h = cross(dir, e2)
      const det = dot(e1, h)
      if (Math.abs(det) < 1e-14) continue
      const s: V = [from[0] - p[a]!, from[1] - p[a + 1]!, from[2] - p[a + 2]!]
      const u = dot(s, h) / det
      if (u < 0 || u > 1) continue
      const q = cross(s, e1)
      const v = dot(dir, q) / det
      if (v < 0 || u + v > 1) continue
      const dist = dot(e2, q) / det
      if (dist > 0) out.push(dist)
    }
  }
  return out.sort((x, y) => x - y)
}

/** Where the ray leaves the meshes for the last time (their outer surface), or null. */
export function outermostHit(meshes: readonly ReferenceMesh[], from: V, dir: V): V | null {
  const hits = rayHits(meshes, from, dir)
  return hits.length ? add(from, scale(dir, hits[hits.length - 1]!)) : null
}
