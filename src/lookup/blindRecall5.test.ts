// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { studyFindings } from '../data/study-findings/index.ts'
import { blindCases5 } from './blindCases5.ts'
import { caseRecall, recallLine } from './caseRecall.ts'
import { studyEvidence } from './rankMuscles.ts'

/**
 * Held-out recall on the fifth blind set (blindCases5.ts): cases from trigger-point studies,
 * written 2026-12-04 by two people who never ran the ranking, and first run against `rankMuscles`
 * as the app runs it (with the study term, whose data never included these studies) once the
 * ranking was fixed and committed (74c3342: the fourth set joined the data, no weight changed).
 * These cases must never be used to choose a weight, edit a zone or add a study finding.
 */
const evidence = studyEvidence(studyFindings)

describe('rankMuscles on the held-out blind set', () => {
  it('prints recall@5 and recall@10, with the study term and with the zones alone', () => {
    const r = caseRecall(blindCases5, evidence)
    const zones = caseRecall(blindCases5)
    const mixed = blindCases5.filter((c) => c.muscles.length > 1 || c.muscles[0] !== 'upper_trapezius')
    const withoutTrapeziusOnly = caseRecall(mixed, evidence)
    console.log(
      `${recallLine(`held-out blind set (${blindCases5.length} cases), as the app ranks:`, r)}\n` +
        `${recallLine('the same, zones alone (no study term):', zones)}\n` +
        `${recallLine(`without the cases that list the upper trapezius alone (${mixed.length} cases):`, withoutTrapeziusOnly)}\n` +
        `misses (not in the top 10): ${r.misses.join('; ') || 'none'}`,
    )
    expect(r.listed).toBeGreaterThanOrEqual(76)
    // Measured once, 2026-12-04, with the ranking of 74c3342 and the set of cda7ffa: recall@10
    // 66/76 = 0.87, recall@5 58/76 = 0.76; the zones alone 64/76 = 0.84 and 52/76 = 0.68; without
    // the 13 cases that list the upper trapezius alone 53/63 = 0.84 and 45/63 = 0.71. These
    // floors catch a regression only.
    expect(r.at10).toBeGreaterThanOrEqual(66)
    expect(r.at5).toBeGreaterThanOrEqual(58)
  })

  // NOT MET, said openly: 0.87 and 0.76 against the issue's 0.95 and 0.8, on 76 listings. Every
  // miss is in the lower half: muscles a study found far from where its patients hurt (the leg
  // muscles of a lumbar disc's myotome, the hamstrings in heel pain), the popliteus in knee
  // osteoarthritis (two studies; no study finding names it there) and the thoracic paraspinals.
  // The misses printed above are now seen: a sixth blind set is needed to measure the next change.
  it.fails("GOAL NOT YET MET: held-out recall@10 >= 0.95 and recall@5 >= 0.8 (the issue's goals)", () => {
    const r = caseRecall(blindCases5, evidence)
    expect(r.recall10).toBeGreaterThanOrEqual(0.95)
    expect(r.recall5).toBeGreaterThanOrEqual(0.8)
  })
})
