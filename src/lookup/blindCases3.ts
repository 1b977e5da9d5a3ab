/**
 * A fifth, BLIND set of test cases for `rankMuscles`, written 2026-12-03 for issue #9 after the
 * misses of the first two blind sets had been seen (which made those two tuning data). Two
 * halves, each written by someone who never ran the ranking: `blindCases3Upper.ts` (head, neck,
 * shoulder, arm, chest) and `blindCases3Lower.ts` (back, abdomen, pelvis, hip, leg, foot).
 *
 * The blind rule (how these cases were written)
 * - Written without reading `rankMuscles.ts`, `src/data/pain-guides.ts` or any muscle's zones,
 *   without running the ranking or any test that prints its output, and without using the app.
 *   Each case says what its source says, never what the app returns. The set is measured once,
 *   after the ranking's weights are fixed, and never used to choose a weight or edit a zone.
 * - No study or book behind an earlier case set is used again (checked in blindCases3.test.ts).
 *
 * How a case is written: as in `blindCases2.ts` — marks are what a person with the complaint
 * would mark on one side (the abstract's painful area where it names one); muscles are those the
 * study found involved, at most five, most prevalent first where the abstract ranks them, each
 * case's `note` saying how it was read.
 */
import type { GuideCase } from './heldOutCases.ts'
import { blindCases3Upper } from './blindCases3Upper.ts'
import { blindCases3Lower } from './blindCases3Lower.ts'

/** The third blind set, head to toe. */
export const blindCases3: readonly GuideCase[] = [...blindCases3Upper, ...blindCases3Lower]
