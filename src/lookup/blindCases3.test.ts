/**
 * Structure checks for the third blind case set (`blindCases3.ts`). They never call the ranking:
 * the set stays blind until it is measured once, after the ranking's weights are fixed (issue #9).
 */
import { describe, expect, it } from 'vitest'
import { sources } from '../data/sources.ts'
import { blindCaseStudies } from '../data/sources/blind-case-studies.ts'
import { blindCaseStudies2 } from '../data/sources/blind-case-studies-2.ts'
import { blindCaseStudies3Lower } from '../data/sources/blind-case-studies-3-lower.ts'
import { blindCaseStudies3Upper } from '../data/sources/blind-case-studies-3-upper.ts'
import { blindCases } from './blindCases.ts'
import { blindCases2 } from './blindCases2.ts'
import { blindCases3 } from './blindCases3.ts'
import { blindCases3Lower } from './blindCases3Lower.ts'
import { blindCases3Upper } from './blindCases3Upper.ts'
import { itChecksCaseShapes } from './caseSetChecks.ts'
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

  it.each(blindCases3.map((c) => [c.name, c] as const))('%s: a study with a DOI or PMID', (_, c) => {
    const source = sources[c.source.source]
    expect(source.kind).toBe('article')
    expect(Boolean(source.doi) || Boolean(source.pmid), c.source.source).toBe(true)
  })

  it('uses no study or book that the earlier case sets drew on, and no study in both halves', () => {
    const reused = blindCases3.map((c) => c.source.source as string).filter((id) => earlierSources.has(id))
    expect(reused).toEqual([])
    const upper = new Set(blindCases3Upper.map((c) => c.source.source as string))
    expect(blindCases3Lower.map((c) => c.source.source as string).filter((id) => upper.has(id))).toEqual([])
    // The same study under another id: caught by its DOI or its PMID.
    const ids = (list: Iterable<string>, field: 'doi' | 'pmid') =>
      [...list]
        .map((id) => sources[id as keyof typeof sources][field]?.toLowerCase())
        .filter((v): v is string => Boolean(v))
    const used = new Set(blindCases3.map((c) => c.source.source as string))
    for (const field of ['doi', 'pmid'] as const) {
      const earlier = new Set(ids(earlierSources, field))
      expect(
        ids(used, field).filter((v) => earlier.has(v)),
        field,
      ).toEqual([])
    }
  })

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
