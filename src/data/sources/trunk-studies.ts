/**
 * Articles, reviews and guidelines cited by the trunk muscles (chest and abdomen, low back and
 * pelvis). Each DOI and PMID here was checked against a public record of the article; where one
 * could not be checked it is left out rather than guessed.
 */
import type { Source } from '../source-types.ts'

export const trunkStudies = {
  /** Why new chest pain is assessed urgently before anyone treats a chest-wall muscle. */
  gulati_2021_chest_pain_guideline: {
    kind: 'guideline',
    citation:
      'Gulati M, Levy PD, Mukherjee D, et al. 2021 AHA/ACC/ASE/CHEST/SAEM/SCCT/SCMR guideline for the evaluation and diagnosis of chest pain: a report of the American College of Cardiology/American Heart Association Joint Committee on Clinical Practice Guidelines. Circulation. 2021;144(22):e368-e454.',
    doi: '10.1161/CIR.0000000000001029',
  },
  /** Pectoralis minor as a site of brachial plexus compression below the collarbone. */
  sanders_2017_pectoralis_minor_syndrome: {
    kind: 'review',
    citation:
      'Sanders RJ, Annest SJ. Pectoralis minor syndrome: subclavicular brachial plexus compression. Diagnostics (Basel). 2017;7(3):46.',
    doi: '10.3390/diagnostics7030046',
  },
  /** The sternalis is an inconstant muscle whose reported frequency varies widely. */
  raikos_2011_sternalis: {
    kind: 'article',
    citation:
      'Raikos A, Paraskevas GK, Tzika M, Faustmann P, Triaridis S, Kordali P, Kitsoulis P, Brand-Saberi B. Sternalis muscle: an underestimated anterior chest wall anatomical variant. J Cardiothorac Surg. 2011;6:73.',
    doi: '10.1186/1749-8090-6-73',
  },
  /** The side stitch (exercise-related transient abdominal pain): its cause is still debated. */
  morton_2015_side_stitch: {
    kind: 'review',
    citation: 'Morton D, Callister R. Exercise-related transient abdominal pain (ETAP). Sports Med. 2015;45(1):23-35.',
    doi: '10.1007/s40279-014-0245-z',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4281377',
  },
  /** Active trigger points in quadratus lumborum and iliocostalis lumborum in chronic low back pain. */
  iglesias_gonzalez_2013_low_back_trps: {
    kind: 'article',
    citation:
      'Iglesias-González JJ, Muñoz-García MT, Rodrigues-de-Souza DP, Alburquerque-Sendín F, Fernández-de-las-Peñas C. Myofascial trigger points, pain, disability, and sleep quality in patients with chronic nonspecific low back pain. Pain Med. 2013;14(12):1964-1970.',
    doi: '10.1111/pme.12224',
  },
  /** Red flags for serious spinal pathology, cauda equina syndrome among them. */
  finucane_2020_spinal_red_flags: {
    kind: 'guideline',
    citation:
      'Finucane LM, Downie A, Mercer C, Greenhalgh SM, Boissonnault WG, Pool-Goudzwaard AL, Beneciuk JM, Leech RL, Selfe J. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther. 2020;50(7):350-372.',
    doi: '10.2519/jospt.2020.9971',
    pmid: '32438853',
  },
  /** Myofascial pelvic pain in women: trigger points in the pelvic floor, assessment and care. */
  pastore_2012_myofascial_pelvic_pain: {
    kind: 'review',
    citation:
      'Pastore EA, Katzman WB. Recognizing myofascial pelvic pain in the female patient with chronic pelvic pain. J Obstet Gynecol Neonatal Nurs. 2012;41(5):680-691.',
    doi: '10.1111/j.1552-6909.2012.01404.x',
    pmid: '22862153',
  },
  /** Trial: pelvic-floor myofascial physical therapy beat general massage in bladder pain syndrome. */
  fitzgerald_2012_pelvic_myofascial_therapy: {
    kind: 'article',
    citation:
      'FitzGerald MP, Payne CK, Lukacz ES, et al. Randomized multicenter clinical trial of myofascial physical therapy in women with interstitial cystitis/painful bladder syndrome and pelvic floor tenderness. J Urol. 2012;187(6):2113-2118.',
    doi: '10.1016/j.juro.2012.01.123',
  },
  /** In men with chronic pelvic pain, pressing pelvic-floor and abdominal trigger points reproduced their pain. */
  anderson_2009_pelvic_trps_men: {
    kind: 'article',
    citation:
      'Anderson RU, et al. Painful myofascial trigger points and pain sites in men with chronic prostatitis/chronic pelvic pain syndrome. J Urol. 2009;182(6):2753-2758.',
    doi: '10.1016/j.juro.2009.08.033',
  },
} as const satisfies Record<string, Source>
