import { describe, expect, it } from 'vitest'
import { isMuscleId } from './muscles.ts'
import { guidePlace, painGuideAreas } from './pain-guides.ts'
import { regionIds } from './regions.ts'
import { sources } from './sources.ts'

describe("Travell & Simons' pain guides as data", () => {
  it('list, for each area, 2 to 4 distinct atlas muscles on a known region, with a cited guide', () => {
    expect(painGuideAreas.length).toBeGreaterThanOrEqual(40)
    expect(new Set(painGuideAreas.map((a) => a.area)).size).toBe(painGuideAreas.length)
    expect(new Set(painGuideAreas.map((a) => a.source.locator)).size).toBe(7)
    for (const a of painGuideAreas) {
      expect(regionIds, a.area).toContain(a.region)
      expect(a.muscles.length, a.area).toBeGreaterThanOrEqual(2)
      expect(a.muscles.length, a.area).toBeLessThanOrEqual(4)
      expect(new Set(a.muscles).size, a.area).toBe(a.muscles.length)
      for (const m of a.muscles) expect(isMuscleId(m), `${a.area}: ${m}`).toBe(true)
      expect(sources[a.source.source], a.area).toBeDefined()
      expect(a.source.locator, a.area).toBeTruthy()
    }
  })

  it("give each listed muscle its place in the guide's order, the better one where two areas share a region", () => {
    expect(guidePlace('lateral_elbow', 'supinator')).toBe(0)
    expect(guidePlace('lateral_elbow', 'brachioradialis')).toBe(1)
    expect(guidePlace('lateral_elbow', 'triceps_brachii')).toBe(3)
    expect(guidePlace('lateral_elbow', 'soleus')).toBeUndefined()
    expect(guidePlace('knee_lateral', 'vastus_lateralis')).toBeUndefined()
    // The big toe: third for its top ("Dorsal great toe pain"), second for its underside.
    expect(guidePlace('big_toe', 'flexor_hallucis_brevis')).toBe(1)
    for (const a of painGuideAreas) {
      a.muscles.forEach((m, i) => expect(guidePlace(a.region, m), `${a.area}: ${m}`).toBeLessThanOrEqual(i))
    }
  })
})
