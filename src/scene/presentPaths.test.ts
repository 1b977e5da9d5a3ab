import { describe, expect, it } from 'vitest'
import { triggerPointsOf } from '../data/muscle-parts.ts'
import { bodyManifest, muscleNode, type Vec3 } from './bodyManifest.ts'
import { nearestChain, referralPaths } from './presentPaths.ts'

describe('the referral paths Present animates', () => {
  it('visit every point, each time the nearest one left', () => {
    const chain = nearestChain(
      [0, 0, 0],
      [
        [0, -3, 0],
        [0, -1, 0],
        [0, -2, 0],
      ],
    )
    expect(chain).toEqual([
      [0, 0, 0],
      [0, -1, 0],
      [0, -2, 0],
      [0, -3, 0],
    ])
  })
  it("start at each trigger point's X and end in its essential zone (left gluteus minimus)", () => {
    const paths = referralPaths('gluteus_minimus', 'left')
    const anchors = muscleNode('gluteus_minimus', 'left').triggerPoints
    expect(paths.map((p) => p.trp)).toEqual(triggerPointsOf('gluteus_minimus').map((t) => t.id))
    const centres = bodyManifest.skin.regionCentres
    for (const p of paths) {
      expect(p.points[0]).toEqual(anchors[p.trp]!.position)
      const trp = triggerPointsOf('gluteus_minimus').find((t) => t.id === p.trp)!
      const zone = trp.essentialZone.map((r) => centres[`${r}_l`] as Vec3)
      expect(p.points.slice(1)).toHaveLength(zone.length)
      for (const c of zone) expect(p.points).toContainEqual(c)
      // On the left (+X) side of the body, running down the leg.
      expect(p.points.every((q) => q[0] > 0)).toBe(true)
    }
  })
  it('take the right side for a right muscle', () => {
    for (const p of referralPaths('gluteus_minimus', 'right')) expect(p.points.every((q) => q[0] < 0)).toBe(true)
  })
})
