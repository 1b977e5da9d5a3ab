/**
 * Reads the BodyParts3D measurement reference in ../shared/anatomy-reference/ (Node only).
 * Used by the fitting tools (run by hand) and by the tests that compare our generated model
 * with the reference. The body-model build never imports this file: the generator must not
 * read ../shared, and a clone without it builds the identical model.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { NodeIO, type Node as GltfNode } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'

/** Where the reference lives, relative to the project root. */
export const referenceDir = resolve(import.meta.dirname, '../../../shared/anatomy-reference')

/** True when the reference pack is present (it is in CI; a bare clone may lack it). */
export function hasReference(): boolean {
  return existsSync(resolve(referenceDir, 'muscles.glb'))
}

/** A reference mesh in world coordinates (metres, +Y up, +Z anterior, +X body's left). */
export interface ReferenceMesh {
  name: string
  fma: string
  side: 'l' | 'r' | 'm'
  positions: Float64Array
  indices: Uint32Array
}

/** Loads every mesh of one reference file ('muscles.glb', 'skin.glb' or 'skeleton.glb'). */
export async function loadReference(
  file: 'muscles.glb' | 'skin.glb' | 'skeleton.glb',
): Promise<Map<string, ReferenceMesh>> {
  await MeshoptDecoder.ready
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = await io.read(resolve(referenceDir, file))
  const out = new Map<string, ReferenceMesh>()
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh) continue
    const prim = mesh.listPrimitives()[0]
    const pos = prim?.getAttribute('POSITION')
    const idx = prim?.getIndices()
    if (!prim || !pos || !idx) continue
    const extras = node.getExtras() as { fma?: string; side?: string }
    out.set(node.getName(), {
      name: node.getName(),
      fma: String(extras.fma ?? ''),
      side: extras.side === 'l' || extras.side === 'r' ? extras.side : 'm',
      positions: worldPositions(node),
      indices: Uint32Array.from(idx.getArray() ?? []),
    })
  }
  return out
}

/** Applies the node's world matrix (which carries the de-quantisation) to POSITION. */
function worldPositions(node: GltfNode): Float64Array {
  const m = node.getWorldMatrix()
  const pos = node.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!
  const n = pos.getCount()
  const out = new Float64Array(n * 3)
  const v = [0, 0, 0]
  for (let i = 0; i < n; i++) {
    pos.getElement(i, v)
    const [x, y, z] = v as [number, number, number]
    out[i * 3] = m[0] * x + m[4] * y + m[8] * z + m[12]
    out[i * 3 + 1] = m[1] * x + m[5] * y + m[9] * z + m[13]
    out[i * 3 + 2] = m[2] * x + m[6] * y + m[10] * z + m[14]
  }
  return out
}
