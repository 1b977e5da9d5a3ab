/** Articles, reviews and guidelines cited by the hip-thigh muscles. */
import type { Source } from '../types.ts'

export const hipThighStudies = {
} as const satisfies Record<string, Source>
