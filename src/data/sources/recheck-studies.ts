/**
 * Second sources found when re-checking the muscles flagged `uncertain`.
 * Each DOI and PMID here was checked against a public record (the search tool); where one could
 * not be checked it is left out rather than guessed. Sources already in the catalogue are reused,
 * not repeated.
 */
import type { Source } from '../source-types.ts'

export const recheckStudies = {
  // --- Trunk, pelvis, hip, leg and foot re-checks ---
  /** Hypertonic saline into L5-level multifidus in 15 volunteers: local pain in all, thigh referral in 13. */
  cornwall_2006_multifidus_saline_referral: {
    kind: 'article',
    citation:
      'Cornwall J, Harris AJ, Mercer SR. The lumbar multifidus muscle and patterns of pain. Man Ther. 2006;11(1):40-45.',
    // DOI not confirmed through the search tool; this abstract page gives the journal record.
    url: 'https://daneshyari.com/en/article/2626084',
  },
  /** Quadratus lumborum and gluteus medius TrPs in general practice: local tenderness reliable, referred pain not. */
  njoo_1994_quadratus_lumborum_reliability: {
    kind: 'article',
    citation:
      'Njoo KH, Van der Does E. The occurrence and inter-rater reliability of myofascial trigger points in the quadratus lumborum and gluteus medius: a prospective study in non-specific low back pain patients and controls in general practice. Pain. 1994;58(3):317-323.',
    // DOI and PMID not confirmed through the search tool; this page reproduces the PubMed record.
    url: 'https://www.metajournal.com/articles/371914/occurrence-inter-rater-reliability-myofascial-trigger-points-quadratus',
  },
  /** Two examiners, 32 back-pain patients: kappa 0.42 quadratus lumborum, 0.62 piriformis; locations often differed. */
  holm_jensen_2020_lumbogluteal_trp_reproducibility: {
    kind: 'article',
    citation:
      'Holm-Jensen A, Kjaer P, Schiøttz-Christensen B, Ziegler DS, Andersen S, Myburgh C. The interexaminer reproducibility and prevalence of lumbar and gluteal myofascial trigger points in patients with radiating low back pain. Arch Rehabil Res Clin Transl. 2020:100044.',
    doi: '10.1016/j.arrct.2020.100044',
    pmid: '33543073',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7853331',
  },
  /** Six patients with "failed" low back pain improved after iliopsoas trigger-point needling and stretching. */
  ingber_1989_iliopsoas_failed_back: {
    kind: 'article',
    citation:
      'Ingber RS. Iliopsoas myofascial dysfunction: a treatable cause of "failed" low back syndrome. Arch Phys Med Rehabil. 1989;70(5):382-386.',
    pmid: '2524183',
  },
  /** Systematic review of how pelvic floor myofascial pain is examined (levator ani, obturator internus). */
  meister_2018_pelvic_floor_exam_review: {
    kind: 'review',
    citation:
      'Meister MR, Shivakumar N, Sutcliffe S, Spitznagle T, Lowder JL. Physical examination techniques for the assessment of pelvic floor myofascial pain: a systematic review. Am J Obstet Gynecol. 2018;219(5):497.e1-497.e13.',
    doi: '10.1016/j.ajog.2018.06.014',
    pmid: '29959930',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6239942',
  },
  /**
   * A standardized transvaginal exam: paired blinded examiners' pain scores correlated 0.63-0.87 at the internal
   * sites.
   */
  meister_2019_pelvic_floor_screening_exam: {
    kind: 'article',
    citation:
      'Meister MR, Sutcliffe S, Ghetti C, Chu CM, Spitznagle T, Warren DK, Lowder JL. Development of a standardized, reproducible screening examination for assessment of pelvic floor myofascial pain. Am J Obstet Gynecol. 2019;220(3):255.e1-255.e9.',
    doi: '10.1016/j.ajog.2018.11.1106',
    pmid: '30527941',
  },
  /** 14 patients with deep lower-buttock tenderness over the quadratus femoris; guided lidocaine halved pain. */
  kim_2016_quadratus_femoris_injection: {
    kind: 'article',
    citation:
      'Kim DH, Yoon DM, Yoon KB. Ultrasound-guided quadratus femoris muscle injection in patients with lower buttock pain: novel ultrasound-guided approach and clinical effectiveness. Pain Physician. 2016;19(6):E863-E870.',
    url: 'https://ir.ymlib.yonsei.ac.kr/handle/22282913/151778',
  },
  /**
   * Plantar heel pain vs controls, blinded assessor: active TrPs reproducing the heel pain, most often in
   * quadratus plantae and flexor hallucis brevis.
   */
  ortega_santiago_2020_heel_pain_trps: {
    kind: 'article',
    citation:
      'Ortega-Santiago R, Ríos-León M, Martín-Casas P, Fernández-de-las-Peñas C, Plaza-Manzano G. Active muscle trigger points are associated with pain and related disability in patients with plantar heel pain: a case-control study. Pain Med. 2020;21(5):1032-1038.',
    doi: '10.1093/pm/pnz086',
  },
  /** 100 people with plantar fasciopathy: TrP prevalence in calf and foot muscles on the painful side. */
  thummar_2020_plantar_fasciopathy_trps: {
    kind: 'article',
    citation:
      'Thummar RC, Rajaseker S, Anumasa R. Association between trigger points in hamstring, posterior leg, foot muscles and plantar fasciopathy: a cross-sectional study. J Bodyw Mov Ther. 2020;24(4):373-378.',
    doi: '10.1016/j.jbmt.2020.07.018',
    pmid: '33218537',
  },
  /** 18 people with flexor digitorum brevis TrPs: dry needling changed plantar pressures (no referral mapped). */
  martinez_jimenez_2021_fdb_dry_needling: {
    kind: 'article',
    citation:
      'Martínez-Jiménez EM, Losa-Iglesias ME, San Antolín-Gil M, López-López D, Romero-Morales C, Benito-de-Pedro M, Calvo-Lobo C, Becerro-de-Bengoa-Vallejo R. Flexor digitorum brevis muscle dry needling changes surface and plantar pressures: a pre-post study. Life (Basel). 2021;11(1):48.',
    doi: '10.3390/life11010048',
    pmid: '33451013',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7830844',
  },
  /** Latent TrPs in lower-limb muscles (flexor digitorum longus among them) by foot-arch type. */
  zuil_escobar_2024_high_arch_latent_trps: {
    kind: 'article',
    citation:
      'Zuil-Escobar JC, Martín-Urrialde JA, Gómez-Conesa A, Martínez-Cepa CB. High medial longitudinal arch of the foot and latent trigger points in lower limb muscles. J Clin Med. 2024;13(14):4049.',
    doi: '10.3390/jcm13144049',
  },
  /** Eight patients with serratus anterior muscle pain syndrome (chronic chest pain) relieved by guided injection. */
  vargas_schaffer_2015_serratus_anterior: {
    kind: 'article',
    citation:
      'Vargas-Schaffer G, Nowakowsky M, Eghtesadi M, Cogan J. Ultrasound-guided trigger point injection for serratus anterior muscle pain syndrome: description of technique and case series. A A Case Rep. 2015.',
    doi: '10.1213/XAA.0000000000000196',
  },
  /** Review: abdominal-wall myofascial pain in about 15% of women with chronic pelvic pain; data scarce. */
  montenegro_2009_abdominal_myofascial_pelvic_pain: {
    kind: 'review',
    citation:
      'Montenegro MLLS, Gomide LB, Mateus-Vasconcelos EL, Rosa-e-Silva JC, Candido-dos-Reis FJ, Nogueira AA, Poli-Neto OB. Abdominal myofascial pain syndrome must be considered in the differential diagnosis of chronic pelvic pain. Eur J Obstet Gynecol Reprod Biol. 2009;147(1):21-24.',
    doi: '10.1016/j.ejogrb.2009.06.025',
    pmid: '19628327',
  },
  /**
   * Case series: 12 patients with chronic abdominal wall pain and abdominal-muscle TrPs, 11 improved with dry
   * needling.
   */
  rajkannan_2019_abdominal_wall_dry_needling: {
    kind: 'article',
    citation:
      'Rajkannan P, Vijayaraghavan R. Dry needling in chronic abdominal wall pain of uncertain origin. J Bodyw Mov Ther. 2019;23(1):94-98.',
    doi: '10.1016/j.jbmt.2018.01.004',
    pmid: '30691770',
  },
  /**
   * Chart review: 89 patients with abdominal wall pain given trigger-point injections; 77% reported some or
   * complete relief at about two years.
   */
  nazareno_2005_abdominal_wall_injections: {
    kind: 'article',
    citation:
      'Nazareno J, Ponich T, Gregor J. Long-term follow-up of trigger point injections for abdominal wall pain. Can J Gastroenterol. 2005;19(9):561-565.',
    url: 'https://www.hindawi.com/journals/cjgh/2005/274181/',
  },
  // --- end of trunk, pelvis, hip, leg and foot re-checks ---
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
  kalladka_2020_anterior_digastric_toothache: {
    kind: 'article',
    citation:
      'Kalladka M, Thondebhavi M, Ananthan S, Kalladka G, Khan J. Myofascial pain with referral from the anterior digastric muscle mimicking a toothache in the mandibular anterior teeth: a case report. Quintessence Int. 2020;51:56-62.',
    doi: '10.3290/j.qi.a43615',
  },
  kim_2021_posterior_digastric_throat: {
    kind: 'article',
    citation:
      'Kim H, Yang HS, Cheon JH, Won KH. The management of foreign body sensation in the throat after stroke by trigger point injection on posterior belly of digastric muscles. Kosin Med J. 2021;36(1):34-39.',
    doi: '10.7180/kmj.2021.36.1.34',
  },
  kumar_2021_orofacial_trigger_point_injection: {
    kind: 'article',
    citation:
      'Kumar S, Agarwal A, Gopal VG, Gautam S. Diagnostic role of trigger point injection in chronic orofacial pain: case report. Pain Med Case Rep. 2021;5:151-154.',
    url: 'https://painmedicine-casereports.com/current/abstracts?article=NDc2&journal=28',
  },
  karadas_2013_pericranial_lidocaine: {
    kind: 'article',
    citation:
      'Karadaş Ö, Gül HL, İnan LE. Lidocaine injection of pericranial myofascial trigger points in the treatment of frequent episodic tension-type headache. J Headache Pain. 2013;14:44.',
    doi: '10.1186/1129-2377-14-44',
    pmid: '23698019',
  },
  okmen_2018_rhomboid_vs_trapezius_injection: {
    kind: 'article',
    citation:
      'Ökmen BM, Ökmen K, Altan L. Comparison of the efficiency of ultrasound-guided injections of the rhomboid major and trapezius muscles in myofascial pain syndrome: a prospective randomized controlled double-blind study. J Ultrasound Med. 2018;37(5):1151-1157.',
    doi: '10.1002/jum.14456',
  },
  yammine_2013_palmaris_longus_agenesis: {
    kind: 'review',
    citation:
      'Yammine K. Clinical prevalence of palmaris longus agenesis: a systematic review and meta-analysis. Clin Anat. 2013;26(6):709-718.',
    doi: '10.1002/ca.22289',
    pmid: '23825029',
  },
} as const satisfies Record<string, Source>
