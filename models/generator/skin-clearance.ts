/**
 * Keeps muscles under the skin. Skin and muscles are fitted separately, each to within about
 * a millimetre of the reference, so where a muscle lies just under the skin (the platysma, the
 * obliques, the shin tendons) a few of its vertices can end up outside it and show through.
 * `skinClearance` measures that; `keepUnderSkin` moves such vertices back to just under the
 * skin before the build writes the model.
 *
 * Our skin is a union of closed, overlapping segments (trunk, limbs, head…), so "inside the
 * body" means inside any of them: the winding number along a ray (each crossing +1 leaving,
 * -1 entering) is positive; three skew rays vote, in case one grazes an edge.
 */
import { DoubleSide, Ray, Vector3 } from 'three'
import { applyShifts, carryAcross, noShifts, type GridLayout } from './grid-shift.ts'
import type { TriangleMesh } from './mesh.ts'
import { meshBvh, nearestSurface } from './nearest-surface.ts'

const directions = [
  new Vector3(1, 0.31, 0.17).normalize(),
  new Vector3(-0.23, 1, 0.41).normalize(),
  new Vector3(0.37, -0.19, 1).normalize(),
]

/** Where a point stands against the skin: whether it is outside, how far, and the nearest skin point. */
export type SkinProbe = (p: readonly number[]) => { outside: boolean; distance: number; nearest: Vector3 }

export function skinProbe(skin: { positions: ArrayLike<number>; indices: ArrayLike<number> }): SkinProbe {
  const near = nearestSurface(skin)
  const bvh = meshBvh(skin)
  const ray = new Ray()
  return (p) => {
    const { distance, point } = near(p)
    let votes = 0
    for (const d of directions) {
      ray.set(new Vector3(p[0], p[1], p[2]), d)
      let winding = 0
      for (const hit of bvh.raycast(ray, DoubleSide)) winding += hit.face!.normal.dot(d) > 0 ? 1 : -1
      if (winding > 0) votes++
    }
    return { outside: votes < 2, distance, nearest: point }
  }
}

export interface SkinClearance {
  node: string
  vertices: number
  /** Vertices more than `tolerance` outside the skin. */
  outside: number
  /** How far the farthest one sticks out, mm (0 when none does). */
  worstMm: number
}

/** Each node's vertices outside the skin by more than `tolerance` metres. */
export function skinClearance(
  probe: SkinProbe,
  nodes: readonly { name: string; mesh: TriangleMesh }[],
  tolerance = 0.001,
): SkinClearance[] {
  return nodes.map(({ name, mesh }) => {
    let outside = 0,
      worst = 0
    for (let v = 0; v < mesh.positions.length; v += 3) {
      const r = probe([mesh.positions[v]!, mesh.positions[v + 1]!, mesh.positions[v + 2]!])
      if (!r.outside || r.distance <= tolerance) continue
      outside++
      worst = Math.max(worst, r.distance)
    }
    return { node: name, vertices: mesh.positions.length / 3, outside, worstMm: worst * 1000 }
  })
}

/**
 * Moves every vertex of `mesh` that lies outside the skin (or within `margin` under it) to
 * `margin` metres under the skin's nearest point, and recomputes the normals. Returns how many
 * moved. With the grid `layout`, the vertex across the muscle's thickness (around 0.5 - v: the
 * deep face under a superficial one) moves with it, so a thin sheet just under the skin is
 * pushed in whole instead of squashed. Deterministic: same input, same output.
 */
export function keepUnderSkin(
  probe: SkinProbe,
  mesh: { positions: Float32Array; normals: Float32Array; indices: ArrayLike<number> },
  margin = 0.0008,
  layout?: GridLayout,
): number {
  const p = mesh.positions
  const s = noShifts(p.length / 3)
  for (let v = 0; v < p.length; v += 3) {
    const r = probe([p[v]!, p[v + 1]!, p[v + 2]!])
    if (!r.outside && r.distance >= margin) continue
    // Inward: from an outside point through the skin; for a point just inside, deeper still.
    const dx = r.nearest.x - p[v]!,
      dy = r.nearest.y - p[v + 1]!,
      dz = r.nearest.z - p[v + 2]!
    const l = Math.hypot(dx, dy, dz)
    if (l < 1e-9) continue
    const sign = r.outside ? 1 : -1
    s.shift[v] = r.nearest.x + (sign * dx * margin) / l - p[v]!
    s.shift[v + 1] = r.nearest.y + (sign * dy * margin) / l - p[v + 1]!
    s.shift[v + 2] = r.nearest.z + (sign * dz * margin) / l - p[v + 2]!
    s.size[v / 3] = Math.hypot(s.shift[v]!, s.shift[v + 1]!, s.shift[v + 2]!)
  }
  if (layout) carryAcross(s, layout)
  const moved = applyShifts(mesh, s)
  // A vertex carried along across a thin part (a finger's tendon) can come out on the far
  // side: one more pass, vertex by vertex, puts it back.
  if (layout && moved > 0) keepUnderSkin(probe, mesh, margin)
  return moved
}
