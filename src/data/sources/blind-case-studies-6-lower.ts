/**
 * Clinical studies behind the lower half of the sixth blind case set for the ranking
 * (`../../lookup/blindCases6Lower.ts`), written 2026-12-04 under the blind rule: none of them is a
 * source of an earlier case set or of the study findings (checked by id, DOI and PMID against the
 * list the lead supplied), and each citation, DOI and PMID was read on a public record of the article
 * through the project's search tool. Where authors, volume, issue or pages were not seen they are
 * left out rather than guessed.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies6Lower = {
  karamiani_2022_patellofemoral_gluteus_medius_needling: {
    kind: 'article',
    citation:
      'Karamiani F, Mostamand J, Rahimi A, Nasirian M. The effect of gluteus medius dry needling on pain and physical function of non-athlete women with unilateral patellofemoral pain syndrome: a double-blind randomized clinical trial. J Bodyw Mov Ther. 2022:23-29.',
    doi: '10.1016/j.jbmt.2022.02.005',
  },
  ahmed_2024_anterior_knee_rectus_femoris_needling: {
    kind: 'article',
    citation:
      'Ahmed AS, Mahaptra C. Long-term effect of dry needling on rectus femoris in reducing anterior knee pain and improving functional activities: a 1-year case report. Saudi J Sports Med. 2024;24(1):43-46.',
    doi: '10.4103/sjsm.sjsm_7_24',
  },
  misirlioglu_2015_piriformis_syndrome_injection: {
    kind: 'article',
    citation:
      'Misirlioglu TO, Akgun K, Palamar D, Erden MG, Erbilir T. Piriformis syndrome: comparison of the effectiveness of local anesthetic and corticosteroid injections: a double-blinded, randomized controlled study. Pain Physician. 2015;18(2):163-171.',
    pmid: '25794202',
  },
} as const satisfies Record<string, Source>
