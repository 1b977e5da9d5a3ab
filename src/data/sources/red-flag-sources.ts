/**
 * Guidelines and reviews behind the red-flag notices (`../red-flags.ts`): the conditions whose pain can look like
 * trigger-point pain.
 * Each DOI and PMID here was checked against a public record (the search tool); where one could
 * not be checked it is left out rather than guessed. Sources already in the catalogue are reused,
 * not repeated (Gulati 2021 chest pain, Finucane 2020 spinal red flags, Do 2019 SNNOOP10 headache
 * red flags, Wells 2006 deep vein thrombosis, Suleiman 2001 abdominal wall pain).
 */
import type { Source } from '../source-types.ts'

export const redFlagSources = {
  /** Suspected deep vein thrombosis: two-level Wells score, D-dimer and leg ultrasound, the same day where possible. */
  nice_ng158_2020_venous_thromboembolism: {
    kind: 'guideline',
    citation:
      'National Institute for Health and Care Excellence. Venous thromboembolic diseases: diagnosis, management and thrombophilia testing. NICE guideline NG158. London: NICE; published 26 March 2020.',
    url: 'https://www.nice.org.uk/guidance/ng158',
  },
  /** Think of a ruptured abdominal aortic aneurysm in new abdominal or back pain with collapse; who is at risk. */
  nice_ng156_2020_abdominal_aortic_aneurysm: {
    kind: 'guideline',
    citation:
      'National Institute for Health and Care Excellence. Abdominal aortic aneurysm: diagnosis and management. NICE guideline NG156. London: NICE; published 19 March 2020.',
    url: 'https://www.nice.org.uk/guidance/ng156',
  },
  /**
   * Giant cell arteritis: new headache over 50, scalp tenderness, jaw claudication, visual loss; same-day
   * specialist assessment.
   */
  mackie_2020_bsr_giant_cell_arteritis: {
    kind: 'guideline',
    citation:
      'Mackie SL, Dejaco C, Appenzeller S, et al. British Society for Rheumatology guideline on diagnosis and treatment of giant cell arteritis. Rheumatology (Oxford). 2020;59(3):e1-e23.',
    doi: '10.1093/rheumatology/kez672',
  },
  /** IFOMPT cervical framework: signs of neck-artery dissection and other vascular pathology before neck treatment. */
  rushton_2023_ifompt_cervical_framework: {
    kind: 'guideline',
    citation:
      'Rushton A, Carlesso LC, Flynn T, Hing WA, Rubinstein SM, Vogel S, Kerry R. International framework for examination of the cervical region for potential of vascular pathologies of the neck prior to musculoskeletal intervention: International IFOMPT Cervical Framework. J Orthop Sports Phys Ther. 2023;53(1):7-22.',
    doi: '10.2519/jospt.2022.11147',
  },
  /**
   * Cauda equina syndrome: saddle numbness, bladder, bowel and sexual change, bilateral sciatica; urgent MRI and
   * surgery.
   */
  lavy_2009_cauda_equina: {
    kind: 'review',
    citation: 'Lavy C, James A, Wilson-MacDonald J, Fairbank J. Cauda equina syndrome. BMJ. 2009;338:b936.',
    doi: '10.1136/bmj.b936',
  },
  /** Renal colic: loin pain to the groin; obstruction with infection (fever) needs urgent drainage. */
  bultitude_2012_renal_colic: {
    kind: 'review',
    citation: 'Bultitude M, Rees J. Management of renal colic. BMJ. 2012;345:e5499.',
    doi: '10.1136/bmj.e5499',
  },
  /** Groin hernia: a lump in the groin; an incarcerated or strangulated hernia needs emergency surgery. */
  herniasurge_2018_groin_hernia: {
    kind: 'guideline',
    citation: 'HerniaSurge Group. International guidelines for groin hernia management. Hernia. 2018;22(1):1-165.',
    doi: '10.1007/s10029-017-1668-x',
    pmid: '29330835',
  },
  /**
   * Children's musculoskeletal pain: most is benign, but it can be the first sign of infection, cancer or injury
   * (red flags).
   */
  foster_2013_pgals_children: {
    kind: 'review',
    citation:
      'Foster HE, Jandial S. pGALS - paediatric Gait Arms Legs and Spine: a simple examination of the musculoskeletal system. Pediatr Rheumatol Online J. 2013;11:44.',
    doi: '10.1186/1546-0096-11-44',
  },
  /**
   * Musculoskeletal pain in children: change in activity, fever, fatigue or unexplained findings point to systemic
   * disease. Cited by "When to see a clinician". Volume and pages were checked against the article; no DOI, PMID or
   * stable page could be confirmed, so none is given (the data test flags it as not checkable).
   */
  junnila_2006_child_musculoskeletal_pain: {
    kind: 'review',
    citation:
      'Junnila JL, Cartwright VW. Chronic musculoskeletal pain in children: part I. Initial evaluation. Am Fam Physician. 2006;74(1):115-122.',
    // The citation was read in the article's own header (Am Fam Physician 2006;74:115-22); the
    // page is the journal's record of that issue and page.
    url: 'https://www.aafp.org/pubs/afp/issues/2006/0701/p115.html',
  },
} as const satisfies Record<string, Source>
