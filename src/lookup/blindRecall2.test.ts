// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { blindCases2 } from './blindCases2.ts'
import { caseRecall, recallLine } from './caseRecall.ts'

/**
 * Held-out recall on the fourth, blind case set (blindCases2.ts): 38 cases from trigger-point
 * studies, written 2026-12-03 by someone who never ran the ranking, and first run against
 * `rankMuscles` after its weights and the local-pain term were fixed on the tuning sets. Like the
 * third set, these cases must never be used to choose a weight or to edit a zone.
 */
const recall = () => caseRecall(blindCases2)

describe('rankMuscles on the second blind held-out set', () => {
  it('prints recall@5 and recall@10', () => {
    const r = recall()
    console.log(
      `${recallLine(`second blind held-out (${blindCases2.length} cases):`, r)}\n` +
        `misses (not in the top 10): ${r.misses.join('; ') || 'none'}`,
    )
    expect(r.listed).toBeGreaterThanOrEqual(90)
    // Measured once, 2026-12-03, after the local-pain term was fixed on the tuning sets:
    // recall@10 71/97 = 0.73, recall@5 57/97 = 0.59. These floors catch a regression only.
    expect(r.recall10).toBeGreaterThanOrEqual(0.72)
    expect(r.recall5).toBeGreaterThanOrEqual(0.58)
  })

  // NOT MET, said openly. Like the first blind set, most of these cases come from studies that
  // counted which muscles held trigger points in people with one complaint, wherever those
  // trigger points sent their pain (neck extensors in migraine, the hip muscles in front-of-knee
  // pain); a ranking that scores the referral patterns of the marked places misses those. The
  // misses printed above were seen on 2026-12-03, so this set no longer judges later changes.
  it.fails("GOAL NOT YET MET: second blind set recall@10 >= 0.95 and recall@5 >= 0.8 (the issue's goals)", () => {
    const r = recall()
    expect(r.recall10).toBeGreaterThanOrEqual(0.95)
    expect(r.recall5).toBeGreaterThanOrEqual(0.8)
  })
})
