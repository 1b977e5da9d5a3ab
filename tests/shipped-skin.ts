/**
 * Reads the shipped body's skin (models/body.glb) in model space, as the app's Skin component
 * reads it: each vertex's position (dequantised through the node's matrix), its `_REGION`
 * label, and the triangles. For Node: the scene's tests and the scripts that derive data from
 * the built model.
 *
 * It lives in tests/ because that folder is no layer of the app: the scene may not import
 * scripts/ or the generator, and the generator's scripts may not import the scene, but both may
 * read this one loader of the built file.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { NodeIO } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'

/** The committed model the app ships. */
export const shippedGlbPath = resolve(import.meta.dirname, '../models/body.glb')

/** Skin vertices in model space (metres), a region label per vertex (regionIndex * 2 + sideBit), triangles. */
export interface ShippedSkin {
  positions: Float32Array
  labels: Uint16Array
  indices: Uint16Array | Uint32Array
}

export async function readShippedSkin(glbPath: string = shippedGlbPath): Promise<ShippedSkin> {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = await io.readBinary(readFileSync(glbPath))
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => n.getName() === 'skin')
  const prim = node?.getMesh()?.listPrimitives()[0]
  const position = prim?.getAttribute('POSITION')
  const region = prim?.getAttribute('_REGION')
  const indices = prim?.getIndices()?.getArray()
  if (!node || !position || !region || !(indices instanceof Uint16Array || indices instanceof Uint32Array))
    throw new Error(`${glbPath}: no skin node with POSITION, _REGION and 16- or 32-bit indices`)
  const m = node.getWorldMatrix()
  const count = position.getCount()
  const positions = new Float32Array(count * 3)
  const labels = new Uint16Array(count)
  const p = [0, 0, 0]
  for (let i = 0; i < count; i++) {
    position.getElement(i, p)
    const [x = 0, y = 0, z = 0] = p
    for (let k = 0; k < 3; k++)
      positions[i * 3 + k] = (m[k] ?? 0) * x + (m[4 + k] ?? 0) * y + (m[8 + k] ?? 0) * z + (m[12 + k] ?? 0)
    labels[i] = region.getScalar(i)
  }
  return { positions, labels, indices }
}
