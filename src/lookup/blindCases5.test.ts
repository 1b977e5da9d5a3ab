/**
 * Structure checks for the fifth set of study findings (`src/data/study-findings/`), written as
 * the fifth blind case set for the ranking, measured once as such (2026-12-04) and since then
 * data of its study term. They read the findings, never the ranking.
 */
import { describe, expect, it } from 'vitest'
import { blindCaseStudies5Lower } from '../data/sources/blind-case-studies-5-lower.ts'
import { blindCaseStudies5Upper } from '../data/sources/blind-case-studies-5-upper.ts'
import {
  studies1,
  studies2,
  studies3,
  studies4,
  studies5 as blindCases5,
  studies5Lower as blindCases5Lower,
  studies5Upper as blindCases5Upper,
} from '../data/study-findings/index.ts'
import { itChecksCaseShapes, itUsesFreshStudies } from './caseSetChecks.ts'
import { guideCases } from './heldOutCases.ts'
import { painGuideCases } from './painGuideCases.ts'

const listings = (cases: readonly { muscles: readonly unknown[] }[]) => cases.reduce((n, c) => n + c.muscles.length, 0)

const earlier = [...studies1, ...studies2, ...studies3, ...studies4]

/** The books and studies the earlier sets drew on; the blind rule forbids them here. */
const earlierSources = new Set<string>([
  ...guideCases.map((c) => c.source.source),
  ...earlier.map((f) => f.source.source),
  'simons_travell_vol1_1999',
  'travell_simons_vol2_1992',
  'davies_davies_2013',
  'donnelly_2019',
])

describe('fifth set of study findings (written as a blind case set)', () => {
  it('has at least 30 cases with at least 50 (case, muscle) listings, split between the two halves', () => {
    expect(blindCases5.length).toBeGreaterThanOrEqual(30)
    expect(listings(blindCases5)).toBeGreaterThanOrEqual(50)
    expect(blindCases5Upper.length).toBeGreaterThanOrEqual(12)
    expect(blindCases5Lower.length).toBeGreaterThanOrEqual(12)
  })

  itChecksCaseShapes(blindCases5, [
    ...guideCases.map((c) => c.name),
    ...earlier.map((f) => f.name),
    ...painGuideCases.map((c) => c.area),
  ])

  itUsesFreshStudies(blindCases5Upper, blindCases5Lower, earlierSources)

  it('cites every study added for it', () => {
    const used = new Set(blindCases5.map((c) => c.source.source as string))
    const added = [...Object.keys(blindCaseStudies5Upper), ...Object.keys(blindCaseStudies5Lower)]
    expect(added.filter((id) => !used.has(id))).toEqual([])
  })
})
