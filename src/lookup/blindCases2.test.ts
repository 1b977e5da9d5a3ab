/**
 * Structure checks for the second set of study findings (`src/data/study-findings/`), written as a
 * blind case set for the ranking and since 2026-12-04 the data of its study term. They read the
 * findings, never the ranking.
 */
import { describe, expect, it } from 'vitest'
import { sources } from '../data/sources.ts'
import { blindCaseStudies } from '../data/sources/blind-case-studies.ts'
import { blindCaseStudies2 } from '../data/sources/blind-case-studies-2.ts'
import { studies1 as blindCases, studies2 as blindCases2 } from '../data/study-findings/index.ts'
import { itChecksCaseShapes } from './caseSetChecks.ts'
import { guideCases } from './heldOutCases.ts'
import { painGuideCases } from './painGuideCases.ts'

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

  itChecksCaseShapes(blindCases2, [
    ...guideCases.map((c) => c.name),
    ...blindCases.map((c) => c.name),
    ...painGuideCases.map((c) => c.area),
  ])

  it.each(blindCases2.map((c) => [c.name, c] as const))('%s: a study with a DOI or PMID', (_, c) => {
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
