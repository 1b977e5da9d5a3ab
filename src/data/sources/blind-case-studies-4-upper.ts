/**
 * Clinical studies behind the upper-body half of the fourth blind case set for the ranking
 * (`../study-findings/studies-4-upper.ts`): head, face, jaw, neck, shoulder, upper back, arm, elbow
 * and chest-wall complaints, and one fibromyalgia study. Each examined or treated myofascial
 * trigger points in named muscles of people with one regional complaint. Written 2026-12-04 under
 * the blind rule: the writer never ran the ranking nor read the muscles' zones. None of these
 * studies is cited by the earlier case sets or the source catalogue (checked by id, DOI and PMID
 * against the lists given). Each citation, DOI and PMID was read on a public record of the article
 * through the project's search tool; where authors, pages or an identifier were not seen they are
 * left out rather than guessed.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies4Upper = {
  sillevis_2020_scm_cervicogenic_headache: {
    kind: 'article',
    citation:
      'Sillevis R, Wyss K. Effectiveness of dry needling to the sternocleidomastoid muscle, manual therapy, and exercise to reduce pain and improve function in subjects with chronic cervicogenic headaches: a retrospective case series. Ann Case Report. 2020;14:423.',
    doi: '10.29011/2574-7754.100423',
  },
  rezaeian_2020_scm_migraine_needling: {
    kind: 'article',
    citation:
      'Rezaeian T, Mosallanezhad Z, Nourbakhsh MR, Noroozi M, Sajedi F. Effects of dry needling technique into trigger points of the sternocleidomastoid muscle in migraine headache: a randomized controlled trial. Am J Phys Med Rehabil. 2020;99(12):1129-1137.',
    doi: '10.1097/PHM.0000000000001504',
  },
  cho_2022_tension_headache_saline_injections: {
    kind: 'article',
    citation:
      'Cho SC, Kwon DR, Seong JW, Kim Y, Özçakar L. A pilot analysis on the efficacy of multiple trigger-point saline injections in chronic tension-type headache: a retrospective observational study. J Clin Med. 2022;11(18):5428.',
    doi: '10.3390/jcm11185428',
    pmid: '36143074',
  },
  bond_2015_occipital_neuralgia_needling: {
    kind: 'article',
    citation:
      'Bond BM, Kinslow C. Improvement in clinical outcomes after dry needling in a patient with occipital neuralgia. J Can Chiropr Assoc. 2015;59(2):101-110.',
    pmid: '26136602',
  },
  lopez_martos_2018_lateral_pterygoid_needling: {
    kind: 'article',
    citation:
      'Lopez-Martos R, Gonzalez-Perez LM, Ruiz-Canela-Mendez P, Urresti-Lopez FJ, Gutierrez-Perez JL, Infante-Cossio P. Randomized, double-blind study comparing percutaneous electrolysis and dry needling for the management of temporomandibular myofascial pain. Med Oral Patol Oral Cir Bucal. 2018;23(4):e454-e462.',
    doi: '10.4317/medoral.22488',
    pmid: '29924769',
  },
  anuvindha_2024_masseter_mirror_toothache: {
    kind: 'article',
    citation:
      'Anuvindha JS, Immaculate JM, Chawla J, Sonowal ST, Jayam C, Dey S. Mirror-image tooth pain referred from superficial masseter muscle - a case report. J Dent Anesth Pain Med. 2024;24(5):367-374.',
    doi: '10.17245/jdapm.2024.24.5.367',
  },
  ga_2007_upper_trapezius_ims: {
    kind: 'article',
    citation:
      'Ga H, Koh HJ, Choi JH, Kim CH. Intramuscular and nerve root stimulation vs lidocaine injection to trigger points in myofascial pain syndrome. J Rehabil Med. 2007;39(5):374-378.',
    doi: '10.2340/16501977-0058',
  },
  gerber_2015_upper_trapezius_needling: {
    kind: 'article',
    citation:
      'Gerber LH, Shah J, Rosenberger W, Armstrong K, Turo D, Otto P, Heimur J, Thaker N, Sikdar S. Dry needling alters trigger points in the upper trapezius muscle and reduces pain in subjects with chronic myofascial pain. PM R. 2015;7(7):711-718.',
    doi: '10.1016/j.pmrj.2015.01.020',
    pmid: '25661462',
  },
  dibai_filho_2018_upper_trapezius_neck_pain: {
    kind: 'article',
    citation:
      'Dibai-Filho AV, de Jesus Guirro RR, Koga Ferreira VT, de Oliveira AK, de Almeida AM, de Oliveira Guirro EC. Analysis of chronic myofascial pain in the upper trapezius muscle of breast cancer survivors and women with neck pain. J Bodyw Mov Ther. 2018;22(2):237-241.',
    doi: '10.1016/j.jbmt.2017.04.012',
    pmid: '29861213',
  },
  hong_1996_fibromyalgia_trapezius_injection: {
    kind: 'article',
    citation:
      'Hong CZ, Hsueh TC. Difference in pain relief after trigger point injections in myofascial pain patients with and without fibromyalgia. Arch Phys Med Rehabil. 1996;77(11):1161-1166.',
    doi: '10.1016/S0003-9993(96)90141-0',
  },
  man_ther_2016_subacromial_infraspinatus_needling: {
    kind: 'article',
    citation:
      'Effects of dry needling to the symptomatic versus control shoulder in patients with unilateral subacromial pain syndrome. Man Ther. 2016.',
    pmid: '27497188',
  },
  suh_2014_brachialis_upper_arm_pain: {
    kind: 'article',
    citation:
      'Suh MR, Chang WH, Choi HS, Lee SC. Ultrasound-guided myofascial trigger point injection into brachialis muscle for rotator cuff disease patients with upper arm pain: a pilot study. Ann Rehabil Med. 2014;38(5):673-681.',
    doi: '10.5535/arm.2014.38.5.673',
  },
  shanmugam_2015_elbow_stiffness_needling: {
    kind: 'article',
    citation:
      'Shanmugam S, Shetty K, Mathias L, Santhumayor R. Dry needling on tendons and myofascial trigger points in post-traumatic stiffness of elbow: a case report. Int J Res Med Sci. 2015:1529-1532.',
    doi: '10.18203/2320-6012.ijrms20150183',
  },
  mun_2021_serratus_posterior_superior_injection: {
    kind: 'article',
    citation:
      'Mun, Sirh, Sirh, Sirh. The effect of integrated injection techniques for the serratus posterior superior muscle on interscapular pain, upper extremity pain, and paresthesia. J Korean Ster Func Neurosurg (Neurofunction). 2021;17(1):38-42.',
    doi: '10.52662/jksfn.2021.00024',
  },
  sengul_2024_noncardiac_chest_pectoralis: {
    kind: 'article',
    citation:
      'Şengül M, Tekeli Şengül S. Efficacy of trigger point injection therapy in noncardiac chest pain: a randomized controlled trial. Turk J Phys Med Rehabil. 2024;(1):98-104.',
    doi: '10.5606/tftrd.2024.12716',
  },
  ozden_2018_masseter_dry_needling_tmd: {
    kind: 'article',
    citation:
      'Özden MC, Atalay B, Özden Çankaya AB, Kolay E, Yıldırım S. Efficacy of dry needling in patients with myofascial temporomandibular disorders related to the masseter muscle. Cranio. 2018 (advance online publication).',
    pmid: '30296920',
  },
  dib_zakkour_2022_masseter_deep_dry_needling: {
    kind: 'article',
    citation:
      'Dib-Zakkour J, Flores-Fraile J, Montero-Martin J, Dib-Zakkour S, Dib-Zaitun I. Evaluation of the effectiveness of dry needling in the treatment of myogenous temporomandibular joint disorders. Medicina (Kaunas). 2022;58(2):256.',
    doi: '10.3390/medicina58020256',
  },
  kocot_kepska_2022_serratus_anterior_pulsed_rf: {
    kind: 'article',
    citation:
      'Kocot-Kępska M, Hanarz M, Pająk-Wyżga K, Mruk G, Przeklasa-Muszyńska A. Pulsed radiofrequency in the treatment of a patient with myofascial pain – a case report. BÓL. 2022;(2):29-34.',
    doi: '10.5604/01.3001.0016.0382',
  },
  tang_2019_upper_back_5_in_1_injection: {
    kind: 'article',
    citation:
      'Tang TY, Shyu SG, Kao BC, Wu CH. Ultrasound-guided 5-in-1 injection: trigger point injections and nerve hydrodissections for nonspecific upper back pain. Am J Phys Med Rehabil. 2019;98(6):e55-e56.',
    doi: '10.1097/PHM.0000000000001091',
  },
  pubmed_32507780_molar_pain_masticatory_tpi: {
    kind: 'article',
    citation:
      'Case report (title, authors, journal and year not seen on the record read): acupuncture combined with trigger point injection in a patient with chronic myofascial pain with referred pain in the masticatory muscles. PubMed 32507780.',
    pmid: '32507780',
  },
  soyer_2020_cell_phone_neck_pain_trps: {
    kind: 'article',
    citation:
      'Soyer O, Akarırmak ZÜ. The effect of postural correction and exercise on neck pains in cell phone users. Türk Osteoporoz Dergisi. 2020.',
    doi: '10.4274/tod.galenos.2019.76094',
  },
} as const satisfies Record<string, Source>
