/**
 * (being written) Clinical studies behind the upper half of the sixth blind case set.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies6Upper = {} as const satisfies Record<string, Source>
