import type { GuideCase } from './heldOutCases.ts'
import { rankMuscles, type StudyEvidence } from './rankMuscles.ts'

/** What `caseRecall` measures on a set of cases. */
export interface Recall {
  /** Muscles listed by the cases' sources, counted once per case. */
  listed: number
  /** Of those, how many the ranking puts in its first 5 (10) entries. */
  at5: number
  at10: number
  recall5: number
  recall10: number
  /** "case name: muscle" for each listed muscle outside the first 10. */
  misses: string[]
}

/**
 * Recall at 5 and 10 of `rankMuscles` on published cases: the share of the muscles a case's
 * source lists that appear in the first 5 (10) entries for that case's marks, on the left side.
 * Shared by the tests that measure the tuning, held-out and blind sets, so all report alike.
 * `evidence` is the study term's data, as the app passes it; without it, the zones alone.
 */
export function caseRecall(
  cases: readonly Pick<GuideCase, 'name' | 'marks' | 'muscles'>[],
  evidence?: StudyEvidence,
): Recall {
  let listed = 0
  let at5 = 0
  let at10 = 0
  const misses: string[] = []
  for (const c of cases) {
    const marks = c.marks.map((region) => ({ region, side: 'left' as const }))
    const top = rankMuscles(marks, evidence ? { limit: 10, evidence } : { limit: 10 }).map((r) => r.muscle)
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

/** One printable line: "label recall@10 = 0.96 (278/290), recall@5 = 0.77 (223/290)". */
export const recallLine = (label: string, r: Recall): string =>
  `${label} recall@10 = ${r.recall10.toFixed(2)} (${r.at10}/${r.listed}), recall@5 = ${r.recall5.toFixed(2)} (${r.at5}/${r.listed})`
