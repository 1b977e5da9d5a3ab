/**
 * Muscles that must lie under another one. Each is fitted to its own reference mesh, and where
 * two thin muscles lie flat on each other the few tenths of a millimetre each fit is off can
 * put the deep one in front: the serratus posterior inferior showed through the latissimus
 * dorsi as two ovals on the lower back. For each pair, every vertex of the deep muscle is
 * looked at along the line from the skin straight in: where the covering muscle lies on that
 * line at or below the vertex, the vertex is moved just under it.
 */
import { DoubleSide, Ray, Vector3 } from 'three'
import { applyShifts, carryAcross, noShifts } from './grid-shift.ts'
import { mergeMeshes, type TriangleMesh } from './mesh.ts'
import { meshBvh } from './nearest-surface.ts'
import type { TubeGrid } from './muscle-shape.ts'
import type { SkinProbe } from './skin-clearance.ts'

/**
 * [deep, covering]: the first lies under the second wherever the second covers it (Gray's
 * Anatomy). Chosen by eye from the atlas views and a one-off scan (deep-layer vertices in front
 * of superficial muscles), keeping only pairs where the deeper muscle lies under the other
 * everywhere they overlap; the layer labels alone cannot say this (seen from the back the
 * subscapularis lies in front of the serratus anterior, rightly). Long muscles wrapped by
 * another (vastus intermedius in the other vasti, brachialis under the biceps, plantaris,
 * peroneus brevis, extensor indicis) are left out: the line in from the skin is the wrong
 * test where one muscle curls round another, and pushing them moved them 5-22 mm off the
 * reference.
 */
export const coveredBy: readonly (readonly [string, string])[] = [
  // Its aponeurosis blends with the thoracolumbar fascia under the latissimus dorsi.
  ['serratus_posterior_inferior', 'latissimus_dorsi'],
  // The clavipectoral layer lies under the pectoralis major.
  ['pectoralis_minor', 'pectoralis_major'],
  ['subclavius', 'pectoralis_major'],
  // The supraspinatus tendon runs under the deltoid to the greater tubercle.
  ['supraspinatus', 'deltoid'],
  ['semispinalis_capitis', 'upper_trapezius'],
  ['gluteus_minimus', 'gluteus_medius'],
  // It lies on the back of the knee joint, under the heads of the gastrocnemius.
  ['popliteus', 'gastrocnemius'],
  // The external intercostals fill the spaces between the ribs, under every muscle on the
  // chest wall: the pectorals in front, the serratus anterior and external oblique on the side,
  // the latissimus dorsi, serratus posterior superior and iliocostalis behind.
  ['intercostals', 'pectoralis_major'],
  ['intercostals', 'pectoralis_minor'],
  ['intercostals', 'serratus_anterior'],
  ['intercostals', 'external_oblique'],
  ['intercostals', 'latissimus_dorsi'],
  ['intercostals', 'serratus_posterior_superior'],
  ['intercostals', 'iliocostalis_thoracis'],
]

/** How far under the covering muscle a moved vertex goes, metres. */
const gap = 0.0008
/** How far below the deep vertex the covering muscle is still looked for, metres. */
const reach = 0.015

/**
 * Moves the vertices of the `deep` grids that lie in or in front of the `cover` grids to just
 * behind them, each with the vertex across its thickness (around 0.5 - v), so the deep muscle
 * is pushed in whole rather than squashed. Returns how many moved. Mutates the grids and
 * recomputes their normals.
 */
export function keepUnder(probe: SkinProbe, deep: readonly TubeGrid[], cover: readonly TriangleMesh[]): number {
  const bvh = meshBvh(mergeMeshes(cover))
  const ray = new Ray()
  let moved = 0
  for (const mesh of deep) {
    const p = mesh.positions
    const s = noShifts(p.length / 3)
    for (let i = 0; i < p.length / 3; i++) {
      const at = new Vector3(p[i * 3], p[i * 3 + 1], p[i * 3 + 2])
      const skin = probe([at.x, at.y, at.z]).nearest
      const inward = at.clone().sub(skin)
      const depth = inward.length()
      if (depth < 1e-6) continue
      inward.divideScalar(depth)
      ray.set(skin, inward)
      let deepest = -Infinity
      for (const hit of bvh.raycast(ray, DoubleSide))
        if (hit.distance <= depth + reach) deepest = Math.max(deepest, hit.distance)
      if (deepest < depth - gap) continue
      const by = deepest + gap - depth
      for (let k = 0; k < 3; k++) s.shift[i * 3 + k] = by * inward.getComponent(k)
      s.size[i] = by
    }
    carryAcross(s, mesh)
    moved += applyShifts(mesh, s)
  }
  return moved
}
