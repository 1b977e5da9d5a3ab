import { readFileSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { explainers } from './explainers.ts'
import { muscleAreas, muscleCatalogue as muscles } from './muscle-catalogue.ts'
import { muscleIds } from './muscles.ts'
import { redFlags } from './red-flags.ts'
import { regionIds, regions } from './regions.ts'
import { sources } from './sources.ts'
import { painGuideBooks } from './sources/pain-guide-books.ts'
import { studyFindings } from './study-findings/index.ts'
import { blindCaseStudies6Upper } from './sources/blind-case-studies-6-upper.ts'
import { blindCaseStudies6Lower } from './sources/blind-case-studies-6-lower.ts'
import { treatments } from './treatments.ts'
import { bodyAreas, evidenceLevels, treatmentGroups, type Muscle } from './types.ts'

const snake = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/

describe('body regions', () => {
  const spec = resolve(import.meta.dirname, '../../../shared/spec/body-regions.json')
  if (!existsSync(spec)) console.warn(`SKIPPED: the region vocabulary check needs ${spec} (present in CI).`)
  it.skipIf(!existsSync(spec))('match the shared vocabulary, id for id, in order, with its labels and groups', () => {
    const json = JSON.parse(readFileSync(spec, 'utf8')) as {
      regions: { id: string; midline?: boolean; label: string; group: string }[]
    }
    expect(regionIds).toEqual(json.regions.map((r) => r.id))
    for (const r of json.regions) {
      expect(regions[r.id as keyof typeof regions].label).toBe(r.label)
      expect(regions[r.id as keyof typeof regions].group).toBe(r.group)
      expect('midline' in regions[r.id as keyof typeof regions]).toBe(r.midline === true)
    }
  })
})

describe('muscles', () => {
  it('have snake_case ids that appear in exactly one area file, in the right area', () => {
    const seen = new Map<string, number>()
    muscleAreas.forEach((area, i) => {
      for (const id of Object.keys(area)) seen.set(id, (seen.get(id) ?? 0) + 1)
      for (const m of Object.values<Muscle>(area)) expect(m.area).toBe(bodyAreas[i])
    })
    for (const [id, count] of seen) {
      expect(id).toMatch(snake)
      expect(count, `${id} is in ${count} area files`).toBe(1)
    }
    expect(seen.size).toBe(muscleIds.length)
  })

  it.each(muscleIds)('%s has trigger points with essential zones, sources and care', (id) => {
    const m = muscles[id]
    expect(m.triggerPoints.length).toBeGreaterThan(0)
    expect(m.sources.length).toBeGreaterThan(0)
    expect(m.referredPain.length).toBeGreaterThan(20)
    expect(m.symptoms.length).toBeGreaterThan(0)
    expect(m.selfCare.stretch.steps.length).toBeGreaterThan(1)
    expect(m.selfCare.selfPressure.steps.length).toBeGreaterThan(1)
    expect(m.treatments.length).toBeGreaterThan(0)
    const partIds = m.parts.map((p) => p.id)
    expect(new Set(partIds).size).toBe(partIds.length)
    const trpIds = m.triggerPoints.map((t) => t.id)
    expect(new Set(trpIds).size, 'trigger point ids are unique').toBe(trpIds.length)
    for (const t of m.triggerPoints) {
      expect(t.id).toMatch(snake)
      expect(t.essentialZone.length, `${t.id} has an essential zone`).toBeGreaterThan(0)
      for (const r of [...t.essentialZone, ...t.spilloverZone]) expect(regionIds).toContain(r)
      expect(t.position.along).toBeGreaterThanOrEqual(0)
      expect(t.position.along).toBeLessThanOrEqual(1)
      expect(t.position.around).toBeGreaterThanOrEqual(0)
      expect(t.position.around).toBeLessThan(1)
      if (m.parts.length > 1) expect(partIds, `${t.id} names its part`).toContain(t.position.part)
      else if (t.position.part !== undefined) expect(partIds).toContain(t.position.part)
      const overlap = t.essentialZone.filter((r) => t.spilloverZone.includes(r))
      expect(overlap, 'a region is essential or spillover, not both').toEqual([])
    }
    for (const p of m.parts) if (p.fma) expect(p.fma.left).toMatch(/^FMA\d+$/)
    for (const t of m.treatments) expect(Object.keys(treatments)).toContain(t.id)
    for (const s of m.sources) expect(Object.keys(sources)).toContain(s.source)
    for (const a of m.associatedMuscles) expect(a).toMatch(snake)
  })
})

describe('treatments', () => {
  it.each(Object.keys(treatments))('%s has a group, an evidence level and sources', (id) => {
    const t = treatments[id as keyof typeof treatments]
    expect(id).toMatch(snake)
    expect(treatmentGroups).toContain(t.group)
    expect(evidenceLevels).toContain(t.evidence.level)
    expect(t.evidence.summary.length).toBeGreaterThan(10)
    expect(t.sources.length).toBeGreaterThan(0)
    for (const s of t.sources) expect(Object.keys(sources)).toContain(s.source)
  })

  it('covers every group', () => {
    const groups = new Set(Object.values(treatments).map((t) => t.group))
    expect([...groups].sort()).toEqual([...treatmentGroups].sort())
  })
})

describe('sources', () => {
  it.each(Object.keys(sources))('%s is checkable (DOI, PMID, ISBN or a guideline page)', (id) => {
    const s: { citation: string; doi?: string; pmid?: string; isbn?: string; url?: string } =
      sources[id as keyof typeof sources]
    expect(id).toMatch(snake)
    expect(s.citation.length).toBeGreaterThan(20)
    expect(Boolean(s.doi || s.pmid || s.isbn || s.url), `${id} has an identifier`).toBe(true)
    if (s.doi) expect(s.doi).toMatch(/^10\.\d{4,}\//)
    if (s.pmid) expect(s.pmid).toMatch(/^\d{5,9}$/)
  })

  it('are all cited somewhere', () => {
    const cited = new Set<string>()
    for (const m of Object.values(muscles)) for (const s of m.sources) cited.add(s.source)
    for (const t of Object.values(treatments)) for (const s of t.sources) cited.add(s.source)
    for (const e of Object.values(explainers))
      for (const section of e.sections) for (const s of section.sources) cited.add(s.source)
    for (const f of Object.values(redFlags)) for (const s of f.sources) cited.add(s.source)
    // The pain-guide books are cited by the ranking's test cases (src/lookup/heldOutCases.ts),
    // which check that each of them is used there.
    for (const id of Object.keys(painGuideBooks)) cited.add(id)
    // The study findings cite theirs (the ranking's study term).
    for (const f of studyFindings) cited.add(f.source.source)
    // The studies behind the held-out blind set are cited by its cases (src/lookup/blindCases6.test.ts).
    for (const id of [...Object.keys(blindCaseStudies6Upper), ...Object.keys(blindCaseStudies6Lower)]) cited.add(id)
    expect(Object.keys(sources).filter((s) => !cited.has(s))).toEqual([])
  })
})
