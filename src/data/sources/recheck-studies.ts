/**
 * Second sources found when re-checking the muscles flagged `uncertain`.
 * Each DOI and PMID here was checked against a public record (the search tool); where one could
 * not be checked it is left out rather than guessed. Sources already in the catalogue are reused,
 * not repeated.
 */
import type { Source } from '../types.ts'

export const recheckStudies = {
} as const satisfies Record<string, Source>
