/**
 * The body-model manifest (models/body.manifest.json): what the app needs to know about the
 * glb without reading its geometry: region table, node names, centroids, bounds, and the 3D
 * anchor of every trigger point and tender point. Numbers are metres rounded to 0.1 mm.
 */

/** A point in the model frame (metres, +Y up, +Z anterior, +X the body's left). */
export type ManifestVec = [number, number, number]

/** Axis-aligned bounds. */
export interface ManifestBounds {
  min: ManifestVec
  max: ManifestVec
}

/** Where a trigger point's marker goes: on the muscle surface, with the outward normal. */
export interface ManifestAnchor {
  position: ManifestVec
  normal: ManifestVec
}

/** A place that comes in pairs (a tender point): its anchor on each side. */
export interface ManifestPair {
  left: ManifestAnchor
  right: ManifestAnchor
}

/** One side of one muscle. */
export interface ManifestMuscleSide {
  /** glb node name, `muscle_<id>_l` or `muscle_<id>_r`. */
  node: string
  /** Area-weighted surface centroid of the generated mesh. */
  centroid: ManifestVec
  bounds: ManifestBounds
  /** Trigger-point id (as in src/data) -> anchor. */
  triggerPoints: Record<string, ManifestAnchor>
}

/** One muscle: its layer, whether its shape was measured, and both sides. */
export interface ManifestMuscle {
  layer: 'superficial' | 'deep'
  /** False when shaped from description (no reference mesh), e.g. the masseter. */
  measured: boolean
  /**
   * Part ids (as in src/data) in the order of the mesh's `_PART` vertex label; a muscle of
   * one part has no `_PART` attribute.
   */
  parts: string[]
  left: ManifestMuscleSide
  right: ManifestMuscleSide
}

/** The whole manifest. */
export interface BodyManifest {
  version: 1
  frame: string
  /** Region ids in `regionIds` order; skin label = index * 2 + sideBit (0 left, 1 right). */
  regions: string[]
  skin: {
    node: 'skin'
    attribute: '_REGION'
    bounds: ManifestBounds
    /** `<regionId>_<l|r>` -> a skin point inside that region (see region-centres.ts). */
    regionCentres: Record<string, ManifestVec>
  }
  muscles: Record<string, ManifestMuscle>
  /**
   * ACR 1990 tender-point id (src/data/tender-points.ts) -> its anchor on each side, placed on
   * its marker muscle as trigger points are.
   */
  tenderPoints: Record<string, ManifestPair>
}

/** The frame statement written into the manifest. */
export const manifestFrame = "metres; +Y up; +Z anterior; +X is the body's left"

/** Rounds to 0.1 mm (4 decimals in metres), without negative zero. */
export function round4(x: number): number {
  const r = Math.round(x * 1e4) / 1e4
  return r === 0 ? 0 : r
}

/** Rounds every component of a vector with `round4`. */
export function roundVec(v: readonly number[]): ManifestVec {
  return [round4(v[0]!), round4(v[1]!), round4(v[2]!)]
}
