/**
 * Clinical studies behind the upper half of the fifth blind case set (`src/lookup/blindCases5Upper.ts`):
 * head, face, jaw, neck, shoulder, arm, elbow, forearm, hand and chest wall. Written 2026-12-04 (the
 * fifth set) under the blind rule: each study was found and read on a public record (its abstract, with
 * the DOI or PMID shown there), none is a study an earlier case set or study finding used, and no
 * citation field was guessed: a DOI or PMID that was not seen on a record is left out.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies5Upper = {
  fernandez_de_las_penas_2007_temporalis_ctth: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Ge HY, Arendt-Nielsen L, Cuadrado ML, Pareja JA. The local and referred pain from myofascial trigger points in the temporalis muscle contributes to pain profile in chronic tension-type headache. Clin J Pain. 2007;23(9):786-792.',
    doi: '10.1097/AJP.0b013e318153496a',
  },
  fernandez_de_las_penas_2010_ctth_referred_pain_areas: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Ge HY, Alonso-Blanco C, González-Iglesias J, Arendt-Nielsen L. Referred pain areas of active myofascial trigger points in head, neck, and shoulder muscles, in chronic tension type headache. J Bodyw Mov Ther. 2010;14(4):391-396.',
    doi: '10.1016/j.jbmt.2009.06.008',
  },
  mcmillan_1997_jaw_muscle_dry_needling_procaine: {
    kind: 'article',
    citation:
      'McMillan AS, Nolan A, Kelly PJ. The efficacy of dry needling and procaine in the treatment of myofascial pain in the jaw muscles. J Orofac Pain. 1997;11(4):307-314.',
    pmid: '9656906',
  },
  mora_relucio_2016_pianists_lateral_epicondylalgia: {
    kind: 'article',
    citation:
      'Mora-Relucio R, Núñez-Nagy S, Gallego-Izquierdo T, Rus A, Plaza-Manzano G, Romero-Franco N, Ferragut-Garcías A, Pecos-Martín D. Experienced versus inexperienced interexaminer reliability on location and classification of myofascial trigger point palpation to diagnose lateral epicondylalgia: an observational cross-sectional study. Evid Based Complement Alternat Med. 2016;2016:6059719.',
    doi: '10.1155/2016/6059719',
    pmid: '26881005',
  },
  hidalgo_lozano_2011_shoulder_impingement_case_series: {
    kind: 'article',
    citation:
      'Hidalgo-Lozano A, Fernández-de-las-Peñas C, Díaz-Rodríguez L, González-Iglesias J, Palacios-Ceña D, Arroyo-Morales M. Changes in pain and pressure pain sensitivity after manual treatment of active trigger points in patients with unilateral shoulder impingement: a case series. J Bodyw Mov Ther. 2011;15(4):399-404.',
    doi: '10.1016/j.jbmt.2010.12.003',
    pmid: '21943613',
  },
  gonzalez_iglesias_2011_rock_climbers_lateral_epicondylalgia: {
    kind: 'article',
    citation:
      'González-Iglesias J, Cleland JA, del Rosario Gutierrez-Vega M, Fernández-de-las-Peñas C. Multimodal management of lateral epicondylalgia in rock climbers: a prospective case series. J Manipulative Physiol Ther. 2011;34(9):635-642.',
    doi: '10.1016/j.jmpt.2011.09.003',
  },
  ziaeifar_2016_upper_trapezius_dry_needling: {
    kind: 'article',
    citation:
      'Ziaeifar M, Arab AM, Nourbakhsh MR. Clinical effectiveness of dry needling immediately after application on myofascial trigger point in upper trapezius muscle. J Chiropr Med. 2016;15(4):252-258.',
    doi: '10.1016/j.jcm.2016.08.009',
    pmid: '27857633',
  },
  pubmed_14503837_masseter_referred_toothache: {
    kind: 'article',
    citation:
      'Toothache of nonodontogenic origin: a case report (authors not shown on the record read). J Endod. 2003;29(9):608-610.',
    doi: '10.1097/00004770-200309000-00015',
    pmid: '14503837',
  },
  bron_2007_shoulder_trigger_point_palpation: {
    kind: 'article',
    citation:
      'Bron C, Franssen J, Wensing M, Oostendorp RA. Interrater reliability of palpation of myofascial trigger points in three shoulder muscles. J Man Manip Ther. 2007;15(4):203-215.',
    doi: '10.1179/106698107790819477',
    pmid: '19066669',
  },
  pubmed_18160923_elderly_upper_trapezius_needling: {
    kind: 'article',
    citation:
      'Acupuncture needling versus lidocaine injection of trigger points in myofascial pain syndrome in elderly patients: a randomised trial (authors not shown on the record read). Acupunct Med. 2007;25(4):130-136.',
    doi: '10.1136/aim.25.4.130',
    pmid: '18160923',
  },
  esenyel_2000_upper_trapezius_treatment: {
    kind: 'article',
    citation: 'Esenyel M, et al. Treatment of myofascial pain. Am J Phys Med Rehabil. 2000;79(1):48-52.',
    doi: '10.1097/00002060-200001000-00011',
    pmid: '10678603',
  },
  blasco_bonora_2017_bruxism_tmd_dry_needling: {
    kind: 'article',
    citation:
      'Blasco-Bonora PM, Martín-Pintado-Zugasti A. Effects of myofascial trigger point dry needling in patients with sleep bruxism and temporomandibular disorders: a prospective case series. Acupunct Med. 2017;35(1):69-74.',
    doi: '10.1136/acupmed-2016-011102',
  },
  yoon_2009_trapezius_needle_size_injection: {
    kind: 'article',
    citation:
      'Yoon SH, Rah UW, Sheen SS, Cho KH. Comparison of 3 needle sizes for trigger point injection in myofascial pain syndrome of upper- and middle-trapezius muscle: a randomized controlled trial. Arch Phys Med Rehabil. 2009;90(8):1332-1339.',
    doi: '10.1016/j.apmr.2009.01.028',
    pmid: '19651267',
  },
  moraska_2015_tension_headache_trigger_point_massage: {
    kind: 'article',
    citation:
      'Moraska AF, Stenerson L, Butryn N, Krutsch JP, Schmiege SJ, Mann JD. Myofascial trigger point-focused head and neck massage for recurrent tension-type headache: a randomized, placebo-controlled clinical trial. Clin J Pain. 2015;31(2):159-168.',
    doi: '10.1097/AJP.0000000000000091',
    pmid: '25329141',
  },
} as const satisfies Record<string, Source>
