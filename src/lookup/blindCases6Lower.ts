/**
 * (being written) The lower half of the sixth blind case set.
 */
import type { GuideCase } from './heldOutCases.ts'

export const blindCases6Lower: readonly GuideCase[] = []
