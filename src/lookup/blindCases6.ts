/**
 * The HELD-OUT set of test cases for `rankMuscles` (issue #9), written 2026-12-04 after the fifth
 * blind set joined the four before it as data of the ranking's study term
 * (`src/data/study-findings/`). Two halves, each written by someone who never ran the ranking:
 * `blindCases6Upper.ts` (head, neck, shoulder, arm, chest) and `blindCases6Lower.ts` (back,
 * abdomen, pelvis, hip, leg, foot).
 *
 * The blind rule (how these cases were written)
 * - Written without reading `rankMuscles.ts`, `src/data/pain-guides.ts`, any muscle's zones, the
 *   study findings or the earlier case sets, without running the ranking or any test that prints
 *   its output, and without using the app. Each case says what its study's abstract says, never
 *   what the app returns. The set is measured once, after the ranking was fixed and committed
 *   (`blindRecall6.test.ts`), and never used to choose a weight, edit a zone or add a study
 *   finding: were it used so, a seventh blind set would be needed to measure again.
 * - No study or book behind an earlier case set or the study findings is used again (checked in
 *   blindCases6.test.ts, by id, DOI and PMID).
 *
 * How a case is written: as the study findings are (`src/data/study-findings/index.ts`): marks are
 * what a person with the complaint would mark on one side (the abstract's painful area where it
 * names one); muscles are those the study found involved, at most five, the most prevalent first
 * where the abstract ranks them; each case's `note` says how it was read.
 */
import type { GuideCase } from './heldOutCases.ts'
import { blindCases6Lower } from './blindCases6Lower.ts'
import { blindCases6Upper } from './blindCases6Upper.ts'

/** The held-out blind set, head to toe. */
export const blindCases6: readonly GuideCase[] = [...blindCases6Upper, ...blindCases6Lower]
