// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { studyFindings } from '../data/study-findings/index.ts'
import { blindCases4 } from './blindCases4.ts'
import { caseRecall, recallLine } from './caseRecall.ts'
import { studyEvidence } from './rankMuscles.ts'

/**
 * Held-out recall on the fourth blind set (blindCases4.ts): 37 cases from 37 trigger-point
 * studies, written 2026-12-04 by two people who never ran the ranking, and first run against
 * `rankMuscles` as the app runs it (with the study term, whose data never included these studies)
 * once its weights were fixed and committed (7c79a29). These cases must never be used to choose
 * a weight, edit a zone or add a study finding.
 */
const evidence = studyEvidence(studyFindings)

describe('rankMuscles on the held-out blind set', () => {
  it('prints recall@5 and recall@10, with the study term and with the zones alone', () => {
    const r = caseRecall(blindCases4, evidence)
    const zones = caseRecall(blindCases4)
    console.log(
      `${recallLine(`held-out blind set (${blindCases4.length} cases), as the app ranks:`, r)}\n` +
        `${recallLine('the same, zones alone (no study term):', zones)}\n` +
        `misses (not in the top 10): ${r.misses.join('; ') || 'none'}`,
    )
    expect(r.listed).toBeGreaterThanOrEqual(55)
    // Measured once, 2026-12-04, with the ranking of 7c79a29: recall@10 49/55 = 0.89, recall@5
    // 41/55 = 0.75; the zones alone 48/55 = 0.87 and 30/55 = 0.55. These floors catch a regression only.
    expect(r.at10).toBeGreaterThanOrEqual(49)
    expect(r.at5).toBeGreaterThanOrEqual(41)
  })

  // NOT MET, said openly: 0.89 and 0.75 against the issue's 0.95 and 0.8, on 55 listings (one
  // listing is 0.018). The misses are muscles found by one study where no other study of that
  // place found them (the sternocleidomastoid for molar pain, the upper trapezius for elbow
  // stiffness) and muscles the zones and the studies both rank just past ten. The misses printed
  // above are now seen: a fifth blind set is needed to measure the next change.
  it.fails("GOAL NOT YET MET: held-out recall@10 >= 0.95 and recall@5 >= 0.8 (the issue's goals)", () => {
    const r = caseRecall(blindCases4, evidence)
    expect(r.recall10).toBeGreaterThanOrEqual(0.95)
    expect(r.recall5).toBeGreaterThanOrEqual(0.8)
  })
})
