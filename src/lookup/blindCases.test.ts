/**
 * Structure checks for the first set of study findings (`src/data/study-findings/`), written as a
 * blind case set for the ranking and since 2026-12-04 the data of its study term. They read the
 * findings, never the ranking.
 */
import { describe, expect, it } from 'vitest'
import { blindCaseStudies } from '../data/sources/blind-case-studies.ts'
import { studies1 as blindCases } from '../data/study-findings/index.ts'
import { itChecksCaseShapes } from './caseSetChecks.ts'
import { guideCases } from './heldOutCases.ts'
import { painGuideCases } from './painGuideCases.ts'

describe('blind cases', () => {
  it('are at least 40, with at least 100 (case, muscle) listings', () => {
    expect(blindCases.length).toBeGreaterThanOrEqual(40)
    const listings = blindCases.reduce((n, c) => n + c.muscles.length, 0)
    expect(listings).toBeGreaterThanOrEqual(100)
  })

  itChecksCaseShapes(blindCases, [...guideCases.map((c) => c.name), ...painGuideCases.map((c) => c.area)])

  it('cite every study added for them', () => {
    const used = new Set(blindCases.map((c) => c.source.source as string))
    expect(Object.keys(blindCaseStudies).filter((id) => !used.has(id))).toEqual([])
  })
})
