/**
 * Structure checks for the blind case set (`blindCases.ts`). They never call the ranking: the set
 * stays blind until it is measured once, after the ranking's weights are fixed (issue #9).
 */
import { describe, expect, it } from 'vitest'
import { isMuscleId } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import { sources } from '../data/sources.ts'
import { blindCaseStudies } from '../data/sources/blind-case-studies.ts'
import { blindCases } from './blindCases.ts'
import { guideCases } from './heldOutCases.ts'
import { painGuideCases } from './painGuideCases.ts'

const regionSet = new Set<string>(regionIds)

describe('blind cases', () => {
  it('are at least 40, with at least 100 (case, muscle) listings', () => {
    expect(blindCases.length).toBeGreaterThanOrEqual(40)
    const listings = blindCases.reduce((n, c) => n + c.muscles.length, 0)
    expect(listings).toBeGreaterThanOrEqual(100)
  })

  it('have unique names that no other case set uses', () => {
    const names = blindCases.map((c) => c.name.trim().toLowerCase())
    expect(new Set(names).size).toBe(names.length)
    const taken = new Set(
      [...guideCases.map((c) => c.name), ...painGuideCases.map((c) => c.area)].map((n) => n.trim().toLowerCase()),
    )
    expect(names.filter((n) => taken.has(n))).toEqual([])
  })

  it.each(blindCases.map((c) => [c.name, c] as const))('%s: valid marks and muscles', (_, c) => {
    expect(c.marks.length).toBeGreaterThan(0)
    expect(new Set(c.marks).size).toBe(c.marks.length)
    for (const r of c.marks) expect(regionSet.has(r), r).toBe(true)
    expect(c.muscles.length).toBeGreaterThanOrEqual(1)
    expect(c.muscles.length).toBeLessThanOrEqual(5)
    expect(new Set(c.muscles).size).toBe(c.muscles.length)
    for (const m of c.muscles) expect(isMuscleId(m), m).toBe(true)
  })

  it.each(blindCases.map((c) => [c.name, c] as const))('%s: a catalogued source with a locator', (_, c) => {
    expect(Object.prototype.hasOwnProperty.call(sources, c.source.source)).toBe(true)
    expect(c.source.locator?.trim().length ?? 0).toBeGreaterThan(5)
  })

  it('mostly mark two or more regions, as real pain drawings do', () => {
    const multi = blindCases.filter((c) => c.marks.length >= 2).length
    expect(multi * 2).toBeGreaterThan(blindCases.length)
  })

  it('cite every study added for them', () => {
    const used = new Set(blindCases.map((c) => c.source.source as string))
    expect(Object.keys(blindCaseStudies).filter((id) => !used.has(id))).toEqual([])
  })
})
