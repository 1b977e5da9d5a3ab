/**
 * Clinical studies behind the upper half of the sixth blind case set for the ranking
 * (`../../lookup/blindCases6Upper.ts`), written 2026-12-04 under the blind rule: none of them is a
 * source of an earlier case set or of the study findings, and each citation, DOI and PMID was read on
 * a public record of the article through the project's search tool. Where authors, issue or pages
 * were not seen they are left out (or the record says so) rather than guessed.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies6Upper = {
  qerama_2006_infraspinatus_botulinum_toxin: {
    kind: 'article',
    citation:
      'Qerama E, et al. A double-blind, controlled study of botulinum toxin A in chronic myofascial pain. Neurology. 2006;67(2):241-245.',
    doi: '10.1212/01.wnl.0000224731.06168.df',
    pmid: '16864815',
  },
  lluch_2013_neck_pain_deep_cervical_flexor_trps: {
    kind: 'article',
    citation:
      'Lluch E, Arguisuelas MD, Coloma PS, Palma F, Rey A, Falla D. Effects of deep cervical flexor training on pressure pain thresholds over myofascial trigger points in patients with chronic neck pain. J Manipulative Physiol Ther. 2013;36(9):604-611.',
    doi: '10.1016/j.jmpt.2013.08.004',
    pmid: '24152997',
  },
  bobos_2016_neck_pain_deep_neck_flexor_trps: {
    kind: 'article',
    citation:
      'Bobos P, Billis E, Papanikolaou DT, Koutsojannis C, MacDermid JC. Does deep cervical flexor muscle training affect pain pressure thresholds of myofascial trigger points in patients with chronic neck pain? A prospective randomized controlled trial. Rehabil Res Pract. 2016.',
    doi: '10.1155/2016/6480826',
    pmid: '27990302',
  },
  kashyap_2018_neck_pain_upper_trapezius_manual_release: {
    kind: 'article',
    citation:
      'Kashyap R, Iqbal A, Alghadir AH. Controlled intervention to compare the efficacies of manual pressure release and the muscle energy technique for treating mechanical neck pain due to upper trapezius trigger points. J Pain Res. 2018:3151-3160.',
    doi: '10.2147/JPR.S172711',
  },
  unalan_2011_upper_trapezius_ultrasound_vs_injection: {
    kind: 'article',
    citation:
      'Unalan H, Majlesi J, Aydin FY, Palamar D. Comparison of high-power pain threshold ultrasound therapy with local injection in the treatment of active myofascial trigger points of the upper trapezius muscle. Arch Phys Med Rehabil. 2011;92(4):657-662.',
    doi: '10.1016/j.apmr.2010.11.030',
  },
  noguera_iturbe_2019_upper_trapezius_kinesio_taping: {
    kind: 'article',
    citation:
      'Noguera-Iturbe Y, Martínez-Gramage J, Montañez-Aguilera FJ, Casaña J, Lisón JF. Short-term effects of Kinesio Taping in the treatment of latent and active upper trapezius trigger points: two prospective, randomized, sham-controlled trials. Sci Rep. 2019;9(1):14478.',
    doi: '10.1038/s41598-019-51146-4',
    pmid: '31597934',
  },
  jbmr_2019_upper_trapezius_kinesio_vs_dry_needling: {
    kind: 'article',
    citation:
      'Kinesio taping versus dry needling in the treatment of myofascial pain of the upper trapezius muscle: a randomized, single blind (evaluator), prospective study (authors not shown on the record read). J Back Musculoskelet Rehabil. 2019;32(5):819-827.',
    doi: '10.3233/BMR-181162',
    pmid: '30883331',
  },
  leon_hernandez_2016_neck_pain_dry_needling_pens: {
    kind: 'article',
    citation:
      'León-Hernández JV, Martín-Pintado-Zugasti A, Frutos LG, Alguacil-Diego IM, de la Llave-Rincón AI, Fernandez-Carnero J. Immediate and short-term effects of the combination of dry needling and percutaneous TENS on post-needling soreness in patients with chronic myofascial neck pain. Braz J Phys Ther. 2016;20(5):422-431.',
    doi: '10.1590/bjpt-rbf.2014.0176',
    pmid: '27410163',
  },
  garcia_de_miguel_2020_levator_scapulae_pens_vs_dry_needling: {
    kind: 'article',
    citation:
      'Garcia-de-Miguel S, Pecos-Martin D, Larroca-Sanz T, Sanz-de-Vicente B, Garcia-Montes L, Fernandez-Matias R, Gallego-Izquierdo T. Short-term effects of PENS versus dry needling in subjects with unilateral mechanical neck pain and active myofascial trigger points in levator scapulae muscle: a randomized controlled trial. J Clin Med. 2020;9(6):1665.',
    doi: '10.3390/jcm9061665',
  },
  arch_physiother_2021_infraspinatus_dry_needling: {
    kind: 'article',
    citation:
      'Neurophysiological and psychophysical effects of dry versus sham needling of the infraspinatus muscle in patients with chronic shoulder pain: a randomized feasibility study (authors not shown on the record read). Arch Physiother. 2021;11(1):23.',
    doi: '10.1186/s40945-021-00118-x',
  },
  akgul_kocabal_2024_upper_back_myofascial_laser: {
    kind: 'article',
    citation:
      'Akgül Kocabal A, Gündüz OH. Examining the effectiveness of low-level laser treatment applied to the upper back region in individuals with myofascial pain syndrome. Cyprus J Med Sci. 2024;9(2):93-100.',
    doi: '10.4274/cjms.2023.2022-78',
  },
  rajith_2016_rhomboid_noncardiac_chest_pain: {
    kind: 'article',
    citation:
      'Rajith P, Agarwal S, Anand L. Revelation and easy management of rhomboids muscle trigger point as a cause of distressing non-cardiac chest pain: a case series. Int J Adv Res. 2016;4(8):72-80.',
    doi: '10.21474/IJAR01/1187',
  },
  shields_2020_chronic_tension_headache_massage: {
    kind: 'article',
    citation:
      'Shields G, Smith JM. Remedial massage therapy interventions including and excluding sternocleidomastoid, scalene, temporalis, and masseter muscles for chronic tension type headaches: a case series. Int J Ther Massage Bodywork. 2020;13(1).',
    doi: '10.3822/ijtmb.v13i1.445',
    pmid: '32133042',
  },
  vega_pla_2021_child_headache_trps: {
    kind: 'article',
    citation:
      'Vega-Plá R, et al. Differences in myofascial trigger points and algometry in craniocervical muscles among children with and without headache: a comparative study. J Musculoskelet Disord Treat. 2021;7(3):103.',
    doi: '10.23937/2572-3243.1510103',
  },
} as const satisfies Record<string, Source>
