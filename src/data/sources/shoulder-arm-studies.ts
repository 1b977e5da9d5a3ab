/**
 * Articles cited by the shoulder, upper-back, arm, forearm and hand muscles. Each DOI and
 * PMID here was checked against a public record of the article; where one could not be
 * checked it is left out rather than guessed.
 */
import type { Source } from '../source-types.ts'

export const shoulderArmStudies = {
  hidalgo_lozano_2010_shoulder_impingement: {
    kind: 'article',
    citation:
      'Hidalgo-Lozano A, Fernández-de-las-Peñas C, Alonso-Blanco C, Ge HY, Arendt-Nielsen L, Arroyo-Morales M. Muscle trigger points and pressure pain hyperalgesia in the shoulder muscles in patients with unilateral shoulder impingement: a blinded, controlled study. Exp Brain Res. 2010;202(4):915-925.',
    doi: '10.1007/s00221-010-2196-4',
    pmid: '20186400',
  },
  shin_2014_subscapularis_ultrasound_injection: {
    kind: 'article',
    citation:
      'Shin HJ, Shin JC, Kim WS, Chang WH, Lee SC. Application of ultrasound-guided trigger point injection for myofascial trigger points in the subscapularis and pectoralis muscles to post-mastectomy patients: a pilot study. Yonsei Med J. 2014;55(3):792-799.',
    doi: '10.3349/ymj.2014.55.3.792',
  },
  qerama_2009_infraspinatus_carpal_tunnel: {
    kind: 'article',
    citation:
      'Qerama E, Kasch H, Fuglsang-Frederiksen A. Occurrence of myofascial pain in patients with possible carpal tunnel syndrome - a single-blinded study. Eur J Pain. 2009;13(6):588-591.',
    doi: '10.1016/j.ejpain.2008.07.009',
    pmid: '18778960',
  },
  shmushkevich_2013_lateral_epicondylalgia_review: {
    kind: 'review',
    citation:
      'Shmushkevich Y, Kalichman L. Myofascial pain in lateral epicondylalgia: a review. J Bodyw Mov Ther. 2013;17(4):434-439.',
    doi: '10.1016/j.jbmt.2013.02.003',
  },
  pedersini_2021_first_dorsal_interosseous_prevalence: {
    kind: 'article',
    citation:
      'Pedersini P, López-Royo MP, Herrero P, Cantero-Tellez R, Valdes K, La Touche R, Fernández-Carnero J, Villafañe JH. Prevalence of myofascial trigger points in the first dorsal interosseous muscle in patients with thumb carpometacarpal osteoarthritis compared to healthy controls. Top Geriatr Rehabil. 2021;37(4):214-221.',
    doi: '10.1097/TGR.0000000000000331',
  },
  lopez_royo_2021_first_dorsal_interosseous_compression: {
    kind: 'article',
    citation:
      'López-Royo MP, Pedersini P, Cantero-Téllez R, Valdes K, Doménech-García V, Herrero P, Villafañe JH. Effects of ischemic compression on trigger points in the first dorsal interosseous muscle in patients with thumb carpometacarpal osteoarthritis. Int J Environ Res Public Health. 2021;18(6):2961.',
    doi: '10.3390/ijerph18062961',
  },
} as const satisfies Record<string, Source>
