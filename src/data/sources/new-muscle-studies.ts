/**
 * Sources for the muscles added in the second wave (intercostals, diaphragm, gemelli, obturator externus, anal
 * sphincter, transverse perinei, hand lumbricals and palmar interossei).
 * Each DOI and PMID here was checked against a public record (the search tool); where one could
 * not be checked it is left out rather than guessed. Sources already in the catalogue are reused,
 * not repeated.
 */
import type { Source } from '../source-types.ts'

export const newMuscleStudies = {
  /** Chest-wall pain was the commonest cause of chest pain in primary care; a four-item score helps recognise it. */
  bosner_2010_chest_wall_syndrome: {
    kind: 'article',
    citation:
      'Bösner S, Becker A, Abu Hani M, et al. Chest wall syndrome in primary care patients with chest pain: presentation, associated features and diagnosis. Fam Pract. 2010;27(4):363-369.',
    doi: '10.1093/fampra/cmq024',
    pmid: '20406787',
  },
  /**
   * Musculoskeletal chest-wall pain: serious causes first, then history and examination; treatment evidence is
   * thin.
   */
  winzenberg_2015_chest_wall_pain: {
    kind: 'review',
    citation: 'Winzenberg T, Jones G, Callisaya M. Musculoskeletal chest wall pain. Aust Fam Physician. 2015;44(8).',
    pmid: '26510139',
    url: 'https://www.racgp.org.au/afp/2015/august/musculoskeletal-chest-wall-pain',
  },
  /** Sixteen obturator externus and internus tears in professional footballers: anterior hip pain, quick recovery. */
  wong_on_2018_obturator_injuries: {
    kind: 'article',
    citation:
      'Wong-On M, Turmo-Garuz A, Arriaza R, et al. Injuries of the obturator muscles in professional soccer players. Knee Surg Sports Traumatol Arthrosc. 2018;26(7):1936-1942.',
    doi: '10.1007/s00167-017-4453-6',
  },
  /**
   * Deep gluteal syndrome: sciatic nerve entrapment below the piriformis, including by the gemelli-obturator
   * internus complex.
   */
  martin_2015_deep_gluteal_syndrome: {
    kind: 'review',
    citation: 'Martin HD, et al. Deep gluteal syndrome. J Hip Preserv Surg. 2015.',
    pmid: '27011826',
  },
  /** Review of deep gluteal syndrome, with the gemelli-obturator internus syndrome among its causes. */
  geler_kulcu_2024_deep_gluteal_syndrome: {
    kind: 'review',
    citation:
      'Geler Külcü D. Deep gluteal syndrome: an underestimated cause of posterior hip pain. Turk J Phys Med Rehabil. 2024;70(1).',
    doi: '10.5606/tftrd.2024.14668',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10966759',
  },
  /**
   * Rome IV: functional anorectal pain (levator ani syndrome, unspecified, proctalgia fugax) after structural
   * causes are excluded.
   */
  rao_2016_anorectal_disorders: {
    kind: 'guideline',
    citation:
      'Rao SSC, Bharucha AE, Chiarioni G, Felt-Bersma R, Knowles C, Malcolm A, Wald A. Anorectal disorders. Gastroenterology. 2016;150:1430-1442.',
    doi: '10.1053/j.gastro.2016.02.009',
    pmid: '27144630',
  },
  /** Letter: interosseous trigger points as an overlooked cause of hand pain; what ultrasound can and cannot show. */
  alyanak_2025_interosseous_trigger_points: {
    kind: 'article',
    citation:
      'Alyanak B, Dede BT, Temel MH, Yildizgören MT, Bağcier F. An overlooked cause of hand pain: myofascial trigger points in the interosseous muscles. J Ultrason. 2025;25(100):20250004.',
    doi: '10.15557/jou.2025.0004',
    pmid: '39981121',
  },
  /** Cadaver study: the lumbrical origins move into the carpal tunnel as the fingers bend. */
  cobb_1994_lumbrical_incursion: {
    kind: 'article',
    citation:
      'Cobb TK, An KN, Cooney WP, Berger RA. Lumbrical muscle incursion into the carpal tunnel during finger flexion. J Hand Surg Br. 1994;19(4):434-438.',
    url: 'https://mayoclinic.elsevierpure.com/en/publications/lumbrical-muscle-incursion-into-the-carpal-tunnel-during-finger-f',
  },
} as const satisfies Record<string, Source>
