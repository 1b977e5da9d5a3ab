/**
 * Guidelines and reviews behind the red-flag notices (`../red-flags.ts`): the conditions whose pain can look like trigger-point pain.
 * Each DOI and PMID here was checked against a public record (the search tool); where one could
 * not be checked it is left out rather than guessed. Sources already in the catalogue are reused,
 * not repeated.
 */
import type { Source } from '../types.ts'

export const redFlagSources = {
} as const satisfies Record<string, Source>
