/**
 * (being written) Clinical studies behind the lower half of the sixth blind case set.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies6Lower = {} as const satisfies Record<string, Source>
