/**
 * Clinical studies behind the third, blind case set for the ranking (now the study findings,
 * `../study-findings/studies-1.ts`): studies that examined named muscles in people with one
 * regional complaint and reported which held trigger points, most of them active ones whose
 * referred pain the patients recognised. Each citation, DOI and PMID here was read on a public
 * record of the article through the project's search tool (2026-12-02); where one was not seen it
 * is left out rather than guessed, and a page that reproduces the abstract is given instead.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies = {
  fernandez_de_las_penas_2006_unilateral_migraine: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, et al. Myofascial trigger points, neck mobility and forward head posture in unilateral migraine. Cephalalgia. 2006;26(9):1061-1070.',
    doi: '10.1111/j.1468-2982.2006.01162.x',
    pmid: '16919056',
  },
  ferracini_2016_migraine_posture: {
    kind: 'article',
    citation:
      'Ferracini GN, Chaves TC, Dach F, Bevilaqua-Grossi D, Fernández-de-las-Peñas C, Speciali JG. Relationship between active trigger points and head/neck posture in patients with migraine. Am J Phys Med Rehabil. 2016;95(11):831-839.',
    doi: '10.1097/PHM.0000000000000510',
  },
  calandre_2006_migraine_trigger_points: {
    kind: 'article',
    citation:
      'Calandre EP, et al. Trigger point evaluation in migraine patients: an indication of peripheral sensitization linked to migraine predisposition? Eur J Neurol. 2006;13(3):244-249.',
    doi: '10.1111/j.1468-1331.2006.01181.x',
    pmid: '16618340',
  },
  fernandez_de_las_penas_2007_episodic_tension_headache: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Alonso-Blanco C, Cuadrado ML, Gerwin RD, Pareja JA. Myofascial trigger points, neck mobility, and forward head posture in episodic tension-type headache. Headache. 2007;47(5):662-672.',
    doi: '10.1111/j.1526-4610.2006.00632.x',
    pmid: '17501847',
  },
  fernandez_de_las_penas_2011_child_tension_headache: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Fernández-Mayoralas DM, Ortega-Santiago R, Ambite-Quesada S, Palacios-Ceña D, Pareja JA. Referred pain from myofascial trigger points in head and neck-shoulder muscles reproduces head pain features in children with chronic tension type headache. J Headache Pain. 2011;12(1).',
    doi: '10.1007/s10194-011-0316-6',
    pmid: '21359873',
  },
  alonso_blanco_2011_adult_child_tension_headache: {
    kind: 'article',
    citation:
      'Alonso-Blanco C, et al. Prevalence and anatomical localization of muscle referred pain from active trigger points in head and neck musculature in adults and children with chronic tension-type headache. Pain Med. 2011;12(10):1453-1463.',
    doi: '10.1111/j.1526-4637.2011.01204.x',
    pmid: '21812909',
  },
  couppe_2007_tension_headache_trigger_points: {
    kind: 'article',
    citation:
      'Couppé C, Torelli P, Fuglsang-Frederiksen A, Andersen KV, Jensen R. Myofascial trigger points are very prevalent in patients with chronic tension-type headache: a double-blinded controlled study. Clin J Pain. 2007;23(1):23-27.',
    pmid: '17277641',
  },
  fernandez_perez_2012_acute_whiplash: {
    kind: 'article',
    citation:
      'Fernández-Pérez AM, Villaverde-Gutiérrez C, Mora-Sánchez A, Alonso-Blanco C, Sterling M, Fernández-de-las-Peñas C. Muscle trigger points, pressure pain threshold, and cervical range of motion in patients with high level of disability related to acute whiplash injury. J Orthop Sports Phys Ther. 2012;42(7):634-641.',
    doi: '10.2519/jospt.2012.4117',
  },
  ettlin_2008_whiplash_myofascial: {
    kind: 'article',
    citation:
      'Ettlin T, Schuster C, Stoffel R, Brüderlin A, Kischka U. A distinct pattern of myofascial findings in patients after whiplash injury. Arch Phys Med Rehabil. 2008;89(7):1290-1293.',
    doi: '10.1016/j.apmr.2007.11.041',
  },
  castaldo_2014_whiplash_neck_pain: {
    kind: 'article',
    citation:
      'Castaldo M, Ge HY, Chiarotto A, Villafane JH, Arendt-Nielsen L. Myofascial trigger points in patients with whiplash-associated disorders and mechanical neck pain. Pain Med. 2014;15(5):842-849.',
    doi: '10.1111/pme.12429',
  },
  villafane_2019_poststroke_shoulder: {
    kind: 'article',
    citation:
      'Villafañe JH, Lopez-Royo MP, Herrero P, Valdes K, Cantero-Téllez R, Pedersini P, Negrini S. Prevalence of myofascial trigger points in poststroke patients with painful shoulders: a cross-sectional study. PM R. 2019.',
    doi: '10.1002/pmrj.12123',
    pmid: '30734521',
  },
  kumar_2024_frozen_shoulder: {
    kind: 'article',
    citation:
      'Kumar SS, Kumar A, Sannasi R, Dommerholt J, Dsouza GA. Association between shoulder girdle muscles trigger points and frozen shoulder: a cross-sectional study. J Bodyw Mov Ther. 2024;40:1605-1609.',
    doi: '10.1016/j.jbmt.2024.08.017',
  },
  fernandez_lao_2010_postmastectomy_pain: {
    kind: 'article',
    citation:
      'Fernández-Lao C, Cantarero-Villanueva I, Fernández-de-las-Peñas C, Del-Moral-Ávila R, Arendt-Nielsen L, Arroyo-Morales M. Myofascial trigger points in neck and shoulder muscles and widespread pressure pain hypersensitivity in patients with postmastectomy pain: evidence of peripheral and central sensitization. Clin J Pain. 2010;26(9):798-806.',
    doi: '10.1097/AJP.0b013e3181f18c36',
  },
  fernandez_lao_2012_breast_surgery_trps: {
    kind: 'article',
    citation:
      'Fernández-Lao C, Cantarero-Villanueva I, Fernández-de-las-Peñas C, Del-Moral-Ávila R, Menjón-Beltrán S, Arroyo-Morales M. Development of active myofascial trigger points in neck and shoulder musculature is similar after lumpectomy or mastectomy surgery for breast cancer. J Bodyw Mov Ther. 2012;16(2):183-190.',
    // No DOI or PMID was seen; this record of the authors' university gives the abstract,
    // journal, volume, issue and pages.
    url: 'https://uceens.ugr.es/publicacion/development-of-active-myofascial-trigger-points-in-neck-and-shoulder-musculature-is-similar-after-lumpectomy-or-mastectomy-surgery-for-breast-cancer/',
  },
  yacubovich_2019_dysmenorrhea_trps: {
    kind: 'article',
    citation:
      'Yacubovich Y, Cohen N, Tene L, Kalichman L. The prevalence of primary dysmenorrhea among students and its association with musculoskeletal and myofascial pain. J Bodyw Mov Ther. 2019;23(4):785-791.',
    doi: '10.1016/j.jbmt.2019.05.006',
  },
  sanchez_romero_2019_knee_osteoarthritis: {
    kind: 'article',
    citation:
      'Sánchez-Romero EA, Pecos-Martín D, Calvo-Lobo C, García-Jiménez D, Ochoa-Sáez V, Burgos-Caballero V, Fernández-Carnero J. Clinical features and myofascial pain syndrome in older adults with knee osteoarthritis by sex and age distribution: a cross-sectional study. Knee. 2019;26(1):165-173.',
    // No DOI or PMID was seen; this record gives the abstract.
    url: 'https://discovery.researcher.life/article/clinical-features-and-myofascial-pain-syndrome-in-older-adults-with-knee-osteoarthritis-by-sex-and-age-distribution-a-cross-sectional-study/ceff30420b643402a184516cda7adb5a',
  },
  sanchez_romero_2020_knee_osteoarthritis: {
    kind: 'article',
    citation:
      'Sánchez Romero EA, Fernández Carnero J, Villafañe JH, Calvo-Lobo C, Ochoa Sáez V, Burgos Caballero V, Laguarta Val S, Pedersini P, Pecos Martín D. Prevalence of myofascial trigger points in patients with mild to moderate painful knee osteoarthritis: a secondary analysis. J Clin Med. 2020;9(8):2561.',
    doi: '10.3390/jcm9082561',
    pmid: '32784592',
  },
  rozenfeld_2020_anterior_knee_pain: {
    kind: 'article',
    citation:
      'Rozenfeld E, Finestone AS, Moran U, Damri E, Kalichman L. The prevalence of myofascial trigger points in hip and thigh areas in anterior knee pain patients. J Bodyw Mov Ther. 2020;24(1):31-38.',
    doi: '10.1016/j.jbmt.2019.05.010',
    pmid: '31987560',
  },
} as const satisfies Record<string, Source>
