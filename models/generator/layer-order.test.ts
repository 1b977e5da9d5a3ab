// @vitest-environment node
/**
 * Muscles lie on each other in the right order where two thin ones overlap: nowhere does the
 * deep muscle of a `coveredBy` pair come in front of the one covering it, on either side.
 */
import { DoubleSide, Ray, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { muscleNodeName } from './body-model.ts'
import { figures } from './figures.ts'
import { coveredBy } from './layer-order.ts'
import { muscleMesh } from './muscle-shape.ts'
import type { TriangleMesh } from './mesh.ts'
import { meshBvh } from './nearest-surface.ts'
import { skinProbe } from './skin-clearance.ts'
import { generateSkin } from './skin.ts'
import { builtBodyModel } from './test-model.ts'

describe('layer order', () => {
  const skin = generateSkin()
  const probe = skinProbe(skin)

  /** Vertices of `deep` with `cover` at or under them on the line in from the skin. */
  function inFront(deep: TriangleMesh, cover: TriangleMesh): number {
    const bvh = meshBvh(cover)
    let count = 0
    for (let v = 0; v < deep.positions.length; v += 3) {
      const at = new Vector3(deep.positions[v], deep.positions[v + 1], deep.positions[v + 2])
      const from = probe([at.x, at.y, at.z]).nearest
      const depth = at.distanceTo(from)
      const hits = bvh.raycast(new Ray(from, at.clone().sub(from).normalize()), DoubleSide)
      if (hits.some((h) => h.distance > depth + 0.0004 && h.distance < depth + 0.015)) count++
    }
    return count
  }

  it('keeps each deep muscle under the one covering it, on both sides', () => {
    // Built with the same skin, once per test run (test-model.ts).
    const model = builtBodyModel()
    const node = (id: string, side: 'left' | 'right') =>
      model.muscles.find((n) => n.name === muscleNodeName(id, side))!.mesh
    for (const [deep, cover] of coveredBy) {
      for (const side of ['left', 'right'] as const)
        expect(inFront(node(deep, side), node(cover, side)), `${deep} in front of ${cover}, ${side}`).toBe(0)
    }
  }, 60_000)

  it('is needed: the fitted shapes alone put the serratus posterior inferior in front of the latissimus', () => {
    const raw = (id: string) => muscleMesh(figures.muscles[id]!, 'left')
    expect(inFront(raw('serratus_posterior_inferior'), raw('latissimus_dorsi'))).toBeGreaterThan(10)
  }, 60_000)
})
