/**
 * Distances between two triangle surfaces, for comparing the generated skin with the reference
 * (tests and fitting reports; Node only, no three). Points are sampled evenly by area with a
 * fixed seed, and each is measured to the nearest point of the other surface (a triangle grid
 * keeps the search local).
 */
import { addScaled, distance, dot, sub, type Vec3 } from '../generator/vec3.ts'

/** Triangles of a mesh bucketed in a uniform grid of cubes `size` metres wide. */
export class TriangleGrid {
  private readonly cells = new Map<number, number[]>()
  constructor(
    readonly positions: ArrayLike<number>,
    readonly indices: ArrayLike<number>,
    readonly size = 0.01,
  ) {
    for (let t = 0; t < indices.length / 3; t++) {
      const lo = [Infinity, Infinity, Infinity],
        hi = [-Infinity, -Infinity, -Infinity]
      for (let c = 0; c < 3; c++) {
        const v = indices[t * 3 + c]! * 3
        for (let k = 0; k < 3; k++) {
          lo[k] = Math.min(lo[k]!, positions[v + k]!)
          hi[k] = Math.max(hi[k]!, positions[v + k]!)
        }
      }
      const a = lo.map((x) => Math.floor(x / size)),
        b = hi.map((x) => Math.floor(x / size))
      for (let i = a[0]!; i <= b[0]!; i++)
        for (let j = a[1]!; j <= b[1]!; j++)
          for (let k = a[2]!; k <= b[2]!; k++) {
            const key = this.key(i, j, k)
            const list = this.cells.get(key)
            if (list) list.push(t)
            else this.cells.set(key, [t])
          }
    }
  }

  private key(i: number, j: number, k: number): number {
    return ((i + 512) * 1024 + (j + 512)) * 1024 + (k + 512)
  }

  /** Triangles in the cells overlapping the box [lo, hi]. */
  near(lo: readonly number[], hi: readonly number[]): Set<number> {
    const out = new Set<number>()
    const a = lo.map((x) => Math.floor(x / this.size)),
      b = hi.map((x) => Math.floor(x / this.size))
    for (let i = a[0]!; i <= b[0]!; i++)
      for (let j = a[1]!; j <= b[1]!; j++)
        for (let k = a[2]!; k <= b[2]!; k++) {
          const list = this.cells.get(this.key(i, j, k))
          if (list) for (const t of list) out.add(t)
        }
    return out
  }

  /** Distance from p to the nearest triangle (searching outward shell by shell up to `maxDist`), and that triangle. */
  nearest(p: readonly number[], maxDist = 0.5): { distance: number; triangle: number } {
    let best = Infinity,
      bestT = -1
    const c = p.map((x) => Math.floor(x / this.size))
    const seen = new Set<number>()
    for (let ring = 0; ring * this.size <= maxDist + this.size; ring++) {
      for (let i = c[0]! - ring; i <= c[0]! + ring; i++)
        for (let j = c[1]! - ring; j <= c[1]! + ring; j++)
          for (let k = c[2]! - ring; k <= c[2]! + ring; k++) {
            if (Math.max(Math.abs(i - c[0]!), Math.abs(j - c[1]!), Math.abs(k - c[2]!)) !== ring) continue
            const list = this.cells.get(this.key(i, j, k))
            if (!list) continue
            for (const t of list) {
              if (seen.has(t)) continue
              seen.add(t)
              const d = pointTriangleDistance(p, this.positions, this.indices, t)
              if (d < best) {
                best = d
                bestT = t
              }
            }
          }
      // Every triangle within `ring` cells has been seen: nothing unseen can be nearer than that.
      if (best <= ring * this.size) break
    }
    return { distance: best, triangle: bestT }
  }
}

/** Distance from p to triangle t (closest point by Voronoi regions, after Ericson). */
export function pointTriangleDistance(
  p: readonly number[],
  P: ArrayLike<number>,
  I: ArrayLike<number>,
  t: number,
): number {
  const at = (k: number): Vec3 => {
    const o = (I[t * 3 + k] ?? 0) * 3
    return [P[o] ?? 0, P[o + 1] ?? 0, P[o + 2] ?? 0]
  }
  const a = at(0),
    b = at(1),
    c = at(2)
  const q: Vec3 = [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0]
  const dist = (r: Vec3) => distance(q, r)
  const ab = sub(b, a),
    ac = sub(c, a),
    ap = sub(q, a)
  const d1 = dot(ab, ap),
    d2 = dot(ac, ap)
  if (d1 <= 0 && d2 <= 0) return dist(a)
  const bp = sub(q, b)
  const d3 = dot(ab, bp),
    d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return dist(b)
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return dist(addScaled(a, ab, d1 / (d1 - d3)))
  const cp = sub(q, c)
  const d5 = dot(ab, cp),
    d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return dist(c)
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return dist(addScaled(a, ac, d2 / (d2 - d6)))
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return dist(addScaled(b, sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6))))
  const den = 1 / (va + vb + vc)
  return dist(addScaled(addScaled(a, ab, vb * den), ac, vc * den))
}

/** A small fixed-seed generator (mulberry32), so samples are the same every run. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 15), z | 1)
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61)
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296
  }
}

/** About one point per `areaPerPoint` square metres, spread by area; each with the triangle it came from. */
export function sampleSurface(
  P: ArrayLike<number>,
  I: ArrayLike<number>,
  areaPerPoint: number,
  seed = 1,
): { points: number[][]; triangles: number[] } {
  const rand = random(seed)
  const points: number[][] = []
  const triangles: number[] = []
  let carry = 0
  for (let t = 0; t < I.length / 3; t++) {
    const a = I[t * 3]! * 3,
      b = I[t * 3 + 1]! * 3,
      c = I[t * 3 + 2]! * 3
    const u = [P[b]! - P[a]!, P[b + 1]! - P[a + 1]!, P[b + 2]! - P[a + 2]!],
      v = [P[c]! - P[a]!, P[c + 1]! - P[a + 1]!, P[c + 2]! - P[a + 2]!]
    const area =
      Math.hypot(u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!) / 2
    carry += area / areaPerPoint
    while (carry >= 1) {
      carry -= 1
      let r1 = rand(),
        r2 = rand()
      if (r1 + r2 > 1) {
        r1 = 1 - r1
        r2 = 1 - r2
      }
      points.push([
        P[a]! + r1 * u[0]! + r2 * v[0]!,
        P[a + 1]! + r1 * u[1]! + r2 * v[1]!,
        P[a + 2]! + r1 * u[2]! + r2 * v[2]!,
      ])
      triangles.push(t)
    }
  }
  return { points, triangles }
}
