/**
 * Structure checks for the third set of study findings (`src/data/study-findings/`), written as a
 * blind case set for the ranking and since 2026-12-04 the data of its study term. They read the
 * findings, never the ranking.
 */
import { describe, expect, it } from 'vitest'
import { blindCaseStudies } from '../data/sources/blind-case-studies.ts'
import { blindCaseStudies2 } from '../data/sources/blind-case-studies-2.ts'
import { blindCaseStudies3Lower } from '../data/sources/blind-case-studies-3-lower.ts'
import { blindCaseStudies3Upper } from '../data/sources/blind-case-studies-3-upper.ts'
import {
  studies1 as blindCases,
  studies2 as blindCases2,
  studies3 as blindCases3,
  studies3Lower as blindCases3Lower,
  studies3Upper as blindCases3Upper,
} from '../data/study-findings/index.ts'
import { itChecksCaseShapes, itUsesFreshStudies } from './caseSetChecks.ts'
import { guideCases } from './heldOutCases.ts'
import { painGuideCases } from './painGuideCases.ts'
const listings = (cases: readonly { muscles: readonly unknown[] }[]) => cases.reduce((n, c) => n + c.muscles.length, 0)

/** The books and studies the earlier sets drew on; the blind rule forbids them here. */
const earlierSources = new Set<string>([
  ...guideCases.map((c) => c.source.source),
  ...blindCases.map((c) => c.source.source),
  ...blindCases2.map((c) => c.source.source),
  ...Object.keys(blindCaseStudies),
  ...Object.keys(blindCaseStudies2),
  'simons_travell_vol1_1999',
  'travell_simons_vol2_1992',
  'davies_davies_2013',
  'donnelly_2019',
])

describe('third blind case set', () => {
  it('has at least 36 cases with at least 90 (case, muscle) listings, split between the two halves', () => {
    expect(blindCases3.length).toBeGreaterThanOrEqual(36)
    expect(listings(blindCases3)).toBeGreaterThanOrEqual(90)
    expect(blindCases3Upper.length).toBeGreaterThanOrEqual(15)
    expect(blindCases3Lower.length).toBeGreaterThanOrEqual(15)
  })

  itChecksCaseShapes(blindCases3, [
    ...guideCases.map((c) => c.name),
    ...blindCases.map((c) => c.name),
    ...blindCases2.map((c) => c.name),
    ...painGuideCases.map((c) => c.area),
  ])

  itUsesFreshStudies(blindCases3Upper, blindCases3Lower, earlierSources)

  it('cites every study added for it', () => {
    const used = new Set(blindCases3.map((c) => c.source.source as string))
    const added = [...Object.keys(blindCaseStudies3Upper), ...Object.keys(blindCaseStudies3Lower)]
    expect(added.filter((id) => !used.has(id))).toEqual([])
  })

  it('covers the body broadly: head, neck, shoulder, arm, chest, trunk or pelvis, hip, knee, leg', () => {
    const has = (regions: readonly string[]) => blindCases3.some((c) => c.marks.some((m) => regions.includes(m)))
    expect(has(['forehead', 'temple', 'occiput', 'cheek_maxilla', 'jaw_tmj'])).toBe(true)
    expect(has(['posterior_neck', 'lateral_neck'])).toBe(true)
    expect(has(['anterior_shoulder', 'lateral_shoulder_deltoid', 'posterior_shoulder'])).toBe(true)
    expect(has(['lateral_elbow', 'forearm_posterior', 'thumb', 'palm'])).toBe(true)
    expect(has(['low_back', 'lower_abdomen', 'perineum'])).toBe(true)
    expect(has(['buttock', 'lateral_hip_trochanter'])).toBe(true)
    expect(has(['knee_anterior', 'knee_medial'])).toBe(true)
    expect(has(['calf', 'shin_anterior', 'anterior_ankle', 'lateral_ankle'])).toBe(true)
  })
})
