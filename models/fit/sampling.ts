/**
 * Surface sampling for the fitting: area-weighted random points (with face normals) on a
 * triangle mesh, from a seeded generator so that a re-fit gives the same figures.
 */
import { faceNormal } from '../generator/mesh.ts'

/** Points and unit normals, flat xyz. */
export interface SurfaceSamples {
  points: Float64Array
  normals: Float64Array
  count: number
}

/** Mulberry32: a tiny seeded PRNG (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` points spread over the surface in proportion to area. */
export function sampleSurface(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  count: number,
  seed = 1,
): SurfaceSamples {
  const nt = indices.length / 3
  const cumulative = new Float64Array(nt)
  const faceNormals = new Float64Array(nt * 3)
  let total = 0
  for (let t = 0; t < nt; t++) {
    const a = indices[t * 3]! * 3,
      b = indices[t * 3 + 1]! * 3,
      c = indices[t * 3 + 2]! * 3
    const [nx, ny, nz] = faceNormal(positions, a, b, c)
    const l = Math.hypot(nx, ny, nz)
    total += l / 2
    cumulative[t] = total
    if (l > 0) faceNormals.set([nx / l, ny / l, nz / l], t * 3)
  }
  const rand = seededRandom(seed)
  const points = new Float64Array(count * 3)
  const normals = new Float64Array(count * 3)
  for (let i = 0; i < count; i++) {
    const target = rand() * total
    let lo = 0,
      hi = nt - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < target) lo = mid + 1
      else hi = mid
    }
    let r1 = rand(),
      r2 = rand()
    if (r1 + r2 > 1) {
      r1 = 1 - r1
      r2 = 1 - r2
    }
    const a = indices[lo * 3]! * 3,
      b = indices[lo * 3 + 1]! * 3,
      c = indices[lo * 3 + 2]! * 3
    for (let k = 0; k < 3; k++)
      points[i * 3 + k] =
        positions[a + k]! + r1 * (positions[b + k]! - positions[a + k]!) + r2 * (positions[c + k]! - positions[a + k]!)
    normals.set(faceNormals.subarray(lo * 3, lo * 3 + 3), i * 3)
  }
  return { points, normals, count }
}
