/**
 * Clinical studies behind the upper half of the fifth blind case set (`../study-findings/studies-5-upper.ts`):
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
  healthcare_2019_trapezius_ultrasound_guided_injection: {
    kind: 'article',
    citation:
      'Feasibility of ultrasound-guided trigger point injection in patients with myofascial pain syndrome (authors not shown on the record read; Konkuk University Chungju Hospital). Healthcare (Basel). 2019;7(4):118.',
    doi: '10.3390/healthcare7040118',
  },
  demirhan_2023_fibromyalgia_neck_trapezius_dry_needling: {
    kind: 'article',
    citation:
      'Demirhan E, Atar S, Akgün R, Özfırat BS, Kuru Ö. Impact of trigger point dry needling on neck pain, sleep, and depression in patients with fibromyalgia. İstanbul Med J. 2023;24(1):57-61.',
    doi: '10.4274/imj.galenos.2023.66502',
  },
  jmmt_2024_tension_headache_trigger_point_sensitivity_posture: {
    kind: 'article',
    citation:
      'The relationship between myofascial trigger points sensitivity, cervical postural abnormality, and clinical tension-type headache parameters (authors not shown on the record read). J Man Manip Ther. 2024:390-399 (published online 1 January 2024).',
    doi: '10.1080/10669817.2023.2299186',
  },
  korkmaz_2023_masseter_trps_disc_displacement: {
    kind: 'article',
    citation:
      'Korkmaz MD, Karacay BC. Do myofascial trigger points in masseter muscles affect the symptoms of disc displacement with reduction? A cross-sectional study. Associação Médica Brasileira (publisher); 2023 (the record read showed the publisher, not the journal title, volume or pages).',
    doi: '10.1590/1806-9282.20230622',
    pmid: '37971122',
  },
  zheng_2015_trapezius_innervation_zone_lidocaine: {
    kind: 'article',
    citation:
      'Lidocaine injection in the intramuscular innervation zone can effectively treat chronic neck pain caused by MTrPs in the trapezius muscle (first author as shown on the record read: Hong Zheng; the full author list was not shown). Pain Physician. 2015;18(5):E815-E826.',
    doi: '10.36076/ppj.2015/18/e815',
    pmid: '26431135',
  },
  lee_2008_neck_shoulder_needle_electrical_stimulation: {
    kind: 'article',
    citation:
      'Lee SH, Chen CC, Lee CS, Lin TC, Chan RC. Effects of needle electrical intramuscular stimulation on shoulder and cervical myofascial pain syndrome and microcirculation. J Chin Med Assoc. 2008;71(4):200-206.',
    doi: '10.1016/S1726-4901(08)70104-7',
    pmid: '18436503',
  },
  tsai_2010_remote_dry_needling_upper_trapezius: {
    kind: 'article',
    citation:
      'Tsai CT, Hsieh LF, Kuan TS, Kao MJ, Chou LW, Hong CZ. Remote effects of dry needling on the irritability of the myofascial trigger point in the upper trapezius muscle. Am J Phys Med Rehabil. 2010;89(2):133-140.',
    doi: '10.1097/PHM.0b013e3181a5b1bc',
  },
  hou_2002_cervical_myofascial_physical_modalities: {
    kind: 'article',
    citation:
      'Hou CR, Tsai LC, Cheng KF, Chung KC, Hong CZ. Immediate effects of various physical therapeutic modalities on cervical myofascial pain and trigger-point sensitivity. Arch Phys Med Rehabil. 2002;83(10):1406-1414.',
    doi: '10.1053/apmr.2002.34834',
  },
  rayegani_2014_upper_trapezius_dry_needling_physiotherapy: {
    kind: 'article',
    citation:
      'Rayegani SM, Bayat M, Bahrami MH, Raeissadat SA, Kargozar E. Comparison of dry needling and physiotherapy in treatment of myofascial pain syndrome. Clin Rheumatol. 2014;33(6):859-864.',
    doi: '10.1007/s10067-013-2448-3',
  },
  ga_2007_elderly_upper_trapezius_paraspinal_needling: {
    kind: 'article',
    citation:
      'Ga H, Choi JH, Park CH, Yoon HJ. Dry needling of trigger points with and without paraspinal needling in myofascial pain syndromes in elderly patients. J Altern Complement Med. 2007;13(6):617-624.',
    doi: '10.1089/acm.2006.6371',
    pmid: '17718644',
  },
  togha_2020_cervicogenic_headache_scm_needling_compression: {
    kind: 'article',
    citation:
      'Togha M, Bahrpeyma F, Jafari M, Nasiri A. A sonographic comparison of the effect of dry needling and ischemic compression on the active trigger point of the sternocleidomastoid muscle associated with cervicogenic headache: a randomized trial. J Back Musculoskelet Rehabil. 2020;33(5):749-759.',
    doi: '10.3233/BMR-171077',
  },
  alayat_2020_cervical_myofascial_laser_pressure_release: {
    kind: 'article',
    citation:
      'Alayat MS, Battecha KH, ELsodany AM, Ali MI. Pulsed ND:YAG laser combined with progressive pressure release in the treatment of cervical myofascial pain syndrome: a randomized control trial. J Phys Ther Sci. 2020;32(7):422-427.',
    doi: '10.1589/jpts.32.422',
    pmid: '32753780',
  },
  ma_2010_upper_trapezius_miniscalpel_needle_release: {
    kind: 'article',
    citation:
      'Ma C, Wu S, Li G, Xiao X, Mai M, Yan T. Comparison of miniscalpel-needle release, acupuncture needling, and stretching exercise to trigger point in myofascial pain syndrome. Clin J Pain. 2010;26(3):251-257.',
    doi: '10.1097/AJP.0b013e3181b8cdc8',
    pmid: '20173440',
  },
} as const satisfies Record<string, Source>
