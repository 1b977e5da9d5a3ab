import { describe, expect, it } from 'vitest'
import { isMuscleId } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import { sources } from '../data/sources.ts'
import { painGuideBooks } from '../data/sources/pain-guide-books.ts'
import { fnv1a, guideCases, heldOutCases, isHeldOut, tuningCases } from './heldOutCases.ts'
import { painGuideCases } from './painGuideCases.ts'
import { studyFindings } from '../data/study-findings/index.ts'
import { caseRecall, type Recall } from './caseRecall.ts'
import { studyEvidence } from './rankMuscles.ts'

/** The ranking as the app runs it: with the study term. */
const evidence = studyEvidence(studyFindings)
const recall = (cases: Parameters<typeof caseRecall>[0]) => caseRecall(cases, evidence)

const line = (label: string, r: Recall) =>
  `${label} recall@10 = ${r.recall10.toFixed(2)} (${r.at10}/${r.listed} guide muscles), recall@5 = ${r.recall5.toFixed(2)} (${r.at5}/${r.listed})`

describe('the second case set, from other published pain guides', () => {
  it('has 80 or more cases with unique names, each sourced and with 1 to 5 distinct muscles', () => {
    expect(guideCases.length).toBeGreaterThanOrEqual(80)
    expect(new Set(guideCases.map((c) => c.name)).size).toBe(guideCases.length)
    for (const c of guideCases) {
      expect(c.muscles.length, c.name).toBeGreaterThanOrEqual(1)
      expect(c.muscles.length, c.name).toBeLessThanOrEqual(5)
      expect(new Set(c.muscles).size, c.name).toBe(c.muscles.length)
      for (const m of c.muscles) expect(isMuscleId(m), `${c.name}: ${m}`).toBe(true)
      expect(c.marks.length, c.name).toBeGreaterThanOrEqual(1)
      expect(new Set(c.marks).size, c.name).toBe(c.marks.length)
      for (const r of c.marks) expect(regionIds, c.name).toContain(r)
      expect(sources[c.source.source], c.name).toBeDefined()
      expect(c.source.locator, c.name).toBeTruthy()
    }
  })

  it('draws on books and clinical studies other than the two volumes behind the first 48 cases', () => {
    const first = new Set(painGuideCases.map((c) => c.source.source))
    const used = new Set(guideCases.map((c) => c.source.source))
    for (const s of used) expect(first.has(s), s).toBe(false)
    expect(used.size).toBeGreaterThanOrEqual(5)
    // Every pain-guide book in the catalogue is the source of some case (the data test counts them as cited).
    for (const id of Object.keys(painGuideBooks))
      expect(used.has(id as (typeof guideCases)[number]['source']['source']), id).toBe(true)
    expect(guideCases.filter((c) => c.marks.length > 1).length).toBeGreaterThan(guideCases.length / 2)
  })

  it('splits by a fixed hash of the name: about a third held out, no case in both parts', () => {
    expect(fnv1a('')).toBe(0x811c9dc5)
    expect(fnv1a('a')).toBe(0xe40c292c)
    expect(tuningCases.length + heldOutCases.length).toBe(guideCases.length)
    for (const c of heldOutCases) expect(tuningCases).not.toContain(c)
    for (const c of guideCases) expect(heldOutCases.includes(c)).toBe(isHeldOut(c))
    const share = heldOutCases.length / guideCases.length
    expect(share).toBeGreaterThan(0.25)
    expect(share).toBeLessThan(0.42)
  })
})

// The protocol since the third tuning round (issue #9): the held-out part below was seen when
// the second round was measured, so it is retired as held-out and the whole 82-case set is
// tuning data, like the first 48 cases (whose content is now the guide term's data, so they
// check the term rather than the ranking). The goals are judged on a fresh blind set
// (now `blindCases6.ts`; the five before it are the study term's data), measured once by
// someone who did not tune. The figures printed here are those recorded in the header of
// rankMuscles.ts; the floors below catch a regression.
describe('rankMuscles on the second case set (all of it tuning data now)', () => {
  it('prints recall@5 and recall@10 for each part and the first 48, and stays no worse than when the weights were fixed', () => {
    const held = recall(heldOutCases)
    const tuning = recall(tuningCases)
    const both = recall(guideCases)
    const first = recall(painGuideCases.map((c) => ({ name: c.area, marks: [c.region], muscles: c.muscles })))
    console.log(
      [
        line(`former held-out part (${heldOutCases.length} cases)`, held),
        line(`former tuning part (${tuningCases.length} cases)`, tuning),
        line(`whole second set (${guideCases.length} cases)`, both),
        line(`first 48 cases`, first),
        `misses in the second set (not in the top 10): ${both.misses.join('; ') || 'none'}`,
      ].join('\n'),
    )
    // Third round (guide term), measured on tuning data: the whole set 276/290 = 0.95 and
    // 222/290 = 0.77 (before: 274/290 and 217/290); the first 48 cases 149/150 and 130/150.
    // Fourth round (local-pain term): the whole set 278/290 = 0.96 and 223/290 = 0.77; the first
    // 48 cases unchanged.
    // Fifth round (study term, 2026-12-04): the whole set 274/290 = 0.94 and 228/290 = 0.79; the
    // first 48 cases 148/150 and 128/150: the studies lift muscles the guides rank lower.
    // With the fourth set of findings as data too (2026-12-04): 275/290 and 229/290; the first
    // 48 cases 148/150 and 130/150. With the fifth set too: 276/290 and 228/290; the first 48
    // cases 147/150 and 129/150.
    expect(both.at10).toBeGreaterThanOrEqual(276)
    expect(both.at5).toBeGreaterThanOrEqual(228)
    expect(first.at5).toBeGreaterThanOrEqual(129)
    expect(held.recall10).toBeGreaterThanOrEqual(0.9)
    expect(held.recall5).toBeGreaterThanOrEqual(0.7)
  })

  // NOT MET, said openly, even on tuning data: recall@5 over the whole second set is 0.79
  // (228/290) against the 0.8, and recall@10 0.95 (276/290) with the study term (0.77
  // and 0.96 before it; see rankMuscles.ts). The former held-out part alone scores 0.95 (78/82)
  // and 0.80 (66/82).
  // Most misses are muscles at rank 5 to 8 whose zones explain the marks about as well as the
  // four above them, or whose zones in the atlas only border the marks. `it.fails` keeps this
  // visible: it turns red the day the goal is met on this set, so whoever gets there changes it to `it`.
  it.fails("GOAL NOT YET MET: recall@10 >= 0.95 and recall@5 >= 0.8 on the second set (the issue's goals)", () => {
    const both = recall(guideCases)
    expect(both.recall10).toBeGreaterThanOrEqual(0.95)
    expect(both.recall5).toBeGreaterThanOrEqual(0.8)
  })
})
