/**
 * Structure checks for the second blind case set (`blindCases2.ts`). They never call the ranking:
 * the set stays blind until it is measured once, after the ranking's weights are fixed (issue #9).
 */
import { describe, expect, it } from 'vitest'
import { isMuscleId } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import { sources } from '../data/sources.ts'
import { blindCaseStudies } from '../data/sources/blind-case-studies.ts'
import { blindCaseStudies2 } from '../data/sources/blind-case-studies-2.ts'
import { blindCases } from './blindCases.ts'
import { blindCases2 } from './blindCases2.ts'
import { guideCases } from './heldOutCases.ts'
import { painGuideCases } from './painGuideCases.ts'

const regionSet = new Set<string>(regionIds)

/** The books and studies the earlier sets drew on; the blind rule forbids them here. */
const earlierSources = new Set<string>([
  ...guideCases.map((c) => c.source.source),
  ...blindCases.map((c) => c.source.source),
  ...Object.keys(blindCaseStudies),
  'simons_travell_vol1_1999',
  'travell_simons_vol2_1992',
  'davies_davies_2013',
  'donnelly_2019',
])

describe('second blind case set', () => {
  it('has at least 35 cases with at least 90 (case, muscle) listings', () => {
    expect(blindCases2.length).toBeGreaterThanOrEqual(35)
    const listings = blindCases2.reduce((n, c) => n + c.muscles.length, 0)
    expect(listings).toBeGreaterThanOrEqual(90)
  })

  it('has unique names that no other case set uses', () => {
    const names = blindCases2.map((c) => c.name.trim().toLowerCase())
    expect(new Set(names).size).toBe(names.length)
    const taken = new Set(
      [...guideCases.map((c) => c.name), ...blindCases.map((c) => c.name), ...painGuideCases.map((c) => c.area)].map(
        (n) => n.trim().toLowerCase(),
      ),
    )
    expect(names.filter((n) => taken.has(n))).toEqual([])
  })

  it.each(blindCases2.map((c) => [c.name, c] as const))('%s: valid marks and muscles', (_, c) => {
    expect(c.marks.length).toBeGreaterThan(0)
    expect(new Set(c.marks).size).toBe(c.marks.length)
    for (const r of c.marks) expect(regionSet.has(r), r).toBe(true)
    expect(c.muscles.length).toBeGreaterThanOrEqual(1)
    expect(c.muscles.length).toBeLessThanOrEqual(5)
    expect(new Set(c.muscles).size).toBe(c.muscles.length)
    for (const m of c.muscles) expect(isMuscleId(m), m).toBe(true)
  })

  it.each(blindCases2.map((c) => [c.name, c] as const))('%s: a catalogued study with a DOI or PMID', (_, c) => {
    expect(Object.prototype.hasOwnProperty.call(sources, c.source.source)).toBe(true)
    expect(c.source.locator?.trim().length ?? 0).toBeGreaterThan(5)
    const source = sources[c.source.source]
    expect(source.kind).toBe('article')
    expect(Boolean(source.doi) || Boolean(source.pmid), c.source.source).toBe(true)
  })

  it('uses no study or book that the earlier case sets drew on', () => {
    const reused = blindCases2.map((c) => c.source.source as string).filter((id) => earlierSources.has(id))
    expect(reused).toEqual([])
  })

  it('cites every study added for it', () => {
    const used = new Set(blindCases2.map((c) => c.source.source as string))
    expect(Object.keys(blindCaseStudies2).filter((id) => !used.has(id))).toEqual([])
  })

  it('mostly marks two or more regions, as real pain drawings do', () => {
    const multi = blindCases2.filter((c) => c.marks.length >= 2).length
    expect(multi * 2).toBeGreaterThan(blindCases2.length)
  })

  it('covers the body broadly: head, neck, shoulder, arm, chest, trunk or pelvis, hip, knee, leg', () => {
    const has = (regions: readonly string[]) => blindCases2.some((c) => c.marks.some((m) => regions.includes(m)))
    expect(has(['forehead', 'temple', 'occiput', 'cheek_maxilla', 'jaw_tmj'])).toBe(true)
    expect(has(['posterior_neck', 'lateral_neck'])).toBe(true)
    expect(has(['anterior_shoulder', 'lateral_shoulder_deltoid', 'posterior_shoulder'])).toBe(true)
    expect(has(['lateral_elbow', 'forearm_posterior', 'thumb', 'palm'])).toBe(true)
    expect(has(['upper_chest', 'lateral_chest', 'sternum'])).toBe(true)
    expect(has(['low_back', 'lower_abdomen', 'perineum'])).toBe(true)
    expect(has(['buttock', 'lateral_hip_trochanter'])).toBe(true)
    expect(has(['knee_anterior', 'knee_medial'])).toBe(true)
    expect(has(['calf', 'shin_anterior', 'anterior_ankle', 'lateral_ankle'])).toBe(true)
  })
})
