/**
 * The structure checks every case set of the ranking shares (blindCases*.test.ts): they read
 * the cases, never the ranking, so a blind set stays blind while they run. Call inside a
 * `describe`; each set's own test adds its size, sources and coverage.
 */
import { expect, it } from 'vitest'
import { isMuscleId } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import { sources, type SourceId } from '../data/sources.ts'
import type { GuideCase } from './heldOutCases.ts'

const regionSet = new Set<string>(regionIds)
const key = (name: string) => name.trim().toLowerCase()

/** Each case valid and sourced, names unique (also against `otherNames`), most drawings of 2+ regions. */
export function itChecksCaseShapes(cases: readonly GuideCase[], otherNames: readonly string[]): void {
  it('have unique names that no other case set uses', () => {
    const names = cases.map((c) => key(c.name))
    expect(new Set(names).size).toBe(names.length)
    const taken = new Set(otherNames.map(key))
    expect(names.filter((n) => taken.has(n))).toEqual([])
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s: valid marks and muscles', (_, c) => {
    expect(c.marks.length).toBeGreaterThan(0)
    expect(new Set(c.marks).size).toBe(c.marks.length)
    for (const r of c.marks) expect(regionSet.has(r), r).toBe(true)
    expect(c.muscles.length).toBeGreaterThanOrEqual(1)
    expect(c.muscles.length).toBeLessThanOrEqual(5)
    expect(new Set(c.muscles).size).toBe(c.muscles.length)
    for (const m of c.muscles) expect(isMuscleId(m), m).toBe(true)
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s: a catalogued source with a locator', (_, c) => {
    expect(Object.prototype.hasOwnProperty.call(sources, c.source.source)).toBe(true)
    expect(c.source.locator?.trim().length ?? 0).toBeGreaterThan(5)
  })

  it('mostly mark two or more regions, as real pain drawings do', () => {
    const multi = cases.filter((c) => c.marks.length >= 2).length
    expect(multi * 2).toBeGreaterThan(cases.length)
  })
}

/**
 * A blind set's studies: each an article with a DOI or PMID, none that `earlier` (source ids of
 * earlier sets) drew on, also under another id (caught by DOI or PMID), and none in both halves.
 */
export function itUsesFreshStudies(
  upper: readonly GuideCase[],
  lower: readonly GuideCase[],
  earlier: ReadonlySet<string>,
): void {
  const cases = [...upper, ...lower]
  it.each(cases.map((c) => [c.name, c] as const))('%s: a study with a DOI or PMID', (_, c) => {
    const source = sources[c.source.source]
    expect(source.kind).toBe('article')
    expect(Boolean(source.doi) || Boolean(source.pmid), c.source.source).toBe(true)
  })

  it('uses no study or book that the earlier sets drew on, and no study in both halves', () => {
    const reused = cases.map((c) => c.source.source as string).filter((id) => earlier.has(id))
    expect(reused).toEqual([])
    const inUpper = new Set(upper.map((c) => c.source.source as string))
    expect(lower.map((c) => c.source.source as string).filter((id) => inUpper.has(id))).toEqual([])
    const ids = (list: Iterable<string>, field: 'doi' | 'pmid') =>
      [...list].map((id) => sources[id as SourceId][field]?.toLowerCase()).filter((v): v is string => Boolean(v))
    const used = new Set(cases.map((c) => c.source.source as string))
    for (const field of ['doi', 'pmid'] as const) {
      const before = new Set(ids(earlier, field))
      expect(
        ids(used, field).filter((v) => before.has(v)),
        field,
      ).toEqual([])
    }
  })
}
