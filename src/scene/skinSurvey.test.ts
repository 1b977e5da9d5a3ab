// @vitest-environment node
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { readShippedSkin, shippedSkinPath } from '../../tests/shipped-skin.ts'
import type { MuscleId } from '../data/muscles.ts'
import { triggerPointsOf } from '../data/muscle-parts.ts'
import type { Side } from '../data/types.ts'
import { muscleNode, type Vec3 } from './bodyManifest.ts'
import { muscleAzimuth, presetShowingMost } from './cameraViews.ts'
import { bestAzimuth, patternPoints } from './framing.ts'
import { labelCount, painMarkLabels, referredPainLabels, regionLabel } from './referredPainZones.ts'
import { surveySkin, type SkinSurvey } from './skinSurvey.ts'

const glbPath = shippedSkinPath

/** The shipped skin in model space, as the app reads it (tests/shipped-skin.ts). */
async function shippedSurvey(): Promise<SkinSurvey> {
  return surveySkin(await readShippedSkin(glbPath), labelCount)
}

/** Mean normal of a region's skin on one side. */
function meanNormal(s: SkinSurvey, label: number): Vec3 {
  const n = [0, 0, 0]
  for (const v of s.vertices[label]!) for (let k = 0; k < 3; k++) n[k]! += s.normals[v * 3 + k]! * s.areas[v]!
  const l = Math.hypot(n[0]!, n[1]!, n[2]!)
  return [n[0]! / l, n[1]! / l, n[2]! / l]
}

function azimuthFor(s: SkinSurvey, muscle: MuscleId, side: Side): number {
  const anchors = muscleNode(muscle, side).triggerPoints
  const normals = triggerPointsOf(muscle).map((t) => anchors[t.id]!.normal as Vec3)
  return bestAzimuth(s, referredPainLabels(muscle, side), normals, Math.PI / 2.1, muscleAzimuth(muscle, side))
}

/** Angle between two azimuths, 0..pi. */
const apart = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)))

describe.skipIf(!existsSync(glbPath))('the shipped skin, surveyed by region', () => {
  let survey: SkinSurvey
  beforeAll(async () => {
    survey = await shippedSurvey()
  })

  it('every region on each side has skin, and its normals point out of the body', () => {
    for (let label = 0; label < labelCount; label++)
      expect(survey.vertices[label]!.length, `label ${label}`).toBeGreaterThan(0)
    expect(meanNormal(survey, regionLabel('forehead', 'left'))[2]).toBeGreaterThan(0.5)
    expect(meanNormal(survey, regionLabel('occiput', 'right'))[2]).toBeLessThan(-0.5)
    expect(meanNormal(survey, regionLabel('lateral_thigh', 'left'))[0]).toBeGreaterThan(0.5) // +X is the body's left
    expect(meanNormal(survey, regionLabel('lateral_thigh', 'right'))[0]).toBeLessThan(-0.5)
    expect(meanNormal(survey, regionLabel('sole', 'left'))[1]).toBeLessThan(-0.5)
  })

  it('region bounds hold their vertices: the heel is below the knee, the forehead above the throat', () => {
    const b = (r: Parameters<typeof regionLabel>[0]) => survey.bounds[regionLabel(r, 'left')]!
    expect(b('heel').max[1]).toBeLessThan(b('knee_posterior').min[1])
    expect(b('forehead').min[1]).toBeGreaterThan(b('throat_anterior_neck').max[1])
  })

  it('the camera turns to the side the pattern is on', () => {
    // Soleus: heel and calf, seen from behind.
    expect(apart(azimuthFor(survey, 'soleus', 'left'), Math.PI)).toBeLessThan(Math.PI / 4)
    // Infraspinatus: the front of the shoulder and arm (the essential zone) with the muscle
    // behind: from the left side, not straight from the back.
    const infra = azimuthFor(survey, 'infraspinatus', 'left')
    expect(apart(infra, Math.PI)).toBeGreaterThan(Math.PI / 4)
    expect(Math.sin(infra)).toBeGreaterThan(0.3)
    const front = meanNormal(survey, regionLabel('anterior_shoulder', 'left'))
    expect(
      front[0] * Math.sin(infra) + front[2] * Math.cos(infra),
      'the front of the shoulder faces the camera',
    ).toBeGreaterThan(0.5)
    // Temporalis on the right: from the right (-X) side of the head.
    expect(Math.sin(azimuthFor(survey, 'temporalis', 'right'))).toBeLessThan(-0.5)
  })

  it('a drawing is seen from the preset side that shows most of its marks', () => {
    const side = (...marks: [Parameters<typeof regionLabel>[0], Side][]) =>
      presetShowingMost(survey, painMarkLabels(marks.map(([region, side]) => ({ region, side }))))
    expect(side(['calf', 'left'])).toBe('back')
    expect(side(['occiput', 'right'], ['calf', 'right'])).toBe('back')
    expect(side(['upper_chest', 'left'], ['upper_arm_medial', 'left'])).toBe('front')
    expect(side(['lateral_thigh', 'left'])).toBe('left') // the body's left faces the camera on +X
    expect(side(['lateral_thigh', 'right'])).toBe('right')
    // Nothing marked: the front, as the body opens.
    expect(side()).toBe('front')
  })

  it("a pattern's points cover its regions: the soleus pattern reaches the heel", () => {
    const pts = patternPoints(survey, referredPainLabels('soleus', 'left'))
    let lowest = Infinity
    for (let i = 1; i < pts.length; i += 3) lowest = Math.min(lowest, pts[i]!)
    expect(lowest).toBeLessThan(survey.bounds[regionLabel('heel', 'left')]!.min[1] + 0.01)
  })
})
