/**
 * Articles, reviews and guidelines cited by the treatment catalogue (`../treatments.ts`).
 * Every DOI and PMID here was checked against a public copy of the article; where one could
 * not be confirmed it is left out rather than guessed.
 */
import type { Source } from '../source-types.ts'

export const treatmentStudies = {
  // Guidelines and overviews for fibromyalgia as a whole.
  macfarlane_2017_eular_fibromyalgia: {
    kind: 'guideline',
    citation:
      'Macfarlane GJ, Kronisch C, Dean LE, et al. EULAR revised recommendations for the management of fibromyalgia. Ann Rheum Dis. 2017;76(2):318-328.',
    doi: '10.1136/annrheumdis-2016-209724',
    pmid: '27377815',
  },
  lauche_2015_cam_fibromyalgia_overview: {
    kind: 'review',
    citation:
      'Lauche R, Cramer H, Häuser W, Dobos G, Langhorst J. A systematic overview of reviews for complementary and alternative therapies in the treatment of the fibromyalgia syndrome. Evid Based Complement Alternat Med. 2015;2015:610615.',
    doi: '10.1155/2015/610615',
    pmid: '26246841',
  },
  ge_2009_trigger_points_fibromyalgia: {
    kind: 'article',
    citation:
      'Ge HY, et al. Contribution of the local and referred pain from active myofascial trigger points in fibromyalgia syndrome. Pain. 2009;147(1-3):233-240.',
    doi: '10.1016/j.pain.2009.09.019',
    pmid: '19819074',
  },
  ge_2011_trigger_points_fibromyalgia: {
    kind: 'article',
    citation:
      'Ge HY, Wang Y, Fernández-de-las-Peñas C, Graven-Nielsen T, Danneskiold-Samsøe B, Arendt-Nielsen L. Reproduction of overall spontaneous pain pattern by manual stimulation of active myofascial trigger points in fibromyalgia patients. Arthritis Res Ther. 2011;13(2):R48.',
    doi: '10.1186/ar3289',
  },

  // Heat, cold and topical products.
  malanga_2015_heat_cold: {
    kind: 'review',
    citation:
      'Malanga GA, Yan N, Stark J. Mechanisms and efficacy of heat and cold therapies for musculoskeletal injury. Postgrad Med. 2015;127(1):57-65.',
    doi: '10.1080/00325481.2015.992719',
    pmid: '25526231',
  },
  french_2006_heat_cold_low_back: {
    kind: 'review',
    citation:
      'French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ. A Cochrane review of superficial heat or cold for low back pain. Spine. 2006;31(9):998-1006.',
    doi: '10.1097/01.brs.0000214881.10814.64',
    pmid: '16641776',
  },
  derry_2014_salicylate_rubefacients: {
    kind: 'review',
    citation:
      'Derry S, Matthews PRL, Wiffen PJ, Moore RA. Salicylate-containing rubefacients for acute and chronic musculoskeletal pain in adults. Cochrane Database Syst Rev. 2014;(11):CD007403.',
    doi: '10.1002/14651858.CD007403.pub3',
  },
  chan_1996_methyl_salicylate_dangers: {
    kind: 'review',
    citation:
      'Chan TY. Potential dangers from topical preparations containing methyl salicylate. Hum Exp Toxicol. 1996;15(9):747-750.',
    doi: '10.1177/096032719601500905',
    pmid: '8880210',
  },
  fda_2012_topical_pain_reliever_burns: {
    kind: 'guideline',
    citation:
      'U.S. Food and Drug Administration. FDA Drug Safety Communication: Rare cases of serious burns with the use of over-the-counter topical muscle and joint pain relievers. 13 September 2012.',
    url: 'http://www.fda.gov/Drugs/DrugSafety/ucm318858.htm',
  },
  nagasawa_2001_hot_bath_elderly: {
    kind: 'article',
    citation:
      'Nagasawa Y, Komori S, Sato M, Tsuboi Y, Umetani K, Watanabe Y, Tamura K. Effects of hot bath immersion on autonomic activity and hemodynamics: comparison of the elderly patient and the healthy young. Jpn Circ J. 2001;65(7):587-592.',
    doi: '10.1253/jcj.65.587',
  },

  // Movement, mind-body therapies and pacing.
  theadom_2015_mind_body_fibromyalgia: {
    kind: 'review',
    citation:
      'Theadom A, et al. Mind and body therapy for fibromyalgia. Cochrane Database Syst Rev. 2015;(4):CD001980.',
    doi: '10.1002/14651858.CD001980.pub3',
    pmid: '25856658',
  },
  kim_2019_flexibility_fibromyalgia: {
    kind: 'review',
    citation:
      'Kim SY, Busch AJ, Overend TJ, et al. Flexibility exercise training for adults with fibromyalgia. Cochrane Database Syst Rev. 2019;(9):CD013419.',
    doi: '10.1002/14651858.CD013419',
    pmid: '31476271',
  },
  bidonde_2017_aerobic_fibromyalgia: {
    kind: 'review',
    citation:
      'Bidonde J, Busch AJ, Schachter CL, et al. Aerobic exercise training for adults with fibromyalgia. Cochrane Database Syst Rev. 2017;(6):CD012700.',
    doi: '10.1002/14651858.CD012700',
    pmid: '28636204',
  },
  andrews_2012_activity_pacing: {
    kind: 'review',
    citation:
      'Andrews NE, Strong J, Meredith PJ. Activity pacing, avoidance, endurance, and associations with patient functioning in chronic pain: a systematic review and meta-analysis. Arch Phys Med Rehabil. 2012;93(11):2109-2121.',
    doi: '10.1016/j.apmr.2012.05.029',
    pmid: '22728699',
  },
  cagnie_2015_ischemic_compression: {
    kind: 'review',
    citation:
      'Cagnie B, Castelein B, Pollie F, Steelant L, Verhoeyen H, Cools A. Evidence for the use of ischemic compression and dry needling in the management of trigger points of the upper trapezius in patients with neck pain: a systematic review. Am J Phys Med Rehabil. 2015;94(7):573-583.',
    doi: '10.1097/PHM.0000000000000266',
  },

  // Nutrition.
  garrison_2020_magnesium_cramps: {
    kind: 'review',
    citation:
      'Garrison SR, Korownyk CS, Kolber MR, Allan GM, Musini VM, Sekhon RK, Dugré N. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev. 2020;(9):CD009402.',
    doi: '10.1002/14651858.CD009402.pub3',
    pmid: '32956536',
  },
  bagis_2013_magnesium_fibromyalgia: {
    kind: 'article',
    citation:
      'Bagis S, Karabiber M, As I, Tamer L, Erdogan C, Atalay A. Is magnesium citrate treatment effective on pain, clinical parameters and functional status in patients with fibromyalgia? Rheumatol Int. 2013;33(1):167-172.',
    doi: '10.1007/s00296-011-2334-8',
    pmid: '22271372',
  },
  ods_magnesium_fact_sheet: {
    kind: 'guideline',
    citation:
      'Office of Dietary Supplements, National Institutes of Health. Magnesium: Fact Sheet for Health Professionals.',
    url: 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
  },
  grober_2017_transdermal_magnesium: {
    kind: 'review',
    citation:
      'Gröber U, Werner T, Vormann J, Kisters K. Myth or reality: transdermal magnesium? Nutrients. 2017;9(8):813.',
    doi: '10.3390/nu9080813',
    pmid: '28788060',
  },
  russell_1995_malic_acid_magnesium: {
    kind: 'article',
    // Title, authors, journal and year were checked against a copy of the paper. Volume, issue,
    // pages and PMID are those of the journal's MEDLINE record as the paper is cited; the search
    // tool here holds no copy of that record, so they were not re-read this session. The link is
    // the PubMed record, not the supplement advocacy site that hosts a copy.
    citation:
      'Russell IJ, Michalek JE, Flechas JD, Abraham GE. Treatment of fibromyalgia syndrome with Super Malic: a randomized, double blind, placebo controlled, crossover pilot study. J Rheumatol. 1995;22(5):953-958.',
    pmid: '8587088',
    url: 'https://pubmed.ncbi.nlm.nih.gov/8587088/',
  },
  iom_2005_dri_potassium: {
    kind: 'guideline',
    citation:
      'Institute of Medicine. Dietary Reference Intakes for Water, Potassium, Sodium, Chloride, and Sulfate. Washington, DC: The National Academies Press; 2005.',
    doi: '10.17226/10925',
  },
  clase_2020_kdigo_potassium: {
    kind: 'guideline',
    citation:
      'Clase CM, Carrero JJ, Ellison DH, et al. Potassium homeostasis and management of dyskalemia in kidney diseases: conclusions from a Kidney Disease: Improving Global Outcomes (KDIGO) Controversies Conference. Kidney Int. 2020;97(1):42-61.',
    doi: '10.1016/j.kint.2019.09.018',
  },
  iom_2011_dri_calcium_vitamin_d: {
    kind: 'guideline',
    citation:
      'Institute of Medicine. Dietary Reference Intakes for Calcium and Vitamin D. Washington, DC: The National Academies Press; 2011.',
    doi: '10.17226/13050',
  },
  ross_2011_iom_calcium_vitamin_d: {
    kind: 'review',
    citation:
      'Ross AC, Manson JE, Abrams SA, et al. The 2011 report on dietary reference intakes for calcium and vitamin D from the Institute of Medicine: what clinicians need to know. J Clin Endocrinol Metab. 2011;96(1):53-58.',
    doi: '10.1210/jc.2010-2704',
    pmid: '21118827',
  },
  straube_2015_vitamin_d_chronic_pain: {
    kind: 'review',
    citation:
      'Straube S, et al. Vitamin D for the treatment of chronic painful conditions in adults. Cochrane Database Syst Rev. 2015;(5):CD007771.',
    doi: '10.1002/14651858.CD007771.pub3',
  },
  yang_2023_vitamin_d_fibromyalgia: {
    kind: 'review',
    citation:
      'Yang CC, Tsai ST, Ting B, et al. Psychological outcomes and quality of life of fibromyalgia patients with vitamin D supplementation: a meta-analysis. J Clin Med. 2023;12(7):2750.',
    doi: '10.3390/jcm12072750',
    pmid: '37048833',
  },

  // Lifestyle.
  hoe_2018_ergonomic_office: {
    kind: 'review',
    citation:
      'Hoe VCW, Urquhart DM, Kelsall HL, Zamri EN, Sim MR. Ergonomic interventions for preventing work-related musculoskeletal disorders of the upper limb and neck among office workers. Cochrane Database Syst Rev. 2018;(10):CD008570.',
    doi: '10.1002/14651858.CD008570.pub3',
    pmid: '30350850',
  },
  pang_2021_pillow_neck_pain: {
    kind: 'review',
    citation:
      'Pang JCY, Tsang SMH, Fu ACL. The effects of pillow designs on neck pain, waking symptoms, neck disability, sleep quality and spinal alignment in adults: a systematic review and meta-analysis. Clin Biomech. 2021:105353.',
    doi: '10.1016/j.clinbiomech.2021.105353',
  },
  sahar_2007_insoles_back_pain: {
    kind: 'review',
    citation:
      "Sahar T, Cohen MJ, Ne'eman V, Kandel L, Odebiyi DO, Lev I, Brezis M, Lahad A. Insoles for prevention and treatment of back pain. Cochrane Database Syst Rev. 2007;(4):CD005275.",
    doi: '10.1002/14651858.CD005275.pub2',
  },

  // Needling and injection.
  cummings_2001_needling_review: {
    kind: 'review',
    citation:
      'Cummings TM, White AR. Needling therapies in the management of myofascial trigger point pain: a systematic review. Arch Phys Med Rehabil. 2001;82(7):986-992.',
    url: 'https://www.archives-pmr.org/article/S0003-9993(01)06656-4/fulltext',
  },
  tough_2009_dry_needling_meta: {
    kind: 'review',
    citation:
      'Tough EA, White AR, Cummings TM, Richards SH, Campbell JL. Acupuncture and dry needling in the management of myofascial trigger point pain: a systematic review and meta-analysis of randomised controlled trials. Eur J Pain. 2009;13(1):3-10.',
    pmid: '18395479',
  },
  hong_1994_lidocaine_vs_dry_needling: {
    kind: 'article',
    citation:
      'Hong CZ. Lidocaine injection versus dry needling to myofascial trigger point: the importance of the local twitch response. Am J Phys Med Rehabil. 1994;73(4):256-263.',
    doi: '10.1097/00002060-199407000-00006',
    pmid: '8043247',
  },
  affaitati_2011_trigger_points_fibromyalgia: {
    kind: 'article',
    citation:
      'Affaitati G, Costantini R, Fabrizio A, Lapenna D, Tafuri E, Giamberardino MA. Effects of treatment of peripheral pain generators in fibromyalgia patients. Eur J Pain. 2011;15(1):61-69.',
    doi: '10.1016/j.ejpain.2010.09.002',
  },
  deare_2013_acupuncture_fibromyalgia: {
    kind: 'review',
    citation:
      'Deare JC, Zheng Z, Xue CCL, Liu JP, Shang J, Scott SW, Littlejohn G. Acupuncture for treating fibromyalgia. Cochrane Database Syst Rev. 2013;(5):CD007070.',
    doi: '10.1002/14651858.CD007070.pub2',
    pmid: '23728665',
  },

  // Safety of needling: how often it harms, and the punctured lung it can cause.
  witt_2009_acupuncture_safety: {
    kind: 'article',
    citation:
      'Witt CM, Pach D, Brinkhaus B, Wruck K, Tag B, Mank S, Willich SN. Safety of acupuncture: results of a prospective observational study with 229,230 patients and introduction of a medical information and consent form. Forsch Komplementmed. 2009;16(2):91-97.',
    url: 'http://www.karger.com/Article/Abstract/209315',
  },
  patel_2019_dry_needling_pneumothorax: {
    kind: 'article',
    citation:
      'Patel N, Patel M, Poustinchian B. Dry needling-induced pneumothorax. J Am Osteopath Assoc. 2019;119:59-62.',
    doi: '10.7556/jaoa.2019.009',
  },

  // Hands-on therapies.
  li_2014_massage_fibromyalgia: {
    kind: 'review',
    citation:
      'Li YH, Wang FY, Feng CQ, Yang XF, Sun YH. Massage therapy for fibromyalgia: a systematic review and meta-analysis of randomized controlled trials. PLoS One. 2014;9(2):e89304.',
    doi: '10.1371/journal.pone.0089304',
    pmid: '24586677',
  },

  // Medicines.
  tofferi_2004_cyclobenzaprine_fibromyalgia: {
    kind: 'review',
    citation:
      "Tofferi JK, Jackson JL, O'Malley PG. Treatment of fibromyalgia with cyclobenzaprine: a meta-analysis. Arthritis Rheum. 2004;51(1):9-13.",
    doi: '10.1002/art.20076',
    pmid: '14872449',
  },
  derry_2017_nsaids_fibromyalgia: {
    kind: 'review',
    citation:
      'Derry S, et al. Oral nonsteroidal anti-inflammatory drugs for fibromyalgia in adults. Cochrane Database Syst Rev. 2017;(3):CD012332.',
    doi: '10.1002/14651858.CD012332.pub2',
    pmid: '28349517',
  },
  cohen_2004_pharmacologic_muscle_pain: {
    kind: 'review',
    citation:
      'Cohen SP, Mullings R, Abdi S. The pharmacologic treatment of muscle pain. Anesthesiology. 2004;101(2):495-526.',
    url: 'http://journals.lww.com/anesthesiology/Fulltext/2004/08000/The_Pharmacologic_Treatment_of_Muscle_Pain.32.aspx',
  },

  // Medicine safety: interactions, older adults, pregnancy, asthma.
  ags_2023_beers_criteria: {
    kind: 'guideline',
    citation:
      'By the 2023 American Geriatrics Society Beers Criteria Update Expert Panel. American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults. J Am Geriatr Soc. 2023;71(7):2052-2081.',
    doi: '10.1111/jgs.18372',
  },
  keegan_2006_cyclobenzaprine_serotonin_syndrome: {
    kind: 'article',
    citation:
      'Keegan MT, Brown DR, Rabinstein AA. Serotonin syndrome from the interaction of cyclobenzaprine with other serotoninergic drugs. Anesth Analg. 2006;103(6):1466-1468.',
    doi: '10.1213/01.ane.0000247699.81580.eb',
    pmid: '17122225',
  },
  cyclobenzaprine_us_label: {
    kind: 'guideline',
    citation:
      'Cyclobenzaprine hydrochloride tablets: US prescribing information (FDA-approved label), DailyMed, National Library of Medicine.',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=cyclobenzaprine',
  },
  tizanidine_us_label: {
    kind: 'guideline',
    citation:
      'Tizanidine tablets: US prescribing information (FDA-approved label), DailyMed, National Library of Medicine.',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=tizanidine',
  },
  jenkins_2004_aspirin_induced_asthma: {
    kind: 'review',
    citation:
      'Jenkins C, Costello J, Hodge L. Systematic review of prevalence of aspirin induced asthma and its implications for clinical practice. BMJ. 2004;328(7437):434.',
    doi: '10.1136/bmj.328.7437.434',
    pmid: '14976098',
  },
  fda_2020_nsaids_pregnancy: {
    kind: 'guideline',
    citation:
      'U.S. Food and Drug Administration. FDA Drug Safety Communication: FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid. 15 October 2020.',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic',
  },

  // Low-level laser.
  gur_2002_laser_fibromyalgia: {
    kind: 'article',
    citation:
      'Gür A, Karakoç M, Nas K, Cevik R, Saraç J, Demir E. Efficacy of low power laser therapy in fibromyalgia: a single-blind, placebo-controlled trial. Lasers Med Sci. 2002;17(1):57-61.',
    pmid: '11845369',
  },
  yeh_2019_laser_fibromyalgia_meta: {
    kind: 'review',
    citation:
      'Yeh SW, Hong CH, Shih MC, Tam KW, Huang YH, Kuan YC. Low-level laser therapy for fibromyalgia: a systematic review and meta-analysis. Pain Physician. 2019;22(3):241-254.',
    doi: '10.36076/ppj/2019.22.241',
    pmid: '31151332',
  },
} as const satisfies Record<string, Source>
