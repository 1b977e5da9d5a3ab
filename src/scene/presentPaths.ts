/**
 * The paths Present animates: from each trigger point's X to the places of its essential zone.
 * Each path starts at the X's anchor and visits the centres of the zone's regions, nearest
 * first, so the line runs the way the pain spreads (a gluteus minimus TrP down the leg). Pure:
 * the manifest's points in, points out.
 */
import { triggerPointsOf } from '../data/muscle-parts.ts'
import type { MuscleId } from '../data/muscles.ts'
import type { Side } from '../data/types.ts'
import { triggerPointZones } from '../data/zones.ts'
import { bodyManifest, muscleNode, type Vec3 } from './bodyManifest.ts'

/** One trigger point's path: its id, and points (metres) from its anchor through its zone. */
export interface ReferralPath {
  trp: string
  points: Vec3[]
}

const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

/** `from`, then every point of `rest`, each time the nearest one left. */
export function nearestChain(from: Vec3, rest: readonly Vec3[]): Vec3[] {
  const chain: Vec3[] = [from]
  const left = [...rest]
  let here = from
  for (let next = left[0]; next !== undefined; next = left[0]) {
    // The nearest point left; the first of equals, as the points were listed.
    let best = 0
    for (const [i, point] of left.entries())
      if (distance(here, point) < distance(here, next)) {
        best = i
        next = point
      }
    left.splice(best, 1)
    chain.push(next)
    here = next
  }
  return chain
}

/** The referral paths of a muscle (or one part) on one side: one per trigger point with a zone. */
export function referralPaths(muscle: MuscleId, side: Side, part?: string): ReferralPath[] {
  const anchors = muscleNode(muscle, side).triggerPoints
  const centres = bodyManifest.skin.regionCentres
  return triggerPointsOf(muscle, part).flatMap((trp) => {
    const anchor = anchors[trp.id]?.position
    if (!anchor) return []
    const places = triggerPointZones([trp], side)
      .filter((z) => z.zone === 'essential')
      // A midline region has a centre on each side: take the trigger point's.
      .flatMap((z): Vec3[] => {
        const centre = centres[`${z.region}_${(z.side ?? side) === 'left' ? 'l' : 'r'}`]
        return centre ? [centre] : []
      })
    return places.length > 0 ? [{ trp: trp.id, points: nearestChain(anchor, places) }] : []
  })
}
