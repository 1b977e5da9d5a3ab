/**
 * Picking through bounding-volume hierarchies (three-mesh-bvh). A hover or a click tests the
 * ray against every muscle under the pointer; without a BVH that is every triangle of every
 * mesh whose bounding sphere the ray crosses (hundreds of thousands on the body). Each muscle's
 * and the skin's geometry gets its BVH once, when the model loads; the meshes raycast with
 * `acceleratedRaycast`, which keeps every hit along the ray (the raycaster's `firstHitOnly` is
 * never set), so clicking the same spot again still reaches the muscle behind.
 *
 * The BVHs are built `indirect`: they keep their own triangle order and leave the geometry's
 * index untouched. The model shares one index accessor between a muscle's left and right
 * meshes (same topology), so a BVH that reordered the index in place for one side would
 * silently corrupt the other side's picking.
 */
import type { BufferGeometry } from 'three'
import { computeBoundsTree, disposeBoundsTree } from 'three-mesh-bvh'

/** How long the last build took (ms) and over how many triangles, for the benchmark. */
export const bvhBuild = { ms: 0, triangles: 0 }

function onDispose(this: BufferGeometry): void {
  disposeBoundsTree.call(this)
  this.removeEventListener('dispose', onDispose)
}

/**
 * Builds a BVH on each geometry that has none, and returns a function that disposes them. A
 * geometry disposed on its own drops its BVH with it.
 */
export function buildBoundsTrees(geometries: Iterable<BufferGeometry>): () => void {
  const start = performance.now()
  const built: BufferGeometry[] = []
  let triangles = 0
  for (const g of geometries) {
    if (g.boundsTree) continue
    computeBoundsTree.call(g, { indirect: true })
    g.addEventListener('dispose', onDispose)
    built.push(g)
    triangles += (g.index ? g.index.count : g.getAttribute('position').count) / 3
  }
  bvhBuild.ms = performance.now() - start
  bvhBuild.triangles = triangles
  return () => {
    for (const g of built) onDispose.call(g)
  }
}
