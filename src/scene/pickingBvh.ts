/**
 * Picking through bounding-volume hierarchies (three-mesh-bvh). A hover or a click tests the
 * ray against every muscle under the pointer; without a BVH that is every triangle of every
 * mesh whose bounding sphere the ray crosses (hundreds of thousands on the body). Each muscle's
 * and the skin's geometry gets its BVH once, when the model loads (in slices between frames); the meshes raycast with
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
import { inSlices } from './inSlices.ts'

/** The last build: finished, how long it worked (ms, its slices together), over how many triangles. */
export const bvhBuild = { done: false, ms: 0, triangles: 0 }

function onDispose(this: BufferGeometry): void {
  disposeBoundsTree.call(this)
  this.removeEventListener('dispose', onDispose)
}

/**
 * Builds a BVH on each geometry that has none, in slices between frames (inSlices: the whole
 * body's take a long task's worth of time). Until a geometry has its BVH, a ray tests its
 * triangles one by one, slower but with the same hits. `dispose` stops the build and disposes
 * what it built; a geometry disposed on its own drops its BVH with it.
 */
export function buildBoundsTrees(geometries: Iterable<BufferGeometry>): { done: Promise<void>; dispose: () => void } {
  const built: BufferGeometry[] = []
  bvhBuild.done = false
  bvhBuild.ms = 0
  bvhBuild.triangles = 0
  const job = inSlices(
    [...geometries].filter((g) => !g.boundsTree),
    (g) => {
      const start = performance.now()
      computeBoundsTree.call(g, { indirect: true })
      g.addEventListener('dispose', onDispose)
      built.push(g)
      bvhBuild.triangles += (g.index ? g.index.count : g.getAttribute('position').count) / 3
      bvhBuild.ms += performance.now() - start
    },
  )
  return {
    done: job.done.then(() => {
      bvhBuild.done = true
    }),
    dispose: () => {
      job.cancel()
      for (const g of built) onDispose.call(g)
    },
  }
}
