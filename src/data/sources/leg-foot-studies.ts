/** Articles, reviews and guidelines cited by the leg-foot muscles. */
import type { Source } from '../source-types.ts'

export const legFootStudies = {
  /** Small trial tying gastrocnemius trigger points to night-time calf cramps. */
  prateepavanich_1999_calf_cramps: {
    kind: 'article',
    citation:
      'Prateepavanich P, Kupniratsaikul V, Charoensak T. The relationship between myofascial trigger points of gastrocnemius muscle and nocturnal calf cramps. J Med Assoc Thai. 1999;82(5):451-459.',
    pmid: '10443094',
  },
  /** Uncontrolled case series: gastrocnemius trigger-point injections and night calf cramps. */
  kim_2015_calf_cramp_injections: {
    kind: 'article',
    citation:
      'Kim DH, Yoon DM, Yoon KB. The effects of myofascial trigger point injections on nocturnal calf cramps. J Am Board Fam Med. 2015;28(1):21-27.',
    doi: '10.3122/jabfm.2015.01.140151',
  },
  /** Sham-controlled trial of trigger-point dry needling in calf and foot muscles for heel pain. */
  cotchett_2014_dry_needling_heel_pain: {
    kind: 'article',
    citation:
      'Cotchett MP, Munteanu SE, Landorf KB. Effectiveness of trigger point dry needling for plantar heel pain: a randomized controlled trial. Phys Ther. 2014;94(8):1083-1094.',
    doi: '10.2522/ptj.20130255',
  },
  /** Meta-analysis of trigger-point needling for plantar heel pain (few, mixed-quality trials). */
  he_2017_needling_heel_pain_meta: {
    kind: 'review',
    citation:
      'He C, Ma H. Effectiveness of trigger point dry needling for plantar heel pain: a meta-analysis of seven randomized controlled trials. J Pain Res. 2017;10:1933-1942.',
    doi: '10.2147/JPR.S141607',
  },
  /**
   * Primary-care review of leg swelling: acute one-sided swelling needs immediate checking for
   * a clot; chronic swelling of both legs for heart, kidney, liver, vein, lymph and drug causes.
   * (Authors not listed here because they could not be confirmed; the PMID and page identify it.)
   */
  afp_2022_peripheral_edema: {
    kind: 'review',
    citation: 'Peripheral edema: evaluation and management in primary care. Am Fam Physician. 2022;106(5):557-564.',
    pmid: '36379502',
    url: 'https://www.aafp.org/pubs/afp/issues/2022/1100/peripheral-edema.html',
  },
} as const satisfies Record<string, Source>
