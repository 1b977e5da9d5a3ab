/**
 * Articles, reviews and guidelines cited by the upper-body data. Each identifier (DOI, PMID)
 * here was checked against a public record of the article; where one could not be checked it
 * is left out rather than guessed.
 */
import type { Source } from '../source-types.ts'

export const upperBodyStudies = {
  fernandez_de_las_penas_2006_tension_headache: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Alonso-Blanco C, Cuadrado ML, Gerwin RD, Pareja JA. Myofascial trigger points and their relationship to headache clinical parameters in chronic tension-type headache. Headache. 2006;46(8):1264-1272.',
    doi: '10.1111/j.1526-4610.2006.00440.x',
  },
  fernandez_de_las_penas_2010_tmd_referred_pain: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Galán-del-Río F, Alonso-Blanco C, Jiménez-García R, Arendt-Nielsen L, Svensson P. Referred pain from muscle trigger points in the masticatory and neck-shoulder musculature in women with temporomandibular disorders. J Pain. 2010;11(12):1295-1304.',
    doi: '10.1016/j.jpain.2010.03.005',
  },
  alonso_blanco_2012_tmd_fibromyalgia: {
    kind: 'article',
    citation:
      'Alonso-Blanco C, Fernández-de-las-Peñas C, de-la-Llave-Rincón AI, Zarco-Moreno P, Galán-del-Río F, Svensson P. Characteristics of referred muscle pain to the head from active trigger points in women with myofascial temporomandibular pain and fibromyalgia syndrome. J Headache Pain. 2012;13(8):625-637.',
    doi: '10.1007/s10194-012-0477-y',
    pmid: '22935970',
  },
  bron_2011_shoulder_prevalence: {
    kind: 'article',
    citation:
      'Bron C, Dommerholt J, Stegenga B, Wensing M, Oostendorp RA. High prevalence of shoulder girdle muscles with myofascial trigger points in patients with shoulder pain. BMC Musculoskelet Disord. 2011;12:139.',
    doi: '10.1186/1471-2474-12-139',
  },
  bron_2011_shoulder_trial: {
    kind: 'article',
    citation:
      'Bron C, de Gast A, Dommerholt J, Stegenga B, Wensing M, Oostendorp RA. Treatment of myofascial trigger points in patients with chronic shoulder pain: a randomized, controlled trial. BMC Med. 2011;9:8.',
    doi: '10.1186/1741-7015-9-8',
  },
  kwon_2017_infraspinatus: {
    kind: 'article',
    citation:
      'Kwon J, Kim HS, Chang WH, Park C, Lee SC. Characteristics of myofascial pain syndrome of the infraspinatus muscle. Ann Rehabil Med. 2017;41(4):573-581.',
    doi: '10.5535/arm.2017.41.4.573',
  },
  fernandez_carnero_2007_lateral_epicondylalgia: {
    kind: 'article',
    citation:
      'Fernández-Carnero J, Fernández-de-las-Peñas C, de la Llave-Rincón AI, Ge HY, Arendt-Nielsen L. Prevalence of and referred pain from myofascial trigger points in the forearm muscles in patients with lateral epicondylalgia. Clin J Pain. 2007;23(4):353-360.',
    doi: '10.1097/AJP.0b013e31803b3785',
  },
  fernandez_carnero_2008_bilateral_forearm: {
    kind: 'article',
    citation:
      'Fernández-Carnero J, Fernández-de-las-Peñas C, de la Llave-Rincón AI, Ge HY, Arendt-Nielsen L. Bilateral myofascial trigger points in the forearm muscles in patients with chronic unilateral lateral epicondylalgia: a blinded, controlled study. Clin J Pain. 2008;24(9):802-807.',
    doi: '10.1097/AJP.0b013e31817bcb79',
    pmid: '18936598',
  },
} as const satisfies Record<string, Source>
