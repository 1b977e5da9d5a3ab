/**
 * Reads the shipped body model (models/body-skin.glb and body-muscles.glb) as the app receives it: every node's vertex
 * positions in model space (dequantised through the node's matrix), which attributes it
 * carries, and its triangles. For Node tests; shipped-skin.ts reads the skin's labels on top.
 */
import { readFileSync } from 'node:fs'
import { NodeIO, type Accessor, type Document, type Node } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import { modelFilePaths } from '../models/generator/model-files.ts'

/** The committed model the app ships: its skin and its muscles. */
export const shippedGlbPaths = modelFilePaths

/** One shipped file, decoded. */
export async function readShippedDocument(glbPath: string): Promise<Document> {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  return io.readBinary(readFileSync(glbPath))
}

/** A node's POSITION accessor in model space (metres), dequantised through the node's matrix. */
export function modelSpacePositions(node: Node, position: Accessor): Float32Array {
  const m = node.getWorldMatrix()
  const count = position.getCount()
  const out = new Float32Array(count * 3)
  const p = [0, 0, 0]
  for (let i = 0; i < count; i++) {
    position.getElement(i, p)
    const [x = 0, y = 0, z = 0] = p
    for (let k = 0; k < 3; k++)
      out[i * 3 + k] = (m[k] ?? 0) * x + (m[4 + k] ?? 0) * y + (m[8 + k] ?? 0) * z + (m[12 + k] ?? 0)
  }
  return out
}

/** One shipped mesh node. */
export interface ShippedMesh {
  positions: Float32Array
  /** The vertex attributes it carries (glTF semantics). */
  attributes: string[]
}

/** Every mesh node of the shipped model (both files) by name. */
export async function readShippedMeshes(): Promise<Map<string, ShippedMesh>> {
  const out = new Map<string, ShippedMesh>()
  for (const path of Object.values(shippedGlbPaths))
    for (const node of (await readShippedDocument(path)).getRoot().listNodes()) {
      const prim = node.getMesh()?.listPrimitives()[0]
      const position = prim?.getAttribute('POSITION')
      if (!prim || !position) continue
      out.set(node.getName(), { positions: modelSpacePositions(node, position), attributes: prim.listSemantics() })
    }
  return out
}
