/**
 * Which skin region lies over each trigger point: where a finger presses to find it, and where
 * a person feels its local pain (pain at the trigger point itself, besides its referred pain).
 *
 * Pure: no file access. `models/scripts/trigger-point-skin.ts` runs it on the shipped body
 * (models/body-skin.glb and the manifest) and writes the result to src/data/trigger-point-skin.ts,
 * which the ranking reads (the app never loads the model to rank).
 *
 * The skin over a trigger point is the region of the skin vertex nearest its anchor, on the
 * same side. The skin has about 24,000 vertices, 1 to 2 cm apart, so the nearest vertex stands
 * for the nearest point of the surface. Tried and not taken: the skin where a ray along the
 * anchor's normal leaves the body, and the nearest skin facing the anchor's way; each fixed a few
 * trigger points (one on the side of the chest, where the hanging arm's skin is nearest) and
 * misplaced as many others (forearm flexors on the back of the forearm), as the generated
 * anchors' normals are rough.
 */
import type { BodyManifest } from './manifest.ts'
import { pointIndex } from './point-index.ts'

/** The skin as the model stores it: positions (x, y, z per vertex) and a region label per vertex. */
export interface LabelledSkin {
  positions: Float32Array
  /** regionIndex * 2 + sideBit (0 left, 1 right), as in the manifest. */
  labels: Uint16Array
}

/**
 * Labels points by their nearest skin vertex: for `point`, the label of the skin vertex nearest
 * it on `sideBit`'s side, or -1 when that side has none; ties go to the first vertex.
 */
export function skinLabeller(skin: LabelledSkin): (point: readonly number[], sideBit: 0 | 1) => number {
  const index = pointIndex(skin.positions, skin.labels.length)
  return (point, sideBit) => {
    const { index: v } = index.nearest(point[0]!, point[1]!, point[2]!, (j) => (skin.labels[j]! & 1) === sideBit)
    return v < 0 ? -1 : skin.labels[v]!
  }
}

/**
 * For every muscle of the manifest, each trigger point's skin region on the body's left (the
 * right mirrors it): muscle id -> trigger-point id -> region id, in the manifest's order.
 */
export function triggerPointSkinRegions(
  manifest: Pick<BodyManifest, 'muscles'>,
  skin: LabelledSkin,
  regionIds: readonly string[],
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {}
  const nearestSkinLabel = skinLabeller(skin)
  for (const [muscle, entry] of Object.entries(manifest.muscles)) {
    const byPoint: Record<string, string> = {}
    for (const [trp, anchor] of Object.entries(entry.left.triggerPoints)) {
      const label = nearestSkinLabel(anchor.position, 0)
      if (label >= 0) byPoint[trp] = regionIds[label >> 1]!
    }
    out[muscle] = byPoint
  }
  return out
}
