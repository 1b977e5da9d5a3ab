/**
 * (being written) The upper half of the sixth blind case set.
 */
import type { GuideCase } from './heldOutCases.ts'

export const blindCases6Upper: readonly GuideCase[] = []
