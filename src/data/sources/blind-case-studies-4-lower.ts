/**
 * Studies behind the fourth blind case set, lower half (mid and low back, abdomen, pelvis and
 * pelvic floor, groin, buttock, hip, thigh, knee, leg, ankle, foot):
 * `../study-findings/studies-4-lower.ts`. Written 2026-12-04 under the blind rule: the abstracts were
 * read on public records, the ranking was never run or read. Every DOI and PMID here was seen on a
 * public record of the article; where one was not seen it is left out, as are volume, issue and
 * pages that were not seen.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies4Lower = {
  delgado_alvarez_2022_gluteus_medius_low_back: {
    kind: 'article',
    citation:
      'Delgado Álvarez S, Velázquez Saornil J, Sánchez Milá Z, Jaén Crespo G, Campón Chekroun A, Barragán Casas JM, Frutos Llanes R, Rodríguez Sanz D. Effectiveness of dry needling and ischemic trigger point compression in the gluteus medius in patients with non-specific low back pain: a randomized short-term clinical trial. Int J Environ Res Public Health. 2022;19(19):12468.',
    doi: '10.3390/ijerph191912468',
    pmid: '36231767',
  },
  aquino_2020_piriformis_emergency_injection: {
    kind: 'article',
    citation:
      'Aquino JVM, Blinder V, Johnson J, Havryliuk T. Ultrasound-guided trigger point injection for piriformis syndrome in the emergency department. J Am Coll Emerg Physicians Open. 2020.',
    doi: '10.1002/emp2.12153',
  },
  tabatabaiee_2019_piriformis_dry_needling: {
    kind: 'article',
    citation:
      'Tabatabaiee A, Takamjani IE, Sarrafzadeh J, Salehi R, Ahmadi M. Ultrasound-guided dry needling decreases pain in patients with piriformis syndrome. Muscle Nerve. 2019;60(5):558-565.',
    doi: '10.1002/mus.26671',
    pmid: '31415092',
  },
  zoorob_2015_levator_trigger_point_injections: {
    kind: 'article',
    citation:
      'Zoorob D, South M, Karram M, Sroga J, Maxwell R, Shah A, Whiteside J. A pilot randomized trial of levator injections versus physical therapy for treatment of pelvic floor myalgia and sexual pain. Int Urogynecol J. 2015.',
    doi: '10.1007/s00192-014-2606-4',
  },
  amani_2022_knee_osteoarthritis_dry_needling: {
    kind: 'article',
    citation:
      'Amani M, Shafizadegan Z, Taheri N. Effects of dry needling on pain in patients with knee osteoarthritis: a preliminary study. Adv Biomed Res. 2022;11:47.',
    doi: '10.4103/abr.abr_102_21',
    pmid: '35982860',
  },
  kumar_2021_spinal_deformity_iliopsoas_quadratus_lumborum: {
    kind: 'article',
    citation:
      'Kumar S, Khuba S, Gautam S, Agarwal A, Vittobaraju M, Aggarwal A, Awal S, Mishra P. Association of myofascial pain in patients with thoracolumbar scoliosis, kyphoscoliosis or spinal deformity attending a tertiary care hospital in Uttar Pradesh, India. J Evid Based Med Healthc. 2021;8(27):2392-2398.',
    doi: '10.18410/jebmh/2021/444',
  },
  hachisuka_2022_postoperative_abdominal_oblique: {
    kind: 'article',
    citation:
      'Hachisuka R, Taguchi S, Moriwaki K, Oshita K, Umeda A, Tsutsumi YM. Subacute postoperative myofascial pain diagnosed and treated successfully by ultrasound: a case after laparoscopic hepatectomy. JA Clin Rep. 2022.',
    doi: '10.1186/s40981-022-00540-5',
  },
  fusco_2018_piriformis_syndrome_dry_needling: {
    kind: 'article',
    citation:
      'Fusco P, Di Carlo S, Scimia P, Degan G, Petrucci E, Marinangeli F. Ultrasound-guided dry needling treatment of myofascial trigger points for piriformis syndrome management: a case series. J Chiropr Med. 2018;17(3):198-200.',
    doi: '10.1016/j.jcm.2018.04.002',
    pmid: '30228811',
  },
  barge_2018_quadratus_lumborum_low_back_pain: {
    kind: 'article',
    citation:
      'Barge AS, Barge SM. Quadratus lumborum: one of the many significant causes of low back pain. Indian J Pain. 2018;32(3):184-186.',
    doi: '10.4103/ijpn.ijpn_53_18',
  },
  lee_2010_iliopsoas_chronic_abdominal_pain: {
    kind: 'article',
    citation:
      'Lee WS, Park KH, Lee HJ, Sung NJ. A case of myofascial pain syndrome of the iliopsoas muscle undiagnosed for 3 years with chronic abdominal pain. Korean J Fam Med. 2010;31(2):134.',
    doi: '10.4082/kjfm.2010.31.2.134',
  },
  scott_2017_coccydynia_pelvic_floor_therapy: {
    kind: 'article',
    citation:
      'Scott KM, Fisher LW, Bernstein IH, Bradley MH. The treatment of chronic coccydynia and postcoccygectomy pain with pelvic floor physical therapy. PM R. 2017;9(4):367-376.',
    doi: '10.1016/j.pmrj.2016.08.007',
    pmid: '27565640',
  },
  ma_2023_knee_osteoarthritis_dry_needling_diclofenac: {
    kind: 'article',
    citation:
      'Ma YT, Dong YL, Wang B, Xie WP, Huang QM, Zheng YJ. Dry needling on latent and active myofascial trigger points versus oral diclofenac in patients with knee osteoarthritis: a randomized controlled trial. BMC Musculoskelet Disord. 2023;24:36.',
    doi: '10.1186/s12891-022-06116-9',
    pmid: '36650486',
  },
  huang_2014_piriformis_myofascial_facet_injection: {
    kind: 'article',
    citation:
      'Huang JT, Chen HY, Hong CZ, Lin MT, Chou LW, Chen HS, Tsai CT, Chang WD, Lai P. Lumbar facet injection for the treatment of chronic piriformis myofascial pain syndrome: 52 case studies. Patient Prefer Adherence. 2014;8:1105-1111.',
    doi: '10.2147/PPA.S64736',
  },
  de_andres_2010_lumbar_myofascial_botulinum: {
    kind: 'article',
    citation:
      'De Andrés J, Adsuara VM, Palmisani S, Villanueva V, López-Alarcón MD. A double-blind, controlled, randomized trial to evaluate the efficacy of botulinum toxin for the treatment of lumbar myofascial pain in humans. Reg Anesth Pain Med. 2010;35(3):255-260.',
    doi: '10.1097/AAP.0b013e3181d23241',
    pmid: '20921836',
  },
  adelowo_2013_intralevator_botox_pelvic_pain: {
    kind: 'article',
    citation:
      'Adelowo A, Hacker MR, Shapiro A, Modest AM, Elkadry E. Botulinum toxin type A (BOTOX) for refractory myofascial pelvic pain. Female Pelvic Med Reconstr Surg. 2013;19(5):288-292.',
    doi: '10.1097/SPV.0b013e3182989fd8',
    pmid: '23982578',
  },
  halder_2017_botox_myofascial_release_pelvic_pain: {
    kind: 'article',
    citation:
      'Halder GE, Scott L, Wyman A, Mora N, Miladinovic B, Bassaly R, Hoyte L. Botox combined with myofascial release physical therapy as a treatment for myofascial pelvic pain. Investig Clin Urol. 2017;58(2):134-139.',
    doi: '10.4111/icu.2017.58.2.134',
    pmid: '28261683',
  },
} as const satisfies Record<string, Source>
