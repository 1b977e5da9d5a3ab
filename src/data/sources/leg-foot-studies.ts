/** Articles, reviews and guidelines cited by the leg-foot muscles. */
import type { Source } from '../types.ts'

export const legFootStudies = {
} as const satisfies Record<string, Source>
