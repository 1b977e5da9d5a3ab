/**
 * Where the camera goes for each view, worked out from the manifest's bounds. Pure numbers,
 * so the framing logic is tested without WebGL.
 */
import type { MuscleId } from '../data/muscles.ts'
import type { Side } from '../data/types.ts'
import type { ViewPreset } from '../state/store.ts'
import { bodyManifest, muscleNode, type Bounds, type Vec3 } from './bodyManifest.ts'
import { facingAt } from './framing.ts'
import { presetAzimuth } from './presetAzimuth.ts'
import type { SkinSurvey } from './skinSurvey.ts'

/** The presets in the order a tie goes: the front first, as the body opens. */
const presetsFrontFirst: readonly ViewPreset[] = ['front', 'back', 'left', 'right']

/**
 * The preset view that shows most of the marked skin (`states`, one byte per label as
 * `painMarkLabels` gives): a drawing opened from a link or the pain record is seen where it was
 * drawn, a calf from behind, instead of from the front with its marks out of sight. The front
 * on a tie or with nothing marked.
 */
export function presetShowingMost(survey: SkinSurvey, states: Uint8Array): ViewPreset {
  const facing = facingAt(
    survey,
    states,
    Math.PI / 2,
    presetsFrontFirst.map((p) => presetAzimuth[p]),
  )
  let best = 0
  facing.forEach((seen, k) => {
    // A clear margin, so a mark seen about as well from the front does not turn the body.
    if (seen > (facing[best] ?? 0) * 1.05) best = k
  })
  return presetsFrontFirst[best] ?? 'front'
}

/** The whole body's bounds (the skin). */
export const bodyBounds: Bounds = bodyManifest.skin.bounds

/**
 * The side a muscle is best seen from: the mean outward normal of its trigger points (where a
 * finger would find them), else the direction from the body's axis to the muscle.
 */
export function muscleAzimuth(muscle: MuscleId, side: Side): number {
  const node = muscleNode(muscle, side)
  const normals = Object.values(node.triggerPoints).map((t) => t.normal)
  let x = 0
  let z = 0
  for (const n of normals) {
    x += n[0]
    z += n[2]
  }
  if (Math.hypot(x, z) < 1e-3) {
    const mid = center(bodyBounds)
    x = node.centroid[0] - mid[0]
    z = node.centroid[2] - mid[2]
  }
  return Math.atan2(x, z)
}

/** The bounds to frame for a muscle: its own, grown so a small muscle keeps some context. */
export function muscleFrameBounds(muscle: MuscleId, side: Side, minSize = 0.25): Bounds {
  const { bounds } = muscleNode(muscle, side)
  const c = center(bounds)
  const half = (i: 0 | 1 | 2) => Math.max((bounds.max[i] - bounds.min[i]) / 2, minSize / 2)
  return {
    min: [c[0] - half(0), c[1] - half(1), c[2] - half(2)],
    max: [c[0] + half(0), c[1] + half(1), c[2] + half(2)],
  }
}

/** Centre of a box. */
export function center(b: Bounds): Vec3 {
  return [(b.min[0] + b.max[0]) / 2, (b.min[1] + b.max[1]) / 2, (b.min[2] + b.max[2]) / 2]
}
