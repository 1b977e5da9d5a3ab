/**
 * Reads the shipped body's skin (models/body.glb) in model space, as the app reads it: each
 * vertex's position (dequantised through the node's matrix) and its `_REGION` label. For
 * scripts and tests that run in Node.
 */
import { readFileSync } from 'node:fs'
import { NodeIO } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import type { LabelledSkin } from '../src/anatomy/trigger-point-skin.ts'

export async function readShippedSkin(glbPath: string): Promise<LabelledSkin> {
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
  if (!node || !position || !region) throw new Error(`${glbPath}: no skin node with POSITION and _REGION`)
  const m = node.getWorldMatrix()
  const count = position.getCount()
  const positions = new Float32Array(count * 3)
  const labels = new Uint16Array(count)
  const p = [0, 0, 0]
  for (let i = 0; i < count; i++) {
    position.getElement(i, p)
    for (let k = 0; k < 3; k++)
      positions[i * 3 + k] = m[k]! * p[0]! + m[4 + k]! * p[1]! + m[8 + k]! * p[2]! + m[12 + k]!
    labels[i] = region.getScalar(i)
  }
  return { positions, labels }
}
