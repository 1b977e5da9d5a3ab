// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { blindCases } from './blindCases.ts'
import { caseRecall } from './caseRecall.ts'

/**
 * Held-out recall on the third, blind case set (blindCases.ts): written from 2026-12-02 from
 * published studies by someone who never ran the ranking, and first run against `rankMuscles`
 * after its weights were fixed on the other two sets (see rankMuscles.ts). These cases must
 * never be used to choose a weight or to edit a zone; a correction to a case comes only from
 * its source.
 */
const recall = () => caseRecall(blindCases)

describe('rankMuscles on the blind held-out set', () => {
  it('prints recall@5 and recall@10', () => {
    const r = recall()
    console.log(
      `blind held-out (${blindCases.length} cases): recall@10 = ${r.recall10.toFixed(2)} (${r.at10}/${r.listed}), ` +
        `recall@5 = ${r.recall5.toFixed(2)} (${r.at5}/${r.listed})\nmisses (not in the top 10): ${r.misses.join('; ') || 'none'}`,
    )
    expect(r.listed).toBeGreaterThanOrEqual(100)
    // Measured once, 2026-12-02, right after the guide term was fixed on the other sets:
    // recall@10 86/105 = 0.82, recall@5 59/105 = 0.56 (0.82 and 0.57, 60/105, after the local-pain
    // term of 2026-12-03). These floors catch a regression only.
    expect(r.recall10).toBeGreaterThanOrEqual(0.8)
    expect(r.recall5).toBeGreaterThanOrEqual(0.54)
  })

  // NOT MET, said openly. Most of these cases come from studies that counted which muscles held
  // active trigger points in patients with one complaint, wherever those trigger points sent
  // their pain; the ranking scores referral patterns only, so muscles found tender AT the painful
  // place (the upper trapezius in post-mastectomy shoulder pain) rank low. The misses printed
  // above were seen, so this set can no longer judge a change made after 2026-12-02: a new
  // blind set is needed to measure the next one. `it.fails` turns red the day the goals are met.
  it.fails("GOAL NOT YET MET: blind held-out recall@10 >= 0.95 and recall@5 >= 0.8 (the issue's goals)", () => {
    const r = recall()
    expect(r.recall10).toBeGreaterThanOrEqual(0.95)
    expect(r.recall5).toBeGreaterThanOrEqual(0.8)
  })
})
