/**
 * Clinical studies behind the lower half of the fifth blind case set (`../study-findings/studies-5-lower.ts`):
 * mid and low back, abdomen, pelvis, groin, buttock, hip, thigh, knee, leg, ankle and foot. Written
 * 2026-12-04 (the fifth set) under the blind rule: each study was found and read on a public record
 * (its abstract, with the DOI or PMID shown there), none is a study an earlier case set or study finding
 * used, and no citation field was guessed: a DOI, PMID, author list, volume or page that was not seen on
 * a record is left out (two citations below say so).
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies5Lower = {
  koppenhaver_2015_low_back_multifidus_needling: {
    kind: 'article',
    citation:
      'Koppenhaver SL, Walker MJ, Su J, McGowen JM, Umlauf L, Harris KD, Ross MD. Changes in lumbar multifidus muscle function and nociceptive sensitivity in low back pain patient responders versus non-responders after dry needling treatment. Man Ther. 2015;20(6):769-776.',
    doi: '10.1016/j.math.2015.03.003',
    pmid: '25801100',
  },
  singh_2025_medial_tibial_stress_soleus_needling: {
    kind: 'article',
    citation:
      'Singh A, Wadhwani N, Sharma M. Short-term effectiveness of dry needling on pain and ankle range of motion in athletes with medial tibial stress syndrome: a randomized control trial. J Man Manip Ther. 2025;33(1):47-53.',
    doi: '10.1080/10669817.2024.2384611',
    pmid: '39097941',
  },
  li_2020_gluteus_minimus_low_back_leg_pain: {
    kind: 'article',
    citation:
      'Li S, Yi D, Luo Q, Jia D. Combination of gluteal trigger points dry needling and percutaneous endoscopic lumbar discectomy for complex low back-related leg pain. J Pain Res. 2020;13:3125-3129.',
    doi: '10.2147/JPR.S279592',
  },
  heydarian_2024_chronic_ankle_sprain_peroneal_needling: {
    kind: 'article',
    citation:
      'Heydarian MA, Aminianfar A, Paknazar F. Study the effect of dry needling of leg muscles on ankle joint position sense and functional disability in patients with chronic ankle sprain: a randomized clinical trial. Koomesh. 2024;26(2):e150174.',
    doi: '10.69107/koomesh-150174',
  },
  lumbar_disc_lesion_myotomal_trps_jmp: {
    kind: 'article',
    citation:
      'The association of active trigger points with lumbar disc lesions. Journal of Musculoskeletal Pain; pages 11-18 (the author names and print year were not legible on the record seen; received 2004, accepted 2006, published online 2010).',
    doi: '10.1300/J094v15n02_04',
  },
  martin_corrales_2020_low_back_gluteal_needling: {
    kind: 'article',
    citation:
      'Martín-Corrales C, Bautista IV, Méndez-Mera JE, Fernández-Matías R, Achalandabaso-Ochoa A, Gallego-Izquierdo T, Nuñez-Nagy S, Pecos-Martín D. Benefits of adding gluteal dry needling to a four-week physical exercise program in a chronic low back pain population. A randomized clinical trial. Pain Med. 2020;21(11):2948-2957.',
    doi: '10.1093/pm/pnaa279',
    pmid: '33580803',
  },
  cureus_104384_achilles_gastrocnemius_needling: {
    kind: 'article',
    citation:
      'Randomized single-blind clinical trial of dry needling of gastrocnemius myofascial trigger points versus ultrasound-guided percutaneous electrolysis of the Achilles tendon in 60 patients with Achilles tendinopathy. Cureus (the author names, title wording and year were not legible on the record seen; abstract read on OpenAIRE).',
    doi: '10.7759/cureus.104384',
  },
  koppenhaver_2022_low_back_lumbar_stiffness_needling: {
    kind: 'article',
    citation:
      'Koppenhaver SL, Weaver AM, Randall TL, Hollins RJ, Young BA, Hebert JJ, Proulx L, Fernández-de-las-Peñas C. Effect of dry needling on lumbar muscle stiffness in patients with low back pain: a double blind, randomized controlled trial using shear wave elastography. J Man Manip Ther. 2022;30(3):154-164.',
    doi: '10.1080/10669817.2021.1977069',
  },
  wang_price_2020_low_back_multifidus_deep_needling: {
    kind: 'article',
    citation:
      'Wang-Price S, Zafereo J, Couch Z, Brizzolara K, Heins T, Smith L. Short-term effects of two deep dry needling techniques on pressure pain thresholds and electromyographic amplitude of the lumbosacral multifidus in patients with low back pain - a randomized clinical trial. J Man Manip Ther. 2020 (published online 17 January 2020).',
    doi: '10.1080/10669817.2020.1714165',
  },
  bagcier_2020_plantar_fasciitis_gastrosoleus_needling: {
    kind: 'article',
    citation:
      'Bagcier F, Yilmaz N. The impact of extracorporeal shock wave therapy and dry needling combination on pain and functionality in the patients diagnosed with plantar fasciitis. J Foot Ankle Surg. 2020;59(4):689-693.',
    doi: '10.1053/j.jfas.2019.09.038',
  },
  agost_gonzalez_2024_knee_osteoarthritis_popliteus_needling: {
    kind: 'article',
    citation:
      'Agost-González A, Escobio-Prieto I, Barrios-Quinta CJ, Cardero-Durán MÁ, Espejo-Antúnez L, Albornoz-Cabello M. Analysis of dry needling combined with an exercise program in the treatment of knee osteoarthritis: a randomized clinical trial. J Clin Med. 2024;13(23):7157.',
    doi: '10.3390/jcm13237157',
  },
  green_1999_cyclist_gluteus_medius_syndrome: {
    kind: 'article',
    citation:
      'Green BN, Johnson CD, Maloney A. Effects of altering cycling technique on gluteus medius syndrome. J Manipulative Physiol Ther. 1999;22(2):108-113.',
    doi: '10.1016/s0161-4754(99)70116-8',
    pmid: '10073627',
  },
  akhbari_2014_plantar_fasciitis_myofascial_meridian_needling: {
    kind: 'article',
    citation:
      'Akhbari B, Salavati M, Ezzati K, Mohammadi Rad S. The use of dry needling and myofascial meridians in a case of plantar fasciitis. J Chiropr Med. 2014;13:43-48.',
    doi: '10.1016/j.jcm.2014.01.006',
  },
  kordi_yoosefinejad_2021_knee_osteoarthritis_trps: {
    kind: 'article',
    citation:
      'Kordi Yoosefinejad A, Samani M, Jabarifard F, Setooni M, Mirsalari R, Kaviani F, Jazayeri Shooshtari SM. Comparison of the prevalence of myofascial trigger points of muscles acting on knee between patients with moderate degree of knee osteoarthritis and healthy matched people. J Bodyw Mov Ther. 2021;25:113-118.',
    doi: '10.1016/j.jbmt.2020.10.012',
    pmid: '33714481',
  },
  jcpr_2018_piriformis_syndrome_athletes_needling: {
    kind: 'article',
    citation:
      'The effects of dry needling in combination with physical therapy on improvement of pain and hip internal rotation range in patients with piriformis syndrome. Journal of Clinical Physiotherapy Research. 2018;3(3):118-122 (the author names were not shown on the records seen).',
    doi: '10.22037/jcpr.v3i3.21739',
  },
  ahmed_jhrr_v3i1_quadratus_lumborum_needling: {
    kind: 'article',
    citation:
      'Ahmed K, Batool A, Zahid H, Bashir U, Ali M. Comparing the therapeutic effects of dry needling and muscle energy technique on quadratus lumborum trigger points: a study on back pain alleviation. Journal of Health and Rehabilitation Research. 3(1) (the year and pages were not shown on the record seen).',
    doi: '10.61919/jhrr.v3i1.76',
  },
  ijspt_2014_thoracic_spine_pain_needling_case_series: {
    kind: 'article',
    citation:
      'Treatment of nonspecific thoracic spine pain with trigger point dry needling and intramuscular electrical stimulation: a case series. Int J Sports Phys Ther. 2014;9(5):699-711 (the author names were not shown on the records seen; PMID read from the MEDLINE record address).',
    pmid: '25328832',
  },
  meister_2019_pelvic_floor_myofascial_pain_severity: {
    kind: 'article',
    citation:
      'Meister MR, Sutcliffe S, Badu A, Ghetti C, Lowder JL. Pelvic floor myofascial pain severity and pelvic floor disorder symptom bother: is there a correlation? Am J Obstet Gynecol. 2019.',
    doi: '10.1016/j.ajog.2019.07.020',
  },
} as const satisfies Record<string, Source>
