/**
 * Articles, reviews and guidelines cited by the hip-thigh muscles. Mostly the conditions a
 * clinician must tell apart from trigger-point pain (groin pain, lateral hip pain, deep
 * buttock pain), since Travell & Simons remain the source for the referral patterns.
 */
import type { Source } from '../source-types.ts'

export const hipThighStudies = {
  /** Consensus taxonomy of groin pain: adductor-, iliopsoas-, inguinal-, pubic- and hip-related. */
  weir_2015_doha_groin_pain: {
    kind: 'guideline',
    citation:
      'Weir A, Brukner P, Delahunt E, et al. Doha agreement meeting on terminology and definitions in groin pain in athletes. Br J Sports Med. 2015;49(12):768-774.',
    doi: '10.1136/bjsports-2015-094869',
    pmid: '26031643',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4484366',
  },
  /** Gluteal tendinopathy as the main local source of lateral hip pain (the old "trochanteric bursitis"). */
  grimaldi_2015_gluteal_tendinopathy: {
    kind: 'review',
    citation:
      'Grimaldi A, Mellor R, Hodges P, Bennell K, Wajswelner H, Vicenzino B. Gluteal tendinopathy: a review of mechanisms, assessment and management. Sports Med. 2015;45(8):1107-1119.',
    doi: '10.1007/s40279-015-0336-5',
  },
  /** Deep buttock pain at the ischial tuberosity, worse on sitting: a differential for hamstring and gluteal TrPs. */
  goom_2016_proximal_hamstring_tendinopathy: {
    kind: 'review',
    citation:
      'Goom TSH, Malliaras P, Reiman MP, Purdam CR. Proximal hamstring tendinopathy: clinical aspects of assessment and management. J Orthop Sports Phys Ther. 2016;46(6):483-493.',
    doi: '10.2519/jospt.2016.5986',
    pmid: '27084841',
  },
  /** Ischiofemoral impingement: the quadratus femoris squeezed between the ischium and the lesser trochanter. */
  wu_2023_ischiofemoral_impingement: {
    kind: 'review',
    citation:
      'Wu WT, Chang KV, Mezian K, Naňka O, Ricci V, Chang HC, Wang B, Hung CY, Özçakar L. Ischiofemoral impingement syndrome: clinical and imaging/guidance issues with special focus on ultrasonography. Diagnostics (Basel). 2023;13(1):139.',
    doi: '10.3390/diagnostics13010139',
  },
  /** A single case of myofascial pain from the quadratus femoris, confirmed by guided injection. */
  dalmau_carola_2010_quadratus_femoris: {
    kind: 'article',
    citation:
      'Dalmau-Carolà J. Myofascial pain syndrome affecting the quadratus femoris. Pain Pract. 2010;10(3):257-260.',
    doi: '10.1111/j.1533-2500.2009.00347.x',
  },
} as const satisfies Record<string, Source>
