/**
 * Articles, reviews and guidelines cited by the explainer pages (`../explainers.ts`).
 * Each DOI and PMID here was checked against a public record of the article; where one could
 * not be checked it is left out rather than guessed. Sources already in the catalogue (the
 * Ge et al. studies, Affaitati 2011, Lucas 2009, Suleiman 2001, and Finucane 2020 and Gulati 2021
 * from the trunk studies) are reused, not repeated.
 */
import type { Source } from '../source-types.ts'

export const explainerStudies = {
  // What trigger points are, how common, and the debate about them.
  shah_2015_trigger_points_then_and_now: {
    kind: 'review',
    citation:
      'Shah JP, et al. Myofascial trigger points then and now: a historical and scientific perspective. PM R. 2015;7(7):746-761.',
    pmid: '25724849',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4508225',
  },
  zuil_escobar_2016_latent_trigger_points: {
    kind: 'article',
    citation:
      'Zuil-Escobar JC, Martínez-Cepa CB, Martín-Urrialde JA, Gómez-Conesa A. The prevalence of latent trigger points in lower limb muscles in asymptomatic subjects. PM R. 2016;8(11):1055-1064.',
    doi: '10.1016/j.pmrj.2016.03.005',
  },
  ribeiro_2018_trigger_point_prevalence: {
    kind: 'review',
    citation:
      'Ribeiro DC, Belgrave A, Naden A, Fang H, Matthews P, Parshottam S. The prevalence of myofascial trigger points in neck and shoulder-related disorders: a systematic review of the literature. BMC Musculoskelet Disord. 2018;19:252.',
    doi: '10.1186/s12891-018-2157-9',
    pmid: '30045708',
  },
  quintner_2015_trigger_point_critique: {
    kind: 'review',
    citation:
      'Quintner JL, Bove GM, Cohen ML. A critical evaluation of the trigger point phenomenon. Rheumatology (Oxford). 2015;54(3):392-399.',
    doi: '10.1093/rheumatology/keu471',
    pmid: '25477053',
  },

  // Spasm, contracture and cramp.
  simons_mense_1998_muscle_tone: {
    kind: 'review',
    citation:
      'Simons DG, Mense S. Understanding and measurement of muscle tone as related to clinical muscle pain. Pain. 1998;75(1):1-17.',
    doi: '10.1016/S0304-3959(97)00102-4',
    pmid: '9539669',
  },
  minetto_2013_muscle_cramps: {
    kind: 'review',
    citation:
      'Minetto MA, Holobar A, Botter A, Farina D. Origin and development of muscle cramps. Exerc Sport Sci Rev. 2013;41(1):3-10.',
    pmid: '23038243',
  },

  // Fibromyalgia: how it is understood and diagnosed.
  woolf_2011_central_sensitization: {
    kind: 'review',
    citation:
      'Woolf CJ. Central sensitization: implications for the diagnosis and treatment of pain. Pain. 2011;152(3 Suppl):S2-S15.',
    doi: '10.1016/j.pain.2010.09.030',
    pmid: '20961685',
  },
  clauw_2014_fibromyalgia_review: {
    kind: 'review',
    citation: 'Clauw DJ. Fibromyalgia: a clinical review. JAMA. 2014;311(15):1547-1555.',
    doi: '10.1001/jama.2014.3266',
    pmid: '24737367',
  },
  wolfe_1990_acr_classification: {
    kind: 'guideline',
    citation:
      'Wolfe F, Smythe HA, Yunus MB, et al. The American College of Rheumatology 1990 criteria for the classification of fibromyalgia: report of the Multicenter Criteria Committee. Arthritis Rheum. 1990;33(2):160-172.',
    doi: '10.1002/art.1780330203',
    pmid: '2306288',
  },
  wolfe_2010_acr_preliminary_criteria: {
    kind: 'guideline',
    citation:
      'Wolfe F, Clauw DJ, Fitzcharles MA, et al. The American College of Rheumatology preliminary diagnostic criteria for fibromyalgia and measurement of symptom severity. Arthritis Care Res (Hoboken). 2010;62(5):600-610.',
    doi: '10.1002/acr.20140',
    pmid: '20461783',
  },
  wolfe_2016_criteria_revision: {
    kind: 'guideline',
    citation:
      'Wolfe F, Clauw DJ, Fitzcharles MA, et al. 2016 Revisions to the 2010/2011 fibromyalgia diagnostic criteria. Semin Arthritis Rheum. 2016;46(3):319-329.',
    doi: '10.1016/j.semarthrit.2016.08.012',
    pmid: '27916278',
  },

  // Trigger points in fibromyalgia (beyond the Ge et al. studies already catalogued).
  ge_2010_tender_point_sites: {
    kind: 'article',
    citation:
      'Ge HY, Wang Y, Danneskiold-Samsøe B, Graven-Nielsen T, Arendt-Nielsen L. The predetermined sites of examination for tender points in fibromyalgia syndrome are frequently associated with myofascial trigger points. J Pain. 2010;11(7):644-651.',
    doi: '10.1016/j.jpain.2009.10.006',
    pmid: '19914876',
  },
  giamberardino_2011_trigger_points_fibromyalgia: {
    kind: 'review',
    citation:
      'Giamberardino MA, Affaitati G, Fabrizio A, Costantini R. Effects of treatment of myofascial trigger points on the pain of fibromyalgia. Curr Pain Headache Rep. 2011;15(5):393-399.',
    doi: '10.1007/s11916-011-0205-3',
  },

  // Red flags: when pain needs a clinician first.
  do_2019_headache_red_flags: {
    kind: 'review',
    citation:
      'Do TP, Remmers A, Schytz HW, et al. Red and orange flags for secondary headaches in clinical practice: SNNOOP10 list. Neurology. 2019;92(3):134-144.',
    doi: '10.1212/WNL.0000000000006697',
  },
  wells_2006_dvt_diagnosis: {
    kind: 'review',
    citation:
      'Wells PS, Owen C, Doucette S, Fergusson D, Tran H. Does this patient have deep vein thrombosis? JAMA. 2006;295(2):199-207.',
    doi: '10.1001/jama.295.2.199',
    pmid: '16403932',
  },
  margaretten_2007_septic_arthritis: {
    kind: 'review',
    citation:
      'Margaretten ME, Kohlwes J, Moore D, Bent S. Does this adult patient have septic arthritis? JAMA. 2007;297(13):1478-1488.',
    doi: '10.1001/jama.297.13.1478',
    pmid: '17405973',
  },
  debette_2009_cervical_artery_dissection: {
    kind: 'review',
    citation:
      'Debette S, Leys D. Cervical-artery dissections: predisposing factors, diagnosis, and outcome. Lancet Neurol. 2009;8(7):668-678.',
    doi: '10.1016/S1474-4422(09)70084-5',
    pmid: '19539238',
  },
  henschke_2013_malignancy_red_flags: {
    kind: 'review',
    citation:
      'Henschke N, Maher CG, Ostelo RWJG, de Vet HCW, Macaskill P, Irwig L. Red flags to screen for malignancy in patients with low-back pain. Cochrane Database Syst Rev. 2013;(2):CD008686.',
    doi: '10.1002/14651858.CD008686.pub2',
    pmid: '23450586',
  },
  houghton_2010_child_back_pain: {
    kind: 'review',
    citation:
      'Houghton KM. Review for the generalist: evaluation of low back pain in children and adolescents. Pediatr Rheumatol Online J. 2010;8:28.',
    url: 'http://www.ped-rheum.com/content/8/1/28',
  },
  sharp_2013_testicular_torsion: {
    kind: 'review',
    citation:
      'Sharp VJ, Kieran K, Arlen AM. Testicular torsion: diagnosis, evaluation, and management. Am Fam Physician. 2013;88(12):835-840.',
    url: 'http://www.aafp.org/afp/2013/1215/p835.html',
  },
  lederle_1999_abdominal_aortic_aneurysm: {
    kind: 'review',
    citation:
      'Lederle FA, Simel DL. The rational clinical examination. Does this patient have abdominal aortic aneurysm? JAMA. 1999;281(1):77-82.',
    doi: '10.1001/jama.281.1.77',
    pmid: '9892455',
  },
  stanley_2019_upper_gi_bleeding: {
    kind: 'review',
    citation: 'Stanley AJ, Laine L. Management of acute upper gastrointestinal bleeding. BMJ. 2019;364:l536.',
    url: 'https://www.bmj.com/content/364/bmj.l536',
  },

  // Low mood and thoughts of self-harm in people living with pain.
  tang_2006_suicidality_chronic_pain: {
    kind: 'review',
    citation:
      'Tang NKY, Crane C. Suicidality in chronic pain: a review of the prevalence, risk factors and psychological links. Psychol Med. 2006.',
    url: 'https://www.cambridge.org/core/journals/psychological-medicine/article/suicidality-in-chronic-pain-a-review-of-the-prevalence-risk-factors-and-psychological-links/D3093AA52A611348B8F90CF0972380C5',
  },
  nice_ng225_2022_self_harm: {
    kind: 'guideline',
    citation:
      'National Institute for Health and Care Excellence. Self-harm: assessment, management and preventing recurrence. NICE guideline NG225. London: NICE; published 7 September 2022.',
    isbn: '978-1-4731-4702-7',
    url: 'https://www.nice.org.uk/guidance/ng225',
  },
} as const satisfies Record<string, Source>
