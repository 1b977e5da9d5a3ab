/**
 * Published regional pain guides behind the held-out ranking cases (`../../lookup/heldOutCases.ts`).
 * Each DOI and PMID here was checked against a public record (the search tool); where one could
 * not be checked it is left out rather than guessed. Sources already in the catalogue are reused,
 * not repeated.
 */
import type { Source } from '../source-types.ts'

export const painGuideBooks = {
  davies_davies_2013: {
    kind: 'book',
    citation:
      'Davies C, Davies A. The Trigger Point Therapy Workbook: Your Self-Treatment Guide for Pain Relief. 3rd ed. Oakland, CA: New Harbinger Publications; 2013.',
    // ISBN-10 1608824942 on a public record of the third edition; the ISBN-13 is its conversion.
    isbn: '9781608824946',
  },
  fernandez_de_las_penas_2007_mechanical_neck_pain: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Alonso-Blanco C, Miangolarra JC. Myofascial trigger points in subjects presenting with mechanical neck pain: a blinded, controlled study. Man Ther. 2007;12(1):29-33.',
    // The DOI could not be confirmed with the search tool; this page reproduces the abstract with
    // the journal, volume, issue and pages.
    url: 'https://www.physiospot.com/2007/02/06/myofascial-trigger-points-in-subjects-presenting-with-mechanical-neck-pain-a-blinded-controlled-study/',
  },
} as const satisfies Record<string, Source>
