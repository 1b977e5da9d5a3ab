/**
 * Clinical studies behind the fourth, blind case set for the ranking (now the study findings,
 * `../study-findings/studies-2.ts`): studies that examined named muscles in people with one
 * regional complaint and reported which held trigger points (or, in trials and case reports, which
 * were found and treated). None of them is cited by the earlier case sets (`heldOutCases.ts`,
 * `../study-findings/studies-1.ts`, `blind-case-studies.ts`). Each citation, DOI and PMID here was
 * read on a public record of the article through the project's search tool (2026-12-03); where one
 * was not seen it is left out rather than guessed. Some cases of the set cite studies already in
 * the catalogue (e.g. `karadas_2013_pericranial_lidocaine`); those are not repeated here.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies2 = {
  fernandez_de_las_penas_2006_suboccipital_episodic: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Alonso-Blanco C, Cuadrado ML, Pareja JA. Myofascial trigger points in the suboccipital muscles in episodic tension-type headache. Man Ther. 2006;11(3):225-230.',
    pmid: '16863699',
  },
  sohn_2010_tension_headache_cervical: {
    kind: 'article',
    citation:
      'Sohn JH, Choi HC, Lee SM, Jun AY. Differences in cervical musculoskeletal impairment between episodic and chronic tension-type headache. Cephalalgia. 2010;30(12):1514-1523.',
    doi: '10.1177/0333102410375724',
  },
  bodes_pardo_2013_cervicogenic_headache_scm: {
    kind: 'article',
    citation:
      'Bodes-Pardo G, Pecos-Martín D, Gallego-Izquierdo T, Salom-Moreno J, Fernández-de-las-Peñas C, Ortega-Santiago R. Manual treatment for cervicogenic headache and active trigger point in the sternocleidomastoid muscle: a pilot randomized clinical trial. J Manipulative Physiol Ther. 2013;36(7):403-411.',
    doi: '10.1016/j.jmpt.2013.05.022',
    pmid: '23845200',
  },
  olivier_2018_cervicogenic_headache_trps: {
    kind: 'article',
    citation:
      'Olivier B, Pramod A, Maleka D. Trigger point sensitivity is a differentiating factor between cervicogenic and non-cervicogenic headaches: a cross-sectional, descriptive study. Physiother Can. 2018;(4):323-329.',
    // The volume was not seen on the records read; the issue and pages were.
    doi: '10.3138/ptc.2017-38',
  },
  ferracini_2017_migraine_disability: {
    kind: 'article',
    citation:
      'Ferracini GN, Florencio LL, Dach F, Chaves TC, Palacios-Ceña M, Fernández-de-las-Peñas C, Bevilaqua-Grossi D, Speciali JG. Myofascial trigger points and migraine-related disability in women with episodic and chronic migraine. Clin J Pain. 2017;33(2):109-115.',
    doi: '10.1097/AJP.0000000000000387',
  },
  florencio_2017_migraine_neck_muscles: {
    kind: 'article',
    citation:
      'Florencio LL, Ferracini GN, Chaves TC, Palacios-Ceña M, Ordás-Bandera C, Speciali JG, Falla D, Grossi DB, Fernández-de-las-Peñas C. Active trigger points in the cervical musculature determine the altered activation of superficial neck and extensor muscles in women with migraine. Clin J Pain. 2017;33(3):238-245.',
    doi: '10.1097/AJP.0000000000000390',
  },
  alonso_blanco_2011_fibromyalgia_widespread_trps: {
    kind: 'article',
    citation:
      'Alonso-Blanco C, Fernández-de-las-Peñas C, Morales-Cabezas M, Zarco-Moreno P, Ge HY, Florez-García M. Multiple active myofascial trigger points reproduce the overall spontaneous pain pattern in women with fibromyalgia and are related to widespread mechanical hypersensitivity. Clin J Pain. 2011;27(5):405-413.',
    doi: '10.1097/AJP.0b013e318210110a',
  },
  munoz_munoz_2012_mechanical_neck_pain: {
    kind: 'article',
    citation:
      'Muñoz-Muñoz S, Muñoz-García MT, Alburquerque-Sendín F, Arroyo-Morales M, Fernández-de-las-Peñas C. Myofascial trigger points, pain, disability, and sleep quality in individuals with mechanical neck pain. J Manipulative Physiol Ther. 2012;35(8):608-613.',
    doi: '10.1016/j.jmpt.2012.09.003',
    pmid: '23158466',
  },
  fernandez_de_las_penas_2012_workers_referred_pain: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Gröbli C, Ortega-Santiago R, Fischer CS, Boesch D, Froidevaux P, Stocker L, Weissmann R, González-Iglesias J. Referred pain from myofascial trigger points in head, neck, shoulder, and arm muscles reproduces pain symptoms in blue-collar (manual) and white-collar (office) workers. Clin J Pain. 2012;28(6):511-518.',
    doi: '10.1097/AJP.0b013e31823984e2',
  },
  hidalgo_lozano_2013_swimmers_shoulder: {
    kind: 'article',
    citation:
      'Hidalgo-Lozano A, Fernández-de-las-Peñas C, Calderón-Soto C, Domingo-Camara A, Madeleine P, Arroyo-Morales M. Elite swimmers with and without unilateral shoulder pain: mechanical hyperalgesia and active/latent muscle trigger points in neck-shoulder muscles. Scand J Med Sci Sports. 2013;23(1):66-73.',
    doi: '10.1111/j.1600-0838.2011.01331.x',
    pmid: '21564310',
  },
  do_nascimento_2022_shoulder_pain_trps: {
    kind: 'article',
    citation:
      'Sales Do Nascimento JD, Alburquerque-Sendín F, Vale de Souza LM, Sousa CO. Relationships between active myofascial trigger points and depressive symptoms and physical and clinical characteristics of individuals with shoulder pain: a cross-sectional study. J Chiropr Med. 2022;21(4):249-259.',
    doi: '10.1016/j.jcm.2022.02.019',
  },
  tsai_2009_facet_injection_upper_trapezius: {
    kind: 'article',
    citation:
      'Tsai CT, Hsieh LF, Kuan TS, Kao MJ, Hong CZ. Injection in the cervical facet joint for shoulder pain with myofascial trigger points in the upper trapezius muscle. Orthopedics. 2009;32(8):557.',
    doi: '10.3928/01477447-20090624-04',
  },
  calvo_lobo_2018_older_adults_shoulder: {
    kind: 'article',
    citation:
      'Calvo-Lobo C, Pacheco-da-Costa S, Martínez-Martínez J, Rodríguez-Sanz D, Cuesta-Álvaro P, López-López D. Dry needling on the infraspinatus latent and active myofascial trigger points in older adults with nonspecific shoulder pain: a randomized clinical trial. J Geriatr Phys Ther. 2018;41(1):1-13.',
    doi: '10.1519/JPT.0000000000000079',
    pmid: '26760574',
  },
  serrano_imedio_2022_dysmenorrhea_trps: {
    kind: 'article',
    citation:
      'Serrano-Imedio A, Calvo-Lobo C, Casañas-Martin C, Garrido-Marin A, Pecos-Martin D. Myofascial pain syndrome in women with primary dysmenorrhea: a case-control study. Diagnostics (Basel). 2022;12(11):2723.',
    doi: '10.3390/diagnostics12112723',
  },
  tu_2006_pelvic_musculoskeletal_disorders: {
    kind: 'article',
    citation:
      'Tu FF, As-Sanie S, Steege JF. Prevalence of pelvic musculoskeletal disorders in a female chronic pelvic pain clinic. J Reprod Med. 2006;51(3):185-189.',
    pmid: '16674013',
  },
  rainey_2013_low_back_dry_needling: {
    kind: 'article',
    citation:
      'Rainey CE. The use of trigger point dry needling and intramuscular electrical stimulation for a subject with chronic low back pain: a case report. Int J Sports Phys Ther. 2013;8(2):145-161.',
    pmid: '23593553',
  },
  roach_2013_patellofemoral_hip_trps: {
    kind: 'article',
    citation:
      'Roach S, Sorenson E, Headley B, San Juan JG. Prevalence of myofascial trigger points in the hip in patellofemoral pain. Arch Phys Med Rehabil. 2013;94(3):522-526.',
    doi: '10.1016/j.apmr.2012.10.022',
    pmid: '23127304',
  },
  samani_2020_patellofemoral_lumbopelvic_trps: {
    kind: 'article',
    citation:
      'Samani M, Ghaffarinejad F, Abolahrari-Shirazi S, Khodadadi T, Roshan F. Prevalence and sensitivity of trigger points in lumbo-pelvic-hip muscles in patients with patellofemoral pain syndrome. J Bodyw Mov Ther. 2020;24(1):126-130.',
    doi: '10.1016/j.jbmt.2019.10.012',
    pmid: '31987531',
  },
  henry_2012_knee_arthroplasty_waitlist: {
    kind: 'article',
    citation:
      'Henry R, Cahill CM, Wood G, Hroch J, Wilson R, Cupido T, VanDenKerkhof E. Myofascial pain in patients waitlisted for total knee arthroplasty. Pain Res Manag. 2012;17(5):321-327.',
    doi: '10.1155/2012/547183',
    pmid: '23061082',
  },
  perez_costa_2016_footballers_ankle_pain: {
    kind: 'article',
    citation:
      'Pérez Costa E, Torres-Lacomba M. Presencia de puntos gatillo miofasciales en futbolistas de competición con dolor de tobillo: estudio piloto transversal [Myofascial trigger points in competitive football players with ankle pain: a cross-sectional pilot study]. Fisioterapia. 2016;38(6):280-285.',
    doi: '10.1016/j.ft.2015.11.004',
  },
} as const satisfies Record<string, Source>
