/** Articles, reviews and guidelines cited by the treatment data. */
import type { Source } from '../types.ts'

export const treatmentStudies = {
} as const satisfies Record<string, Source>
