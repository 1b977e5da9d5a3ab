// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { studyFindings } from '../data/study-findings/index.ts'
import { blindCases6 } from './blindCases6.ts'
import { caseRecall, recallLine } from './caseRecall.ts'
import { studyEvidence } from './rankMuscles.ts'

/**
 * Held-out recall on the sixth blind set (blindCases6.ts): cases from trigger-point studies,
 * written 2026-12-04 by helpers who never ran the ranking, and first run against `rankMuscles`
 * as the app runs it (with the study term, whose data never included these studies) once the
 * ranking was fixed and committed (2bdc265: the fifth set joined the data, no weight changed).
 * These cases must never be used to choose a weight, edit a zone or add a study finding.
 */
const evidence = studyEvidence(studyFindings)

describe('rankMuscles on the held-out blind set', () => {
  it('prints recall@5 and recall@10, with the study term and with the zones alone', () => {
    const r = caseRecall(blindCases6, evidence)
    const zones = caseRecall(blindCases6)
    // One-muscle cases are mostly trials that treated one chosen muscle; the cases that list
    // several are the surveys of which muscles hold trigger points (printed, not judged).
    const several = caseRecall(
      blindCases6.filter((c) => c.muscles.length > 1),
      evidence,
    )
    console.log(
      `${recallLine(`held-out blind set (${blindCases6.length} cases), as the app ranks:`, r)}\n` +
        `${recallLine('the same, zones alone (no study term):', zones)}\n` +
        `${recallLine('the cases that list two or more muscles:', several)}\n` +
        `misses (not in the top 10): ${r.misses.join('; ') || 'none'}`,
    )
    expect(r.listed).toBeGreaterThanOrEqual(27)
    // Measured once, 2026-12-04, with the ranking of 2bdc265 and the set of 0a72fae: recall@10
    // 23/27 = 0.85, recall@5 21/27 = 0.78; the zones alone 21/27 = 0.78 and 16/27 = 0.59; the
    // cases listing two or more muscles 11/14 and 9/14. 27 listings give a wide interval (one
    // listing is 0.04). These floors catch a regression only.
    expect(r.at10).toBeGreaterThanOrEqual(23)
    expect(r.at5).toBeGreaterThanOrEqual(21)
  })

  // NOT MET, said openly: 0.85 and 0.78 against the issue's 0.95 and 0.8, on 27 listings. The four
  // misses: the splenius capitis in two neck-pain trials (both listed it third, after the upper
  // trapezius and levator scapulae), the rhomboids for chest pain (a small case series' claim),
  // the scalenes in tension-type headache. The misses are now seen: a seventh blind set is needed
  // to measure the next change.
  it.fails("GOAL NOT YET MET: held-out recall@10 >= 0.95 and recall@5 >= 0.8 (the issue's goals)", () => {
    const r = caseRecall(blindCases6, evidence)
    expect(r.recall10).toBeGreaterThanOrEqual(0.95)
    expect(r.recall5).toBeGreaterThanOrEqual(0.8)
  })
})
