/**
 * (being written) The lower half of the fifth blind case set.
 */
import type { GuideCase } from './heldOutCases.ts'

export const blindCases5Lower: readonly GuideCase[] = []
