/**
 * The generated body model's manifest (models/body.manifest.json, written by
 * scripts/build-model.ts): node names, region index table, centroids and trigger-point
 * anchors. The scene reads every coordinate from here; none is hard-coded.
 */
import manifestJson from '../../models/body.manifest.json'
import type { MuscleId } from '../data/muscles.ts'
import type { Side } from '../data/types.ts'

export type Vec3 = readonly [number, number, number]
export interface Bounds { min: Vec3; max: Vec3 }

/** One muscle on one side, as generated. */
export interface MuscleNodeInfo {
  node: string
  centroid: Vec3
  bounds: Bounds
  triggerPoints: Record<string, { position: Vec3; normal: Vec3 }>
}

export interface BodyManifest {
  version: number
  regions: readonly string[]
  skin: {
    node: string
    attribute: string
    bounds: Bounds
    /** A skin point inside each region and side, keyed `<regionId>_<l|r>` (tests, labels). */
    regionCentres: Record<string, Vec3>
  }
  muscles: Record<MuscleId, { layer: 'superficial' | 'deep'; measured: boolean; left: MuscleNodeInfo; right: MuscleNodeInfo }>
}

export const bodyManifest = manifestJson as unknown as BodyManifest

/** The generated node of a muscle on one side. */
export function muscleNode(muscle: MuscleId, side: Side): MuscleNodeInfo {
  return bodyManifest.muscles[muscle][side]
}
