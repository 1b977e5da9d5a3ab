// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { blindCases3 } from './blindCases3.ts'
import { caseRecall, recallLine } from './caseRecall.ts'

/**
 * Held-out recall on the fifth, blind case set (blindCases3.ts): 48 cases from 48 trigger-point
 * studies, written 2026-12-03 by two people who never ran the ranking, and first run against
 * `rankMuscles` as it stood after the fourth tuning round (unchanged since; commit a4081b6).
 * Like the earlier blind sets, these cases must never be used to choose a weight or edit a zone.
 */
const recall = () => caseRecall(blindCases3)

describe('rankMuscles on the third blind held-out set', () => {
  it('prints recall@5 and recall@10', () => {
    const r = recall()
    console.log(
      `${recallLine(`third blind held-out (${blindCases3.length} cases):`, r)}\n` +
        `misses (not in the top 10): ${r.misses.join('; ') || 'none'}`,
    )
    expect(r.listed).toBeGreaterThanOrEqual(90)
    // Measured once, 2026-12-03: recall@10 70/92 = 0.76, recall@5 51/92 = 0.55 (upper body 36/45
    // and 26/45, lower body 34/47 and 25/47). These floors catch a regression only.
    expect(r.at10).toBeGreaterThanOrEqual(70)
    expect(r.at5).toBeGreaterThanOrEqual(51)
  })

  // NOT MET, said openly: the third independent measurement agrees with the first two (0.82 and
  // 0.73 at 10, 0.57 and 0.59 at 5). These studies list the muscles that held trigger points in
  // people with one complaint (the iliopsoas and piriformis in pelvic pain, the hip muscles in
  // front-of-knee pain, the upper trapezius in shoulder impingement), wherever those trigger
  // points refer; a ranking of referral patterns to the marked places misses many of them.
  it.fails("GOAL NOT YET MET: third blind set recall@10 >= 0.95 and recall@5 >= 0.8 (the issue's goals)", () => {
    const r = recall()
    expect(r.recall10).toBeGreaterThanOrEqual(0.95)
    expect(r.recall5).toBeGreaterThanOrEqual(0.8)
  })
})
