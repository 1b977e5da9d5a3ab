/**
 * The live skin mesh read back in model space: what the pain-area measure and the camera's
 * survey both start from (the glb's quantisation is undone by the node's matrix).
 */
import { Vector3, type BufferAttribute, type BufferGeometry, type Matrix4 } from 'three'
import type { SkinMesh } from './skinSurvey.ts'

/** The skin's positions (model space), region labels and triangles, or null without labels. */
export function skinInModelSpace(geometry: BufferGeometry, matrix: Matrix4): SkinMesh | null {
  const pos = geometry.getAttribute('position') as BufferAttribute | undefined
  const lab = geometry.getAttribute('_region') as BufferAttribute | undefined
  if (!pos || !lab) return null
  const positions = new Float32Array(pos.count * 3)
  const labels = new Uint16Array(pos.count)
  const v = new Vector3()
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(matrix)
    positions[i * 3] = v.x
    positions[i * 3 + 1] = v.y
    positions[i * 3 + 2] = v.z
    labels[i] = lab.getX(i)
  }
  const indices = geometry.index?.array ?? Uint32Array.from({ length: pos.count }, (_, i) => i)
  return { positions, labels, indices }
}
