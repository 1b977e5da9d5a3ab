/**
 * Second sources found when re-checking the muscles flagged `uncertain`.
 * Each DOI and PMID here was checked against a public record (the search tool); where one could
 * not be checked it is left out rather than guessed. Sources already in the catalogue are reused,
 * not repeated.
 */
import type { Source } from '../types.ts'

export const recheckStudies = {
  // Head, neck, shoulder, upper back, arm, forearm and hand re-checks.
  schmidt_hansen_2006_pericranial_saline: {
    kind: 'article',
    citation:
      'Schmidt-Hansen PT, Svensson P, Jensen TS, Graven-Nielsen T, Bach FW. Patterns of experimentally induced pain in pericranial muscles. Cephalalgia. 2006;26(5):568-577.',
    url: 'https://metajournal.com/articles/279094/patterns-experimentally-induced-pain-pericranial-muscles',
  },
  stratmann_2000_lateral_pterygoid_palpation: {
    kind: 'article',
    citation:
      'Stratmann U, et al. Clinical anatomy and palpability of the inferior lateral pterygoid muscle. J Prosthet Dent. 2000;83(5):548-554.',
    url: 'https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/72000525',
  },
  sung_2020_cervicogenic_dizziness: {
    kind: 'review',
    citation: 'Sung YH. Upper cervical spine dysfunction and dizziness. J Exerc Rehabil. 2020;16(5):385-391.',
    doi: '10.12965/jer.2040612.306',
    pmid: '33178639',
  },
  ezzati_2021_cervical_myofascial_prevalence: {
    kind: 'article',
    citation:
      'Ezzati K, Ravarian B, Saberi A, Salari A, Reihanian Z, Khakpour M, Yousefzadeh Chabok S. Prevalence of cervical myofascial pain syndrome and its correlation with the severity of pain and disability in patients with chronic non-specific neck pain. Arch Bone Jt Surg. 2021;9(2):230-234.',
    doi: '10.22038/abjs.2020.48697.2415',
  },
  cerezo_tellez_2016_neck_pain_trigger_points: {
    kind: 'article',
    citation:
      'Cerezo-Téllez E, Torres-Lacomba M, Mayoral-Del Moral O, Sánchez-Sánchez B, Dommerholt J, Gutiérrez-Ortega C. Prevalence of myofascial pain syndrome in chronic non-specific neck pain: a population-based cross-sectional descriptive study. Pain Med. 2016;17(12):2369-2377.',
    doi: '10.1093/pm/pnw114',
  },
  facial_myofascial_case_2009_trigeminal_mimic: {
    kind: 'article',
    // Authors not confirmed from the record we could read; the DOI and PMID identify the report.
    citation:
      'A case of facial myofascial pain syndrome presenting as trigeminal neuralgia (case report). Oral Surg Oral Med Oral Pathol Oral Radiol Endod. 2009;107(3):e29-e31.',
    doi: '10.1016/j.tripleo.2008.09.026',
    pmid: '19111486',
  },
  vilensky_2001_serratus_posterior: {
    kind: 'review',
    citation:
      'Vilensky JA, Baltes M, Weikel L, Fortin JD, Fourie LJ. Serratus posterior muscles: anatomy, clinical relevance, and function. Clin Anat. 2001;14(4):237-241.',
    url: 'https://indiana.pure.elsevier.com/en/publications/serratus-posterior-muscles-anatomy-clinical-relevance-and-functio',
  },
  loukas_2008_serratus_posterior_anatomy: {
    kind: 'article',
    citation:
      'Loukas M, Louis RG, Wartmann CT, Tubbs RS, Gupta AA, Apaydin N, et al. An anatomic investigation of the serratus posterior superior and serratus posterior inferior muscles. Surg Radiol Anat. 2008;30(2):119-123.',
    doi: '10.1007/s00276-008-0305-x',
    pmid: '18196199',
  },
  clewley_2014_adhesive_capsulitis_dry_needling: {
    kind: 'article',
    citation:
      'Clewley D, Flynn TW, Koppenhaver S. Trigger point dry needling as an adjunct treatment for a patient with adhesive capsulitis of the shoulder. J Orthop Sports Phys Ther. 2014;44(2):92-101.',
    doi: '10.2519/jospt.2014.4915',
  },
  yammine_2013_palmaris_longus_agenesis: {
    kind: 'review',
    citation:
      'Yammine K. Clinical prevalence of palmaris longus agenesis: a systematic review and meta-analysis. Clin Anat. 2013;26(6):709-718.',
    doi: '10.1002/ca.22289',
    pmid: '23825029',
  },
} as const satisfies Record<string, Source>
