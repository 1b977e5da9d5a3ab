/**
 * Reads the shipped body's skin (models/body-skin.glb) in model space, as the app's Skin component
 * reads it: each vertex's position (dequantised through the node's matrix), its `_REGION`
 * label, and the triangles. For Node: the scene's tests and the scripts that derive data from
 * the built model.
 *
 * It lives in tests/ because that folder is no layer of the app: the scene may not import
 * scripts/ or the generator, and the generator's scripts may not import the scene, but both may
 * read this one loader of the built file.
 */
import { modelSpacePositions, readShippedDocument, shippedGlbPaths } from './shipped-model.ts'

/** The committed skin the app ships. */
export const shippedSkinPath = shippedGlbPaths.skin

/** Skin vertices in model space (metres), a region label per vertex (regionIndex * 2 + sideBit), triangles. */
export interface ShippedSkin {
  positions: Float32Array
  labels: Uint16Array
  indices: Uint16Array | Uint32Array
}

export async function readShippedSkin(glbPath: string = shippedSkinPath): Promise<ShippedSkin> {
  const doc = await readShippedDocument(glbPath)
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
  const positions = modelSpacePositions(node, position)
  const labels = new Uint16Array(position.getCount())
  for (let i = 0; i < labels.length; i++) labels[i] = region.getScalar(i)
  return { positions, labels, indices }
}
