import { describe, expect, it } from 'vitest'
import { explainers, type ExplainerId } from './explainers.ts'
import { sources } from './sources.ts'

const ids = Object.keys(explainers) as ExplainerId[]

describe('explainers', () => {
  it('are the six pages the app links to', () => {
    expect(ids.sort()).toEqual(
      [
        'essential_spillover_zones',
        'fibromyalgia_and_trigger_points',
        'spasm_vs_cramp',
        'trigger_points_referred_pain',
        'trigger_vs_tender_points',
        'when_to_see_a_clinician',
      ].sort(),
    )
  })

  it.each(ids)('%s has 2-4 sections, each with 1-3 paragraphs and existing sources', (id) => {
    const e = explainers[id]
    expect(e.title.trim()).not.toBe('')
    expect(e.summary.trim()).not.toBe('')
    expect(e.sections.length).toBeGreaterThanOrEqual(2)
    expect(e.sections.length).toBeLessThanOrEqual(4)
    for (const s of e.sections) {
      expect(s.heading.trim(), `${id}: empty heading`).not.toBe('')
      expect(s.paragraphs.length, `${id} / ${s.heading}`).toBeGreaterThanOrEqual(1)
      expect(s.paragraphs.length, `${id} / ${s.heading}`).toBeLessThanOrEqual(3)
      for (const p of s.paragraphs) expect(p.trim()).not.toBe('')
      expect(s.sources.length, `${id} / ${s.heading} has no source`).toBeGreaterThanOrEqual(1)
      // The compiler checks ids too; this catches a source dropped from the catalogue at runtime.
      for (const ref of s.sources) expect(sources, `${id}: unknown source ${ref.source}`).toHaveProperty(ref.source)
    }
  })

  it('give a reason wherever they are flagged uncertain', () => {
    for (const e of Object.values(explainers)) {
      if (e.uncertain !== undefined) expect(e.uncertain.trim()).not.toBe('')
    }
  })
})
