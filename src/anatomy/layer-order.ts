/**
 * Muscles that must lie under another one. Each is fitted to its own reference mesh, and where
 * two thin muscles lie flat on each other the few tenths of a millimetre each fit is off can
 * put the deep one in front: the serratus posterior inferior showed through the latissimus
 * dorsi as two ovals on the lower back. For each pair, every vertex of the deep muscle is
 * looked at along the line from the skin straight in: where the covering muscle lies on that
 * line at or below the vertex, the vertex is moved just under it.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import { mergeMeshes, vertexNormals, type TriangleMesh } from './mesh.ts'
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
  const merged = mergeMeshes(cover)
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(merged.positions, 3))
  g.setIndex(new BufferAttribute(merged.indices, 1))
  const bvh = new MeshBVH(g)
  const ray = new Ray()
  let moved = 0
  for (const mesh of deep) {
    const p = mesh.positions
    const n = p.length / 3
    const shift = new Float64Array(n * 3)
    const size = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      const at = new Vector3(p[i * 3], p[i * 3 + 1], p[i * 3 + 2])
      const skin = probe([at.x, at.y, at.z]).nearest
      const inward = at.clone().sub(skin)
      const depth = inward.length()
      if (depth < 1e-6) continue
      inward.divideScalar(depth)
      ray.set(skin, inward)
      let deepest = -Infinity
      for (const hit of bvh.raycast(ray, DoubleSide)) if (hit.distance <= depth + reach) deepest = Math.max(deepest, hit.distance)
      if (deepest < depth - gap) continue
      const by = deepest + gap - depth
      for (let k = 0; k < 3; k++) shift[i * 3 + k] = by * inward.getComponent(k)
      size[i] = by
    }
    const own = Float64Array.from(size)
    for (let r = 1; r <= mesh.along; r++) {
      for (let j = 0; j < mesh.around; j++) {
        const i = 1 + (r - 1) * mesh.around + j
        const across = 1 + (r - 1) * mesh.around + ((((Math.round(mesh.around / 2) - j) % mesh.around) + mesh.around) % mesh.around)
        if (own[i]! > size[across]!) {
          for (let k = 0; k < 3; k++) shift[across * 3 + k] = shift[i * 3 + k]!
          size[across] = own[i]!
        }
      }
    }
    let changed = false
    for (let i = 0; i < n; i++) {
      if (size[i] === 0) continue
      for (let k = 0; k < 3; k++) p[i * 3 + k] = p[i * 3 + k]! + shift[i * 3 + k]!
      changed = true
      moved++
    }
    if (changed) mesh.normals.set(vertexNormals(mesh.positions, mesh.indices))
  }
  return moved
}
