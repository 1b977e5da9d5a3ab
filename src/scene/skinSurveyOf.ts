/**
 * The survey of the live skin mesh (see skinSurvey.ts), worked out the first time the camera or
 * a test asks, then kept with the geometry.
 */
import { Vector3, type BufferAttribute, type BufferGeometry, type Matrix4 } from 'three'
import { labelCount } from './referredPainZones.ts'
import { surveySkin, type SkinSurvey } from './skinSurvey.ts'

const surveys = new WeakMap<BufferGeometry, SkinSurvey>()

/** The skin's survey in model space (the node's matrix undoes the glb's quantisation). */
export function skinSurveyOf(geometry: BufferGeometry, matrix: Matrix4): SkinSurvey | null {
  const cached = surveys.get(geometry)
  if (cached) return cached
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
  const survey = surveySkin({ positions, labels, indices }, labelCount)
  surveys.set(geometry, survey)
  return survey
}
