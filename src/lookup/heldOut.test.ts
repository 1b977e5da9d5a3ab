import { describe, expect, it } from 'vitest'
import { isMuscleId } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import { sources } from '../data/sources.ts'
import { painGuideBooks } from '../data/sources/pain-guide-books.ts'
import { fnv1a, guideCases, heldOutCases, isHeldOut, tuningCases, type GuideCase } from './heldOutCases.ts'
import { painGuideCases } from './painGuideCases.ts'
import { rankMuscles, type PainMark } from './rankMuscles.ts'

/** Recall at 5 and 10: the share of the listed muscles in the first 5 (10) entries for the case's marks, on the left. */
function recall(cases: readonly Pick<GuideCase, 'name' | 'marks' | 'muscles'>[]) {
  let listed = 0
  let at5 = 0
  let at10 = 0
  const misses: string[] = []
  for (const c of cases) {
    const marks = c.marks.map((region) => ({ region, side: 'left' }) as PainMark)
    const top = rankMuscles(marks, { limit: 10 }).map((r) => r.muscle)
    for (const m of c.muscles) {
      const at = top.indexOf(m)
      listed++
      if (at >= 0 && at < 5) at5++
      if (at >= 0) at10++
      else misses.push(`${c.name}: ${m}`)
    }
  }
  return { listed, at5, at10, recall5: at5 / listed, recall10: at10 / listed, misses }
}

const line = (label: string, r: ReturnType<typeof recall>) =>
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
    for (const id of Object.keys(painGuideBooks)) expect(used.has(id as (typeof guideCases)[number]['source']['source']), id).toBe(true)
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

describe('rankMuscles on the held-out cases (never used to choose its weights)', () => {
  it('prints recall@5 and recall@10, and stays no worse than when the weights were fixed', () => {
    const held = recall(heldOutCases)
    const tuning = recall(tuningCases)
    const first = recall(painGuideCases.map((c) => ({ name: c.area, marks: [c.region], muscles: c.muscles })))
    console.log(
      [
        line(`held-out (${heldOutCases.length} cases)`, held),
        line(`tuning (${tuningCases.length} cases)`, tuning),
        line(`first 48 cases`, first),
        `held-out misses (not in the top 10): ${held.misses.join('; ') || 'none'}`,
      ].join('\n'),
    )
    // Measured once, after the weights were fixed on the tuning part: recall@10 76/82 = 0.93,
    // recall@5 61/82 = 0.74 (the weights before scored 71/82 = 0.87 and 59/82 = 0.72). These
    // floors catch a large regression; the goals are the next test.
    expect(held.recall10).toBeGreaterThanOrEqual(0.9)
    expect(held.recall5).toBeGreaterThanOrEqual(0.7)
  })

  // NOT MET YET, said openly: held-out recall@10 is 0.94 (77/82) and recall@5 0.72 (59/82)
  // against the 0.95 and 0.8, measured once after the second tuning round (bordering
  // spillover zones counted; see rankMuscles.ts), which had raised tuning recall@5 from 0.750
  // to 0.760: on the held-out part recall@10 rose by one muscle (76 -> 77) and recall@5 fell by
  // two (61 -> 59). Left as measured, not re-tuned on these cases. The missing muscles are
  // mostly ones whose zones in the atlas do not reach the marked regions (see the printed
  // misses), which a weight cannot fix without fitting the held-out cases. `it.fails` keeps this visible: it turns red the day the goals are met, so
  // whoever gets there changes it to `it`.
  it.fails('GOAL NOT YET MET: held-out recall@10 >= 0.95 and recall@5 >= 0.8 (the issue\'s goals)', () => {
    const held = recall(heldOutCases)
    expect(held.recall10).toBeGreaterThanOrEqual(0.95)
    expect(held.recall5).toBeGreaterThanOrEqual(0.8)
  })
})
