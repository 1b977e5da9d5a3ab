/** Articles, reviews and guidelines cited by the shoulder-arm muscles. */
import type { Source } from '../types.ts'

export const shoulderArmStudies = {
} as const satisfies Record<string, Source>
