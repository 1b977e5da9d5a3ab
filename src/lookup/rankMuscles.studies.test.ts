// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { muscleIds } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import { studyFindings, type StudyFinding } from '../data/study-findings/index.ts'
import {
  musclePrior,
  PRIOR_WEIGHT,
  rankMuscles,
  STUDY_SHRINK,
  STUDY_WEIGHT,
  studyEvidence,
  type RankedMuscle,
} from './rankMuscles.ts'

const find = (ranked: RankedMuscle[], muscle: string, side?: string) =>
  ranked.find((r) => r.muscle === muscle && r.side === side)

// Two made-up findings about the temple (real source ids, so the shapes are those of the data):
// the soleus, whose pattern is nowhere near the head, found once; the temporalis twice.
const a = { source: 'fernandez_de_las_penas_2007_trapezius_ctth_referral', locator: 'test' } as const
const b = { source: 'palacios_cena_2018_tension_headache_trps', locator: 'test' } as const
const findings: StudyFinding[] = [
  { name: 'one', marks: ['temple'], muscles: ['soleus', 'temporalis'], source: a },
  { name: 'two', marks: ['temple', 'occiput'], muscles: ['temporalis'], source: b },
  { name: 'three', marks: ['sternum'], muscles: ['soleus'], source: b },
]
const evidence = studyEvidence(findings)

describe('rankMuscles: the study term', () => {
  it('is off without evidence: the zones alone, as before it', () => {
    const ranked = rankMuscles([{ region: 'temple', side: 'left' }])
    expect(find(ranked, 'soleus', 'left')).toBeUndefined()
    for (const r of ranked) {
      expect(r.studies).toEqual([])
      expect(r.reason).not.toMatch(/[Ss]tudies/)
    }
  })

  it('adds STUDY_WEIGHT x found / (studies + STUDY_SHRINK) per mark and lists a muscle no zone explains, saying why', () => {
    const ranked = rankMuscles([{ region: 'temple', side: 'left' }], { evidence })
    const soleus = find(ranked, 'soleus', 'left')!
    expect(soleus).toBeDefined()
    // One of the two temple studies found it; nothing else counts for it there but the prior.
    expect(soleus.score).toBeCloseTo((STUDY_WEIGHT * 1) / (2 + STUDY_SHRINK) + PRIOR_WEIGHT * musclePrior.soleus, 12)
    expect(soleus.studies).toEqual([{ region: 'temple', found: 1, of: 2, sources: [a] }])
    expect(soleus.reason).toBe(
      'In 1 of 2 studies of people with pain in your temple, trigger points were found in it. ' +
        'Its referral pattern as drawn does not reach your temple.',
    )
    const without = find(rankMuscles([{ region: 'temple', side: 'left' }]), 'temporalis', 'left')!
    const temporalis = find(ranked, 'temporalis', 'left')!
    expect(temporalis.score - without.score).toBeCloseTo((STUDY_WEIGHT * 2) / (2 + STUDY_SHRINK), 12)
    expect(temporalis.studies.map((s) => s.sources)).toEqual([[a, b]])
    expect(temporalis.reason).toMatch(
      /In 2 of 2 studies of people with pain in your temple, trigger points were found in it\.$/,
    )
  })

  it('shares each mark by the marked area: two marks, one studied, count half', () => {
    const one = find(rankMuscles([{ region: 'temple', side: 'left' }], { evidence }), 'soleus', 'left')!
    const two = find(
      rankMuscles(
        [
          { region: 'temple', side: 'left' },
          { region: 'forehead', side: 'left' },
        ],
        { evidence },
      ),
      'soleus',
      'left',
    )!
    expect(two.score - PRIOR_WEIGHT * musclePrior.soleus).toBeCloseTo(
      (one.score - PRIOR_WEIGHT * musclePrior.soleus) / 2,
      12,
    )
  })

  it('counts for the muscle on the side of the mark only, and for both sides on the midline', () => {
    const left = rankMuscles(
      [
        { region: 'temple', side: 'left' },
        { region: 'sternum', side: 'left' },
      ],
      { evidence },
    )
    expect(find(left, 'soleus', 'left')!.studies.map((s) => s.region)).toEqual(['temple', 'sternum'])
    expect(find(left, 'soleus', 'right')!.studies.map((s) => s.region)).toEqual(['sternum'])
    expect(find(left, 'soleus', 'left')!.reason).toMatch(
      /^In studies of people with pain where you marked, trigger points were found in it: 1 of 2 for your temple and 1 of 1 for your breastbone\./,
    )
  })

  it('never adds to a muscle the studies did not find', () => {
    const ranked = rankMuscles([{ region: 'occiput', side: 'left' }], { evidence })
    const plain = rankMuscles([{ region: 'occiput', side: 'left' }])
    for (const r of ranked.filter((x) => x.muscle !== 'temporalis')) {
      expect(r.studies).toEqual([])
      expect(r.score).toBe(find(plain, r.muscle, r.side)!.score)
    }
  })
})

describe("the app's study evidence (src/data/study-findings/)", () => {
  const app = studyEvidence(studyFindings)
  const studies = (list: readonly StudyFinding[]) => [...new Set(list.map((f) => f.source.source))]
  it('counts, for each region, the studies that mark it, and for each muscle those that found it, each study once', () => {
    regionIds.forEach((region, r) => {
      const marking = studyFindings.filter((f) => f.marks.includes(region))
      expect(app.studiesAt[r], region).toBe(studies(marking).length)
      muscleIds.forEach((muscle, m) => {
        const found = studies(marking.filter((f) => f.muscles.includes(muscle)))
        expect(app.found[m * regionIds.length + r]).toBe(found.length)
        if (found.length > 0) expect(app.sources.get(m * regionIds.length + r)?.map((s) => s.source)).toEqual(found)
      })
    })
  })

  it('draws on at least 100 studies', () => {
    expect(studies(studyFindings).length).toBeGreaterThanOrEqual(100)
  })
})
