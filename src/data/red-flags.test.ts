import { describe, expect, it } from 'vitest'
import { redFlagIds, redFlags, redFlagUrgencies } from './red-flags.ts'
import { isMidline, regions } from './regions.ts'
import { sources } from './sources.ts'
import { redFlagSources } from './sources/red-flag-sources.ts'

describe('red-flag notices', () => {
  it('covers the dangers the clinical review named', () => {
    for (const id of [
      'heart',
      'deep_vein_thrombosis',
      'abdomen',
      'kidney',
      'sudden_headache',
      'giant_cell_arteritis',
      'neck_artery',
      'cauda_equina',
      'thoracic',
      'general',
      'children',
    ])
      expect(redFlagIds).toContain(id)
  })

  it.each(redFlagIds)('%s has a title, one to three plain sentences that say what to do, and an urgency', (id) => {
    const f = redFlags[id]
    expect(f.title.length).toBeGreaterThan(10)
    const sentences = f.text.split(/(?<=[.!?])\s+/).filter(Boolean)
    expect(sentences.length).toBeGreaterThanOrEqual(1)
    expect(sentences.length).toBeLessThanOrEqual(3)
    expect(f.text).toMatch(
      /call emergency services now|emergency department now|see a doctor|get (urgent|emergency) help|clinician/i,
    )
    expect(redFlagUrgencies).toContain(f.urgency)
    if (f.urgency === 'emergency') expect(f.text).toMatch(/emergency/i)
  })

  it.each(redFlagIds)('%s is sourced, and every source it cites exists in the catalogue', (id) => {
    const f = redFlags[id]
    expect(f.sources.length).toBeGreaterThan(0)
    for (const s of f.sources) expect(Object.keys(sources)).toContain(s.source)
  })

  it.each(redFlagIds)('%s has triggers: real regions (a side only off the midline) or search words', (id) => {
    const { regions: places, terms } = redFlags[id].triggers
    expect(places.length + terms.length).toBeGreaterThan(0)
    for (const p of places) {
      expect(Object.keys(regions)).toContain(p.region)
      if (p.side) expect(isMidline(p.region)).toBe(false)
    }
    for (const t of terms) expect(t).toBe(t.toLowerCase().trim())
  })

  it('cites every source of its own source file', () => {
    const cited = new Set(redFlagIds.flatMap((id) => redFlags[id].sources.map((s) => s.source)))
    expect(Object.keys(redFlagSources).filter((s) => !cited.has(s as never))).toEqual([])
  })
})
