import { describe, expect, it } from 'vitest'
import { sources } from './sources.ts'
import { treatments, type TreatmentId } from './treatments.ts'

const ids = Object.keys(treatments) as TreatmentId[]

/** All of a treatment's safety points as one lower-case text, for the checks below. */
function safetyText(id: TreatmentId): string {
  return (treatments[id].safety?.points ?? []).join(' ').toLowerCase()
}

/**
 * The serious risks the clinical review (issue #9) asked for, per treatment: each pattern must
 * appear in that treatment's safety points.
 */
const reviewNamed: Partial<Record<TreatmentId, readonly RegExp[]>> = {
  // Rubs: burns under heat or a tight bandage, never on broken skin.
  topical_analgesics: [/heat pad|heat wrap|hot-water bottle/, /bandage/, /broken/, /burn/],
  // Hot baths: fainting, above all in older people and heart disease or low blood pressure.
  epsom_salt_bath: [/faint/, /older/, /heart disease/, /low blood pressure/],
  // Needling: licensed clinicians only; breathlessness or chest pain afterwards is an emergency.
  trigger_point_injection: [/licensed/, /lung|pneumothorax/, /short of breath/, /chest pain/, /emergency/],
  dry_needling: [/licensed/, /lung|pneumothorax/, /short of breath/, /chest pain/, /emergency/],
  acupuncture: [/licensed/, /lung|pneumothorax/, /short of breath/, /chest pain/, /emergency/],
  // Muscle relaxants and anti-inflammatory drugs (one catalogue entry, "Prescribed medication").
  prescribed_medication: [
    /serotonin syndrome/,
    /ssri/,
    /snri/,
    /tricyclic/,
    /tramadol/,
    /older/,
    /falls/,
    /tizanidine/,
    /fluvoxamine/,
    /ciprofloxacin/,
    /liver/,
    /asthma/,
    /pregnan/,
    /kidney/,
    /stomach/,
    /anticoagulant/,
  ],
}

describe('treatment safety', () => {
  it.each(Object.keys(reviewNamed) as TreatmentId[])(
    '%s shows every serious risk the review named, with a source',
    (id) => {
      const safety = treatments[id].safety
      expect(safety, `${id} has no safety field`).toBeDefined()
      expect(safety!.points.length).toBeGreaterThan(0)
      expect(safety!.sources.length, `${id}: safety without a source`).toBeGreaterThan(0)
      const text = safetyText(id)
      for (const pattern of reviewNamed[id]!) expect(text, `${id} safety lacks ${pattern}`).toMatch(pattern)
    },
  )

  it.each(ids)('%s: any safety field is non-empty, sourced, and its sources are listed with the treatment', (id) => {
    const t = treatments[id]
    if (!t.safety) return
    expect(t.safety.points.length).toBeGreaterThan(0)
    for (const p of t.safety.points) expect(p.trim()).not.toBe('')
    expect(t.safety.sources.length).toBeGreaterThan(0)
    const listed = new Set(t.sources.map((r) => r.source))
    for (const ref of t.safety.sources) {
      expect(sources, `${id}: unknown source ${ref.source}`).toHaveProperty(ref.source)
      expect(listed.has(ref.source), `${id}: safety source ${ref.source} missing from its source list`).toBe(true)
    }
  })

  it('says safety is what a person must see, not everyday cautions: no point repeats a caution', () => {
    for (const id of ids) {
      const t = treatments[id]
      for (const p of t.safety?.points ?? []) expect(t.cautions, `${id} repeats "${p}"`).not.toContain(p)
    }
  })
})

describe('evidence grades the review found too high', () => {
  it('low-level laser rests on small trials at risk of bias, not "randomised trials"', () => {
    const laser = treatments.low_level_laser
    expect(laser.evidence.level).not.toBe('randomised_trials')
    expect(['limited', 'mixed']).toContain(laser.evidence.level)
    expect(laser.evidence.summary).toMatch(/small/i)
    expect(laser.evidence.summary).toMatch(/bias/i)
  })

  it('magnesium for fibromyalgia is graded limited: one small trial and a negative Cochrane review for cramps', () => {
    const mg = treatments.magnesium
    expect(mg.evidence.level).toBe('limited')
    expect(mg.evidence.summary).toMatch(/one small trial/i)
    expect(mg.evidence.summary).toMatch(/Cochrane/)
    expect(mg.sources.map((r) => r.source)).toContain('garrison_2020_magnesium_cramps')
  })

  it('acupuncture says what Deare 2013 found in full: electro better than manual, neither clearly better than sham', () => {
    const s = treatments.acupuncture.evidence.summary
    expect(s).toMatch(/stiffness/)
    expect(s).toMatch(/electroacupuncture\) is probably better than manual/i)
    expect(s).toMatch(/neither kind did clearly better than sham/i)
    expect(treatments.acupuncture.sources.map((r) => r.source)).toContain('deare_2013_acupuncture_fibromyalgia')
  })

  it('Russell 1995 links PubMed, not the supplement advocacy site', () => {
    const russell: { url?: string; citation: string } = sources.russell_1995_malic_acid_magnesium
    expect(russell.citation).toMatch(/J Rheumatol\. 1995;22\(5\):953-958\./)
    expect(russell.url ?? '').toMatch(/^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\//)
    expect(russell.url ?? '').not.toMatch(/mgwater/)
  })
})
