/**
 * The survey of the live skin mesh (see skinSurvey.ts), worked out the first time the camera or
 * a test asks, then kept with the geometry.
 */
import type { BufferGeometry, Matrix4 } from 'three'
import { labelCount } from './referredPainZones.ts'
import { surveySkin, type SkinSurvey } from './skinSurvey.ts'
import { skinInModelSpace } from './skinInModelSpace.ts'

const surveys = new WeakMap<BufferGeometry, SkinSurvey>()

/** The skin's survey in model space (the node's matrix undoes the glb's quantisation). */
export function skinSurveyOf(geometry: BufferGeometry, matrix: Matrix4): SkinSurvey | null {
  const cached = surveys.get(geometry)
  if (cached) return cached
  const mesh = skinInModelSpace(geometry, matrix)
  if (!mesh) return null
  const survey = surveySkin(mesh, labelCount)
  surveys.set(geometry, survey)
  return survey
}
