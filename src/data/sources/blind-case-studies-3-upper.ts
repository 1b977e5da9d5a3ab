/**
 * Clinical studies behind the upper-body half of the fifth, blind case set for the ranking (now
 * the study findings, `../study-findings/studies-3-upper.ts`). None of them is a source of an
 * earlier case set. Each citation, DOI and PMID was read on a public record of the article through
 * the project's search tool; where one was not seen it is left out rather than guessed.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies3Upper = {
  fernandez_de_las_penas_2007_trapezius_ctth_referral: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Ge HY, Arendt-Nielsen L, Cuadrado ML, Pareja JA. Referred pain from trapezius muscle trigger points shares similar characteristics with chronic tension type headache. Eur J Pain. 2007;11:475-482.',
    doi: '10.1016/j.ejpain.2006.07.005',
    pmid: '16919982',
  },
  palacios_cena_2018_tension_headache_trps: {
    kind: 'article',
    citation:
      'Palacios-Ceña M, Wang K, Castaldo M, Guillem-Mesado A, Ordás-Bandera C, Arendt-Nielsen L, Fernández-de-las-Peñas C. Trigger points are associated with widespread pressure pain sensitivity in people with tension-type headache. Cephalalgia. 2018;38(2):237-245.',
    doi: '10.1177/0333102416679965',
    pmid: '27919024',
  },
  sari_2012_cervical_radiculopathy_trps: {
    kind: 'article',
    citation:
      'Sari H, Akarirmak U, Uludag M. Active myofascial trigger points might be more frequent in patients with cervical radiculopathy. Eur J Phys Rehabil Med. 2012;48(2):237-244.',
    pmid: '22614890',
  },
  ceballos_laita_2021_handball_teres_major: {
    kind: 'article',
    citation:
      'Ceballos-Laita L, Medrano-de-la-Fuente R, Estébanez-De-Miguel E, Moreno-Cerviño J, Mingo-Gómez MT, Hernando-Garijo I, Jiménez-del-Barrio S. Effects of dry needling in teres major muscle in elite handball athletes. A randomised controlled trial. J Clin Med. 2021;10(18):4260.',
    doi: '10.3390/jcm10184260',
  },
  hadi_2021_tennis_elbow_dry_needling: {
    kind: 'article',
    citation:
      'Hadi DW, Sugiharto H, Tiksnadi A. Functional and pain improvement in tennis elbow with dry needling as alternative treatment: case series. touchREVIEWS in Neurology. 2021;17(1):60-63.',
    doi: '10.17925/USN.2021.17.1.60',
  },
  hsu_2024_thoracoscopic_rhomboid_massage: {
    kind: 'article',
    citation:
      'Hsu J, Yu SP, Pan CT, Huang PM. Stripping massage and literature review in post-thoracoscopic chest pain management. Thorac Cardiovasc Surg. 2024;72(6):465-475.',
    doi: '10.1055/a-2137-9035',
  },
  fernandez_carnero_2010_masseter_dry_needling: {
    kind: 'article',
    citation:
      'Fernández-Carnero J, La Touche R, Ortega-Santiago R, Galan-del-Rio F, Pesquera J, Ge HY, Fernández-de-las-Peñas C. Short-term effects of dry needling of active myofascial trigger points in the masseter muscle in patients with temporomandibular disorders. J Orofac Pain. 2010;24(1):106-112.',
    pmid: '20213036',
  },
  lawson_2011_pectoralis_minor_pseudoangina: {
    kind: 'article',
    citation:
      'Lawson GE, Hung LY, Ko GD, Laframboise MA. A case of pseudo-angina pectoris from a pectoralis minor trigger point caused by cross-country skiing. J Chiropr Med. 2011;10(3):173-178.',
    doi: '10.1016/j.jcm.2011.01.008',
    pmid: '22014906',
  },
  kamali_2019_overhead_athletes_dry_needling: {
    kind: 'article',
    citation:
      'Kamali F, Sinaei E, Morovati M. Comparison of upper trapezius and infraspinatus myofascial trigger point therapy by dry needling in overhead athletes with unilateral shoulder impingement syndrome. J Sport Rehabil. 2019;28(3):243-249.',
    doi: '10.1123/jsr.2017-0207',
  },
  sedighi_2017_cervicogenic_headache_dry_needling: {
    kind: 'article',
    citation:
      'Sedighi A, Nakhostin Ansari N, Naghdi S. Comparison of acute effects of superficial and deep dry needling into trigger points of suboccipital and upper trapezius muscles in patients with cervicogenic headache. J Bodyw Mov Ther. 2017;21(4):810-814.',
    doi: '10.1016/j.jbmt.2017.01.002',
    pmid: '29037632',
  },
  gonzalez_perez_2015_lateral_pterygoid_dry_needling: {
    kind: 'article',
    citation:
      'Gonzalez-Perez LM, Infante-Cossio P, Granados-Nunez M, Urresti-Lopez FJ, Lopez-Martos R, Ruiz-Canela-Mendez P. Deep dry needling of trigger points located in the lateral pterygoid muscle: efficacy and safety of treatment for management of myofascial pain and temporomandibular dysfunction. Med Oral Patol Oral Cir Bucal. 2015;20(3):e326-e333.',
    doi: '10.4317/medoral.20384',
  },
  cerezo_tellez_2016_office_workers_trapezius_needling: {
    kind: 'article',
    citation:
      'Cerezo-Téllez E, Torres Lacomba M, Fuentes-Gallardo I, Mayoral del Moral O, Rodrigo-Medina B, Gutiérrez Ortega C. Dry needling of the trapezius muscle in office workers with neck pain: a randomized clinical trial. J Man Manip Ther. 2016;24(4):223-232.',
    doi: '10.1179/2042618615Y.0000000004',
    pmid: '27582622',
  },
  freeman_2009_chronic_whiplash_trapezius: {
    kind: 'article',
    citation:
      'Freeman MD, Nystrom A, Centeno C. Chronic whiplash and central sensitization; an evaluation of the role of a myofascial trigger points in pain modulation. J Brachial Plex Peripher Nerve Inj. 2009;4:2.',
    doi: '10.1186/1749-7221-4-2',
    pmid: '19389231',
  },
  aggarwal_2020_lateral_epicondylitis_trps: {
    kind: 'article',
    citation:
      'Aggarwal A, Daniel J, Palekar TJ. Prevalence of myofascial trigger points in brachioradialis, biceps brachii, triceps brachii, supinator and extensor carpi radialis brevis in lateral epicondylitis. Indian J Physiother Occup Ther. 2020;14(1).',
    // The pages were not seen on the records read; the volume and issue were.
    doi: '10.5958/0973-5674.2020.00003.9',
  },
  seo_2004_otalgia_sternocleidomastoid: {
    kind: 'article',
    citation:
      'Seo YS, Chang SH, Park JY, Lim HJ, Lee HW, Yoon SM. Otalgia caused by a trigger point in the sternocleidomastoid muscle: a case report. Korean J Anesthesiol. 2004;46(4):497-498.',
    doi: '10.4097/kjae.2004.46.4.497',
  },
  chung_2014_otalgia_trapezius: {
    kind: 'article',
    citation:
      'Chung JW. The effect of intramuscular stimulation on otalgia due to myofascial pain syndrome by contraction of trapezius muscle. Soonchunhyang Med Sci. 2014;20(2):156-158.',
    doi: '10.15746/sms.14.039',
  },
  ortiz_comino_2020_head_neck_cancer_trps: {
    kind: 'article',
    citation:
      'Ortiz-Comino L, Fernández-Lao C, Castro-Martín E, Lozano-Lozano M, Cantarero-Villanueva I, Arroyo-Morales M, Martín-Martín L. Myofascial pain, widespread pressure hypersensitivity, and hyperalgesia in the face, neck, and shoulder regions, in survivors of head and neck cancer. Support Care Cancer. 2020;28(6):2891-2898.',
    doi: '10.1007/s00520-019-05173-6',
    pmid: '31754834',
  },
  head_neck_cancer_india_2025_myofascial: {
    kind: 'article',
    citation:
      'Prevalence, patterns, and impact of myofascial pain in patients with head and neck cancer after cancer treatment: a single-center cross-sectional study in India. BMC Palliat Care. 2025;24(1):109.',
    // The authors were not seen on the records read; the title, journal and DOI were.
    doi: '10.1186/s12904-025-01745-y',
  },
  huber_2013_cervicogenic_headache_office_workers: {
    kind: 'article',
    citation:
      'Huber J, Lisiński P, Polowczyk A. Reinvestigation of the dysfunction in neck and shoulder girdle muscles as the reason of cervicogenic headache among office workers. Disabil Rehabil. 2013;35(10):793-802.',
    doi: '10.3109/09638288.2012.709306',
  },
  hains_2010_carpal_tunnel_ischemic_compression: {
    kind: 'article',
    citation:
      'Hains G, Descarreaux M, Lamy AM, Hains F. A randomized controlled (intervention) trial of ischemic compression therapy for chronic carpal tunnel syndrome. J Can Chiropr Assoc. 2010;54(3):155-163.',
    pmid: '20808615',
  },
  dunteman_1996_pseudo_spinal_headache_scm: {
    kind: 'article',
    citation: 'Dunteman E, Turner MS, Swarm R. Pseudo-spinal headache. Reg Anesth. 1996;21(4):358-360.',
    pmid: '8837197',
  },
  mohammadi_2021_cervicogenic_headache_scm_needling: {
    kind: 'article',
    citation:
      'Mohammadi Z, Shafizadegan Z, Tarrahi MJ, Taheri N. The effectiveness of sternocleidomastoid muscle dry needling in patients with cervicogenic headache. Adv Biomed Res. 2021;10:10.',
    doi: '10.4103/abr.abr_138_20',
    pmid: '33959567',
  },
  pecos_martin_2015_lower_trapezius_neck_pain: {
    kind: 'article',
    citation:
      'Pecos-Martín D, Montañez-Aguilera FJ, Gallego-Izquierdo T, Urraca-Gesto A, Gómez-Conesa A, Romero-Franco N, Plaza-Manzano G. Effectiveness of dry needling on the lower trapezius in patients with mechanical neck pain: a randomized controlled trial. Arch Phys Med Rehabil. 2015;96(5):775-781.',
    doi: '10.1016/j.apmr.2014.12.016',
  },
  migraine_children_2017_trapezius_provocation: {
    kind: 'article',
    citation:
      'Children with migraine: provocation of headache via pressure to myofascial trigger points in the trapezius muscle? A prospective controlled observational study. Eur J Pain. Published online 2017 Sep 26.',
    // The authors, volume and pages were not seen on the records read; the title, journal, DOI and PMID were.
    doi: '10.1002/ejp.1127',
    pmid: '28952174',
  },
} as const satisfies Record<string, Source>
