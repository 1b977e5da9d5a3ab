/**
 * Test cases for `rankMuscles`, taken from Travell & Simons' regional pain guides: each area of
 * `src/data/pain-guides.ts` (the one home of that content) is a case, a single mark on its
 * region, and the muscles the guide lists first for it. The ranking should place every listed
 * muscle in its top ten for that mark (checked in `rankMuscles.test.ts`).
 *
 * Since the ranking now uses the guides' order (its guide term), these cases check that the
 * term works, not that the ranking generalises: see heldOut.test.ts and the header of
 * rankMuscles.ts.
 */
import { painGuideAreas, type PainGuideArea } from '../data/pain-guides.ts'

/** One area of a pain guide and the muscles it lists first for it. */
export type PainGuideCase = PainGuideArea

/** Regional pain-guide cases, head to toe. */
export const painGuideCases: readonly PainGuideCase[] = painGuideAreas
