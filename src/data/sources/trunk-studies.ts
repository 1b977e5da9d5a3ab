/** Articles, reviews and guidelines cited by the trunk muscles. */
import type { Source } from '../types.ts'

export const trunkStudies = {
} as const satisfies Record<string, Source>
