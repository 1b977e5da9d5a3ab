/** Articles, reviews and guidelines cited by the head-neck muscles. */
import type { Source } from '../types.ts'

export const headNeckStudies = {
} as const satisfies Record<string, Source>
