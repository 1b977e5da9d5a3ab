/**
 * Structure checks for the held-out blind case set (`blindCases5.ts`). They never call the
 * ranking: the set stays blind until it is measured once, after the ranking was fixed (issue #9).
 */
import { describe, expect, it } from 'vitest'
import { blindCaseStudies5Lower } from '../data/sources/blind-case-studies-5-lower.ts'
import { blindCaseStudies5Upper } from '../data/sources/blind-case-studies-5-upper.ts'
import { studyFindings } from '../data/study-findings/index.ts'
import { blindCases5 } from './blindCases5.ts'
import { blindCases5Lower } from './blindCases5Lower.ts'
import { blindCases5Upper } from './blindCases5Upper.ts'
import { itChecksCaseShapes, itUsesFreshStudies } from './caseSetChecks.ts'
import { guideCases } from './heldOutCases.ts'
import { painGuideCases } from './painGuideCases.ts'

const listings = (cases: readonly { muscles: readonly unknown[] }[]) => cases.reduce((n, c) => n + c.muscles.length, 0)

/** The books and studies the earlier sets and the study findings drew on; the blind rule forbids them here. */
const earlierSources = new Set<string>([
  ...guideCases.map((c) => c.source.source),
  ...studyFindings.map((f) => f.source.source),
  'simons_travell_vol1_1999',
  'travell_simons_vol2_1992',
  'davies_davies_2013',
  'donnelly_2019',
])

describe('held-out blind case set (the fifth)', () => {
  it('has at least 30 cases with at least 50 (case, muscle) listings, split between the two halves', () => {
    expect(blindCases5.length).toBeGreaterThanOrEqual(30)
    expect(listings(blindCases5)).toBeGreaterThanOrEqual(50)
    expect(blindCases5Upper.length).toBeGreaterThanOrEqual(12)
    expect(blindCases5Lower.length).toBeGreaterThanOrEqual(12)
  })

  itChecksCaseShapes(blindCases5, [
    ...guideCases.map((c) => c.name),
    ...studyFindings.map((f) => f.name),
    ...painGuideCases.map((c) => c.area),
  ])

  itUsesFreshStudies(blindCases5Upper, blindCases5Lower, earlierSources)

  it('cites every study added for it', () => {
    const used = new Set(blindCases5.map((c) => c.source.source as string))
    const added = [...Object.keys(blindCaseStudies5Upper), ...Object.keys(blindCaseStudies5Lower)]
    expect(added.filter((id) => !used.has(id))).toEqual([])
  })
})
