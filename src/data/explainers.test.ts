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

  // "When to see a clinician" is a checklist a person scans for their own situation, so it may
  // run to six short sections; every other page explains one idea in two to four.
  const maxSections = (id: ExplainerId) => (id === 'when_to_see_a_clinician' ? 6 : 4)

  it.each(ids)(
    '%s has 2-4 sections (the red-flag checklist up to 6), each with 1-3 paragraphs and existing sources',
    (id) => {
      const e = explainers[id]
      expect(e.title.trim()).not.toBe('')
      expect(e.summary.trim()).not.toBe('')
      expect(e.sections.length).toBeGreaterThanOrEqual(2)
      expect(e.sections.length).toBeLessThanOrEqual(maxSections(id))
      for (const s of e.sections) {
        expect(s.heading.trim(), `${id}: empty heading`).not.toBe('')
        expect(s.paragraphs.length, `${id} / ${s.heading}`).toBeGreaterThanOrEqual(1)
        expect(s.paragraphs.length, `${id} / ${s.heading}`).toBeLessThanOrEqual(3)
        for (const p of s.paragraphs) expect(p.trim()).not.toBe('')
        expect(s.sources.length, `${id} / ${s.heading} has no source`).toBeGreaterThanOrEqual(1)
        // The compiler checks ids too; this catches a source dropped from the catalogue at runtime.
        for (const ref of s.sources) expect(sources, `${id}: unknown source ${ref.source}`).toHaveProperty(ref.source)
      }
    },
  )

  it('give a reason wherever they are flagged uncertain', () => {
    for (const e of Object.values(explainers)) {
      if (e.uncertain !== undefined) expect(e.uncertain.trim()).not.toBe('')
    }
  })
})

/** The section of a page whose text matches a pattern, with its text and its source ids. */
function sectionMatching(id: ExplainerId, pattern: RegExp) {
  for (const section of explainers[id].sections) {
    const text = section.paragraphs.join(' ')
    if (pattern.test(text)) return { text, sources: section.sources.map((r) => r.source as string) }
  }
  return undefined
}

describe('"When to see a clinician"', () => {
  // Each warning sign the clinical review found missing (issue #9): what the page must say, and the
  // sources (any one of them) the section saying it must cite.
  const signs: readonly { what: string; says: readonly RegExp[]; citesOneOf: readonly string[] }[] = [
    {
      what: 'pain in children',
      says: [/child/i, /night/, /fever/, /limp/],
      citesOneOf: ['junnila_2006_child_musculoskeletal_pain', 'houghton_2010_child_back_pain'],
    },
    {
      what: 'new pain over 50 and giant cell arteritis, same day',
      says: [/after the age of 50/, /giant cell arteritis/, /jaw when chewing/, /scalp/, /vision/, /same day/],
      citesOneOf: ['mackie_2020_bsr_giant_cell_arteritis'],
    },
    {
      what: 'immunosuppression, long-term steroids, injecting drugs, osteoporotic fracture risk',
      says: [/immune system is weakened/, /steroid/, /inject drugs/, /osteoporosis/, /fracture/],
      citesOneOf: ['finucane_2020_spinal_red_flags'],
    },
    {
      what: 'thoracic pain',
      says: [/middle of the back, between the shoulder blades/],
      citesOneOf: ['henschke_2013_malignancy_red_flags', 'finucane_2020_spinal_red_flags'],
    },
    {
      what: 'stroke and neck-artery dissection signs, an emergency',
      says: [
        /stroke/,
        /artery of the neck/,
        /dizziness/,
        /double vision/,
        /trouble speaking or swallowing/,
        /one side/,
        /emergency number/,
      ],
      citesOneOf: ['debette_2009_cervical_artery_dissection', 'rushton_2023_ifompt_cervical_framework'],
    },
    {
      what: 'sudden testicular pain (torsion), an emergency',
      says: [/testicle/, /torsion/],
      citesOneOf: ['sharp_2013_testicular_torsion'],
    },
    {
      what: 'gastrointestinal bleeding',
      says: [/vomiting blood/i, /black, tarry stools/],
      citesOneOf: ['stanley_2019_upper_gi_bleeding'],
    },
    {
      what: 'a pulsating abdominal mass',
      says: [/pulsing lump in the belly/, /aneurysm/],
      citesOneOf: ['lederle_1999_abdominal_aortic_aneurysm', 'nice_ng156_2020_abdominal_aortic_aneurysm'],
    },
    {
      what: 'low mood or thoughts of self-harm, with what to do now',
      says: [/low mood/i, /harming yourself/, /today/, /crisis line/, /emergency number/],
      citesOneOf: ['tang_2006_suicidality_chronic_pain', 'nice_ng225_2022_self_harm'],
    },
  ]

  it.each(signs)('covers $what, sourced', ({ says, citesOneOf }) => {
    const section = sectionMatching('when_to_see_a_clinician', says[0]!)
    expect(section, `no section says ${says[0]}`).toBeDefined()
    for (const pattern of says) expect(section!.text).toMatch(pattern)
    expect(
      section!.sources.some((s) => citesOneOf.includes(s)),
      `cites none of ${citesOneOf.join(', ')}`,
    ).toBe(true)
  })

  it('puts the emergencies under "Get emergency help now"', () => {
    const emergency = explainers.when_to_see_a_clinician.sections.find((s) => /emergency help now/i.test(s.heading))!
    const text = emergency.paragraphs.join(' ')
    for (const sign of [/chest pain/i, /stroke/, /testicle/, /vomiting blood/i, /pulsing lump/])
      expect(text).toMatch(sign)
  })

  it("gives no single country's phone number", () => {
    const text = explainers.when_to_see_a_clinician.sections.flatMap((s) => s.paragraphs).join(' ')
    expect(text).not.toMatch(/\d{3}/)
  })
})

describe('the fibromyalgia criteria (trigger_vs_tender_points)', () => {
  const text = explainers.trigger_vs_tender_points.sections.flatMap((s) => s.paragraphs).join(' ')

  it('state the 1990 criteria: widespread pain for three months, 11 of 18 tender points at about 4 kg', () => {
    const s = sectionMatching('trigger_vs_tender_points', /1990/)!
    expect(s.text).toMatch(/at least three months/)
    expect(s.text).toMatch(/11 or more of 18/)
    expect(s.text).toMatch(/about 4 kg/)
    expect(s.sources).toContain('wolfe_1990_acr_classification')
  })

  it('name the WPI and the SSS with their ranges and what they count', () => {
    expect(text).toMatch(/Widespread Pain Index \(WPI, 0 to 19\) counts in how many of 19 body areas/)
    expect(text).toMatch(/Symptom Severity Scale \(SSS, 0 to 12\)/)
    expect(text).toMatch(/tiredness, waking unrefreshed and trouble with thinking or memory/)
  })

  it('state the 2010 thresholds, three months and the exclusion clause', () => {
    const s = sectionMatching('trigger_vs_tender_points', /2010 criteria are met/)!
    expect(s.text).toMatch(/WPI of 7 or more and an SSS of 5 or more, or a WPI of 3 to 6 and an SSS of 9 or more/)
    expect(s.text).toMatch(/at least three months/)
    expect(s.text).toMatch(/no other disorder may explain the pain/)
    expect(s.sources).toContain('wolfe_2010_acr_preliminary_criteria')
  })

  it('state the 2016 revision: 4 of 5 regions without jaw, chest and abdomen, WPI 4-6 route, no exclusion', () => {
    const s = sectionMatching('trigger_vs_tender_points', /2016 revision added/)!
    expect(s.text).toMatch(/at least 4 of 5 body regions/)
    expect(s.text).toMatch(/jaw, chest or abdomen does not count/)
    expect(s.text).toMatch(/WPI of 7 or more with an SSS of 5 or more, or a WPI of 4 to 6 with an SSS of 9 or more/)
    expect(s.text).toMatch(/at least three months/)
    expect(s.text).toMatch(/valid whatever other diagnoses/)
    expect(s.sources).toContain('wolfe_2016_criteria_revision')
  })
})
