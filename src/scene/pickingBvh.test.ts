import { describe, expect, it } from 'vitest'
import {
  BufferAttribute,
  BufferGeometry,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  Raycaster,
  SphereGeometry,
  Vector3,
} from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { buildBoundsTrees } from './pickingBvh.ts'

/**
 * Two meshes whose geometries share one index, as the model's left and right muscles do,
 * at two places along a ray (the second behind the first), like two muscle layers.
 */
function layers(): { front: Mesh; back: Mesh } {
  const sphere = new SphereGeometry(0.5, 24, 16)
  const index = sphere.index!
  // Different shapes over one topology, as a left and a right muscle are.
  const make = (z: number) => {
    const g = new BufferGeometry()
    const position = sphere.getAttribute('position').clone()
    if (z !== 0)
      for (let i = 0; i < position.count; i++)
        position.setXYZ(i, position.getY(i) * 1.3, position.getX(i) * 0.9, position.getZ(i))
    g.setAttribute('position', position)
    g.setIndex(index) // shared, not copied
    const mesh = new Mesh(g, new MeshBasicMaterial())
    mesh.matrixAutoUpdate = false
    mesh.matrix.copy(new Matrix4().makeTranslation(0, 0, z))
    mesh.updateMatrixWorld(true)
    return mesh
  }
  return { front: make(0), back: make(-2) }
}

function hits(meshes: Mesh[], raycast: Mesh['raycast'], x: number, y: number): string[] {
  const raycaster = new Raycaster(new Vector3(x, y, 5), new Vector3(0, 0, -1))
  for (const m of meshes) m.raycast = raycast
  return raycaster
    .intersectObjects(meshes, false)
    .map((h) => `${h.object === meshes[0] ? 'front' : 'back'} ${h.distance.toFixed(4)} ${h.face?.a}`)
}

describe('picking through BVHs', () => {
  it('finds every hit three finds, in the same order, even where geometries share an index', async () => {
    const { front, back } = layers()
    const meshes = [front, back]
    const points = [
      [0, 0],
      [0.2, 0.1],
      [-0.3, 0.25],
      [0.45, 0],
      [0.1, -0.4],
    ] as const
    // Installed back on each mesh as its own method (hits() assigns it), so `this` is that mesh.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const plain = points.map(([x, y]) => hits(meshes, Mesh.prototype.raycast, x, y))
    const build = buildBoundsTrees([front.geometry, back.geometry])
    await build.done
    expect(front.geometry.boundsTree).toBeDefined()
    const fast = points.map(([x, y]) => hits(meshes, acceleratedRaycast, x, y))
    expect(fast).toEqual(plain)
    // Click-through needs every layer along the ray: both spheres.
    expect(fast[0]).toHaveLength(2)
    build.dispose()
    expect(front.geometry.boundsTree).toBeFalsy()
  })

  it('drops a BVH when its geometry is disposed', async () => {
    const { front } = layers()
    await buildBoundsTrees([front.geometry]).done
    expect(front.geometry.boundsTree).toBeDefined()
    front.geometry.dispose()
    expect(front.geometry.boundsTree).toBeFalsy()
  })
})

// Keep the shared index honest: the test above means nothing if the index were copied.
it('the two test meshes really share one index', () => {
  const { front, back } = layers()
  expect(front.geometry.index).toBe(back.geometry.index as BufferAttribute)
})
