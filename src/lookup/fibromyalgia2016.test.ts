// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { sources } from '../data/sources.ts'
import { assessFibromyalgia2016, fm2016Regions, wpiAreas, type Fm2016Input, type WpiArea } from './fibromyalgia2016.ts'

/** No symptoms, three months: each case sets only what it tests. */
const base: Fm2016Input = {
  painAreas: [],
  fatigue: 0,
  unrefreshedSleep: 0,
  cognitive: 0,
  headaches: false,
  lowerAbdominalPain: false,
  depression: false,
  atLeastThreeMonths: true,
}
/** Symptom answers that add up to a given SSS (0 to 12). */
function sssOf(
  n: number,
): Pick<Fm2016Input, 'fatigue' | 'unrefreshedSleep' | 'cognitive' | 'headaches' | 'lowerAbdominalPain' | 'depression'> {
  const s = (k: number) => Math.max(0, Math.min(3, n - 3 * k)) as 0 | 1 | 2 | 3
  const extra = Math.max(0, n - 9)
  return {
    fatigue: s(0),
    unrefreshedSleep: s(1),
    cognitive: s(2),
    headaches: extra >= 1,
    lowerAbdominalPain: extra >= 2,
    depression: extra >= 3,
  }
}
/** One area in each of the four limb regions, plus the neck: 5 regions. */
const fiveRegions: WpiArea[] = ['shoulder_girdle_l', 'shoulder_girdle_r', 'hip_buttock_l', 'hip_buttock_r', 'neck']
const assess = (painAreas: WpiArea[], sss: number, more: Partial<Fm2016Input> = {}) =>
  assessFibromyalgia2016({ ...base, ...sssOf(sss), painAreas, ...more })

describe('assessFibromyalgia2016 (Wolfe et al. 2016)', () => {
  it('cites the 2016 revision', () => {
    expect(sources.wolfe_2016_criteria_revision.citation).toMatch(
      /2016 Revisions.*Semin Arthritis Rheum\. 2016;46\(3\):319-329/,
    )
  })

  it('has the 19 areas, and the regions leave out the jaw, chest and abdomen', () => {
    expect(new Set(wpiAreas).size).toBe(19)
    const counted = fm2016Regions.flatMap((r) => r.areas as readonly WpiArea[])
    expect(counted).toHaveLength(15)
    for (const a of ['jaw_l', 'jaw_r', 'chest', 'abdomen'] as const) expect(counted).not.toContain(a)
  })

  it('scores SSS from 0 to 12: three severities and three yes/no answers', () => {
    for (let n = 0; n <= 12; n++) expect(assess([], n).sss).toBe(n)
  })

  it('WPI 7 with SSS 5 in 4 regions for three months: met', () => {
    const r = assess([...fiveRegions.slice(0, 4), 'upper_arm_l', 'upper_leg_r', 'lower_leg_l'], 5)
    expect(r).toMatchObject({ wpi: 7, sss: 5, regionsWithPain: 4, generalizedPain: true, meetsCriteria: true })
    expect(r.reasons.join(' ')).toMatch(/not a diagnosis/)
  })

  it('WPI 7 with SSS 4: not met, and the reason names the symptom score', () => {
    const r = assess([...fiveRegions, 'upper_arm_l', 'upper_leg_r'], 4)
    expect(r.meetsCriteria).toBe(false)
    expect(r.generalizedPain).toBe(true)
    expect(r.reasons[0]).toMatch(/symptom score of 4 .*must be 5 or more/)
  })

  it('WPI 4 to 6 with SSS 9: met; with SSS 8: not met', () => {
    for (const n of [4, 5, 6]) {
      const areas = [...fiveRegions.slice(0, 4), 'neck', 'upper_back'].slice(0, n) as WpiArea[]
      expect(assess(areas, 9), `WPI ${n}`).toMatchObject({ wpi: n, meetsCriteria: true })
      expect(assess(areas, 8).meetsCriteria, `WPI ${n}, SSS 8`).toBe(false)
    }
  })

  it('WPI 3 with the highest SSS: not met', () => {
    const r = assess(['neck', 'shoulder_girdle_l', 'hip_buttock_r'], 12)
    expect(r).toMatchObject({ wpi: 3, sss: 12, meetsCriteria: false })
    expect(r.reasons[0]).toMatch(/at least 4 areas/)
  })

  it('high scores in only 3 regions: not generalised, not met', () => {
    const r = assess(
      [
        'shoulder_girdle_l',
        'upper_arm_l',
        'lower_arm_l',
        'shoulder_girdle_r',
        'upper_arm_r',
        'neck',
        'upper_back',
        'lower_back',
      ],
      12,
    )
    expect(r).toMatchObject({ wpi: 8, regionsWithPain: 3, generalizedPain: false, meetsCriteria: false })
    expect(r.reasons[1]).toMatch(/3 of the 5 body regions/)
  })

  it('the jaw, chest and abdomen add to the WPI but to no region', () => {
    expect(assess(['jaw_l'], 0)).toMatchObject({ wpi: 1, regionsWithPain: 0 })
    const r = assess(['jaw_l', 'jaw_r', 'chest', 'abdomen', 'shoulder_girdle_l', 'hip_buttock_l', 'neck'], 9)
    expect(r).toMatchObject({ wpi: 7, regionsWithPain: 3, generalizedPain: false, meetsCriteria: false })
  })

  it('under three months: not met, whatever the scores', () => {
    const r = assess([...fiveRegions, 'upper_arm_l', 'upper_leg_r'], 12, { atLeastThreeMonths: false })
    expect(r.meetsCriteria).toBe(false)
    expect(r.reasons[2]).toMatch(/not yet lasted three months/)
  })

  it('all 19 areas and every symptom: met, with WPI 19 and SSS 12', () => {
    expect(assess([...wpiAreas], 12)).toMatchObject({ wpi: 19, sss: 12, regionsWithPain: 5, meetsCriteria: true })
  })

  it('bad input throws an error naming the field', () => {
    const call = (patch: Record<string, unknown>) => () => assessFibromyalgia2016({ ...base, ...patch })
    expect(call({ painAreas: ['knee_l'] })).toThrow(/painAreas: unknown area "knee_l"/)
    expect(call({ painAreas: ['neck', 'neck'] })).toThrow(/painAreas: area "neck" is listed twice/)
    expect(call({ painAreas: 'neck' })).toThrow(/painAreas/)
    expect(call({ fatigue: 4 })).toThrow(/fatigue must be 0, 1, 2 or 3/)
    expect(call({ unrefreshedSleep: -1 })).toThrow(/unrefreshedSleep/)
    expect(call({ cognitive: 1.5 })).toThrow(/cognitive/)
    expect(call({ headaches: 'yes' })).toThrow(/headaches must be true or false/)
    expect(call({ atLeastThreeMonths: undefined })).toThrow(/atLeastThreeMonths/)
  })
})
