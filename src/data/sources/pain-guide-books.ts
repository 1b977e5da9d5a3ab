/**
 * Published regional pain guides behind the held-out ranking cases (`../../lookup/heldOutCases.ts`).
 * Each DOI and PMID here was checked against a public record (the search tool); where one could
 * not be checked it is left out rather than guessed. Sources already in the catalogue are reused,
 * not repeated.
 */
import type { Source } from '../types.ts'

export const painGuideBooks = {
} as const satisfies Record<string, Source>
