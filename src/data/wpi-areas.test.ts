// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { regionIds } from './regions.ts'
import { fm2016Regions, wpiAreaLabels, wpiAreaOf, wpiAreas, wpiAreasFromMarks } from './wpi-areas.ts'

describe('WPI areas and the body regions', () => {
  it('labels all 19 areas', () => {
    expect(Object.keys(wpiAreaLabels).sort()).toEqual([...wpiAreas].sort())
  })

  it("puts each side of a limb region in that side's area, and axial regions in one area", () => {
    expect(wpiAreaOf('calf', 'left')).toBe('lower_leg_l')
    expect(wpiAreaOf('calf', 'right')).toBe('lower_leg_r')
    expect(wpiAreaOf('jaw_tmj', 'right')).toBe('jaw_r')
    expect(wpiAreaOf('lateral_hip_trochanter', 'left')).toBe('hip_buttock_l')
    expect(wpiAreaOf('sacrum', 'left')).toBe('lower_back')
    expect(wpiAreaOf('interscapular', 'right')).toBe('upper_back')
    expect(wpiAreaOf('sternum', 'left')).toBe('chest')
  })

  it("maps no head, hand, foot, elbow, knee, groin or perineum region (the index has none, or the choice is the person's)", () => {
    for (const r of ['temple', 'thumb', 'heel', 'lateral_elbow', 'knee_anterior', 'groin', 'perineum'] as const) {
      expect(wpiAreaOf(r, 'left'), r).toBeNull()
    }
  })

  it('every area but none is reachable from some region, and each region-rule area is one of the 19', () => {
    const reached = new Set(regionIds.flatMap((r) => [wpiAreaOf(r, 'left'), wpiAreaOf(r, 'right')]))
    for (const a of wpiAreas) expect(reached.has(a), a).toBe(true)
    for (const r of fm2016Regions) for (const a of r.areas) expect(wpiAreas).toContain(a)
  })

  it("prefills from marks once per area, in the form's order", () => {
    expect(
      wpiAreasFromMarks([
        { region: 'low_back', side: 'left' },
        { region: 'calf', side: 'right' },
        { region: 'sacrum', side: 'left' },
        { region: 'thumb', side: 'left' },
        { region: 'upper_shoulder_top', side: 'left' },
      ]),
    ).toEqual(['shoulder_girdle_l', 'lower_leg_r', 'lower_back'])
  })
})
