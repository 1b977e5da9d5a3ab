import { describe, expect, it } from 'vitest'
import { muscleCatalogue as muscles } from '../data/muscle-catalogue.ts'
import { redFlags } from '../data/red-flags.ts'
import { treatments } from '../data/treatments.ts'
import { redFlagsForMuscle } from '../lookup/redFlags.ts'
import { clinicalText } from '../data/muscle-text.ts'
import { handoutContent, uniqueSources } from './handoutContent.ts'

describe('the handout content', () => {
  const target = { muscle: 'gluteus_minimus', side: 'left' } as const
  const c = handoutContent(target, clinicalText)
  const m = muscles.gluteus_minimus

  it('names the muscle on its side, in plain words and in Latin', () => {
    expect(c.title).toBe('Left gluteus minimus')
    expect(c.latin).toBe(m.latin)
  })

  it('says where the trigger points are in plain words, never the clinical wording', () => {
    expect(c.triggerPoints.map((t) => t.location)).toEqual(m.triggerPoints.map((t) => t.location))
    for (const t of m.triggerPoints) expect(JSON.stringify(c)).not.toContain(t.clinicalLocation)
  })

  it('carries the stretch, the self-pressure, the heat steps and what to avoid, from the data', () => {
    expect(c.selfCare.map((t) => t.kind)).toEqual(['Stretch', 'Self-pressure', 'Heat'])
    expect(c.selfCare[0]!.steps).toEqual(m.selfCare.stretch.steps)
    expect(c.selfCare[2]!.steps).toEqual(treatments.heat.steps)
    expect(c.avoid).toEqual(m.perpetuatingFactors)
  })

  it('lists the treatments done without a clinician with their grade and safety notes', () => {
    expect(c.atHome.map((t) => t.id)).toEqual(
      m.treatments.map((t) => t.id).filter((id) => treatments[id].group !== 'clinical'),
    )
    const heat = c.atHome.find((t) => t.id === 'heat')!
    expect(heat.evidence).toBe('Limited evidence')
    expect(heat.safety).toEqual(treatments.heat.safety!.points)
    expect(c.atHome.map((t) => t.name)).not.toContain(treatments.trigger_point_injection.name)
  })

  it('is made for every muscle on both sides, with heat among the steps only where the muscle lists it', () => {
    for (const id of Object.keys(muscles) as (keyof typeof muscles)[])
      for (const side of ['left', 'right'] as const) {
        const h = handoutContent({ muscle: id, side }, clinicalText)
        expect(h.title.startsWith(side === 'left' ? 'Left ' : 'Right ')).toBe(true)
        const heat = muscles[id].treatments.some((t) => t.id === 'heat')
        expect(h.selfCare.map((t) => t.kind)).toEqual(
          heat ? ['Stretch', 'Self-pressure', 'Heat'] : ['Stretch', 'Self-pressure'],
        )
        expect(h.sources.length).toBeGreaterThan(0)
      }
  })

  it('prints the red-flag notices the panel shows for this muscle, with their sources', () => {
    const ids = redFlagsForMuscle('gluteus_minimus', 'left')
    expect(ids.length).toBeGreaterThan(0)
    expect(c.redFlags.map((f) => f.title)).toEqual(ids.map((id) => redFlags[id].title))
    for (const id of ids) for (const s of redFlags[id].sources) expect(c.sources).toContainEqual(s)
  })

  it('lists every source once, the muscle’s own first', () => {
    expect(c.sources.slice(0, m.sources.length)).toEqual(m.sources)
    const keys = c.sources.map((s) => `${s.source}|${s.locator ?? ''}`)
    expect(new Set(keys).size).toBe(keys.length)
    // Every treatment's source is cited (at a chapter, where the muscle cites one there).
    for (const t of c.atHome)
      for (const s of treatments[t.id].sources) expect(c.sources.map((x) => x.source)).toContain(s.source)
  })

  it('drops a repeated source only when its locator repeats too', () => {
    const a = { source: 'travell_simons_vol2_1992', locator: 'x' } as const
    const b = { source: 'travell_simons_vol2_1992', locator: 'y' } as const
    expect(uniqueSources([a, b, a])).toEqual([a, b])
  })

  it('cites a book once at its chapter, not again without it', () => {
    const book = { source: 'travell_simons_vol2_1992' } as const
    const chapter = { source: 'travell_simons_vol2_1992', locator: 'chapter 8' } as const
    const other = { source: 'grimaldi_2015_gluteal_tendinopathy' } as const
    expect(uniqueSources([chapter, other, book])).toEqual([chapter, other])
    expect(uniqueSources([book, other])).toEqual([book, other])
  })
})
