/** Articles, reviews and guidelines cited by the lower-body data. */
import type { Source } from '../types.ts'

export const lowerBodyStudies = {
} as const satisfies Record<string, Source>
