/** Articles, reviews and guidelines cited by the upper-body data. */
import type { Source } from '../types.ts'

export const upperBodyStudies = {
} as const satisfies Record<string, Source>
