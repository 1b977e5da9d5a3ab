/**
 * (being written) Clinical studies behind the lower half of the fifth blind case set.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies5Lower = {} as const satisfies Record<string, Source>
