/**
 * The generated body model's manifest (models/body.manifest.json, written by
 * models/scripts/build-model.ts): node names, region index table, centroids and trigger-point
 * anchors. The scene reads every coordinate from here; none is hard-coded.
 */
import manifestJson from '../../models/body.manifest.json'
import type { MuscleId } from '../data/muscles.ts'
import type { Side } from '../data/types.ts'
import type {
  BodyManifest as GeneratedManifest,
  ManifestMuscle,
  ManifestMuscleSide,
} from '../../models/generator/manifest.ts'

export type { ManifestBounds as Bounds } from '../../models/generator/manifest.ts'

/** A point of the model (metres). */
export type Vec3 = readonly [number, number, number]

/** The generated manifest (its type lives with the generator), with muscles keyed by `MuscleId`. */
export type BodyManifest = Omit<GeneratedManifest, 'muscles'> & { muscles: Record<MuscleId, ManifestMuscle> }

export const bodyManifest = manifestJson as unknown as BodyManifest

/** The generated node of a muscle on one side. */
export function muscleNode(muscle: MuscleId, side: Side): ManifestMuscleSide {
  return bodyManifest.muscles[muscle][side]
}
