/**
 * Clinical studies behind the lower-body half of the fifth, blind case set for the ranking (now
 * the study findings, `../study-findings/studies-3-lower.ts`). None of them is a source of an
 * earlier case set. Each citation, DOI and PMID was read on a public record of the article through
 * the project's search tool; where one was not seen it is left out rather than guessed (so some
 * citations lack a volume or pages).
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies3Lower = {
  salom_moreno_2015_ankle_instability_dry_needling: {
    kind: 'article',
    citation:
      'Salom-Moreno J, Ayuso-Casado B, Tamaral-Costa B, Sánchez-Milá Z, Fernández-de-las-Peñas C, Alburquerque-Sendín F. Trigger point dry needling and proprioceptive exercises for the management of chronic ankle instability: a randomized clinical trial. Evid Based Complement Alternat Med. 2015;2015:790209.',
    doi: '10.1155/2015/790209',
  },
  velazquez_saornil_2017_acl_vastus_medialis: {
    kind: 'article',
    citation:
      'Velázquez-Saornil J, Ruíz-Ruíz B, Rodríguez-Sanz D, Romero-Morales C, López-López D, Calvo-Lobo C. Efficacy of quadriceps vastus medialis dry needling in a rehabilitation protocol after surgical reconstruction of complete anterior cruciate ligament rupture. Medicine (Baltimore). 2017;96(17):e6726.',
    doi: '10.1097/MD.0000000000006726',
    pmid: '28445290',
  },
  park_2015_gluteus_minimus_radiculitis: {
    kind: 'article',
    citation:
      'Park JH, Shim KS, Shin YM, Lee C, Lee SG, Kim EJ. Myofascial pain syndrome of gluteus minimus mimicking lumbar radiculitis: a case report. Anesth Pain Med. 2015;10(1):16-20.',
    doi: '10.17085/apm.2015.10.1.16',
  },
  ma_2020_patellofemoral_dry_needling: {
    kind: 'article',
    citation:
      'Ma YT, Li LH, Han Q, Wang XL, Jia PY, Huang QM, Zheng YJ. Effects of trigger point dry needling on neuromuscular performance and pain of individuals affected by patellofemoral pain: a randomized controlled trial. J Pain Res. 2020;13:1677-1686.',
    doi: '10.2147/JPR.S240376',
  },
  zarei_2020_patellofemoral_gluteus_medius_ql: {
    kind: 'article',
    citation:
      'Zarei H, Bervis S, Piroozi S, Motealleh A. Added value of gluteus medius and quadratus lumborum dry needling in improving knee pain and function in female athletes with patellofemoral pain syndrome: a randomized clinical trial. Arch Phys Med Rehabil. 2020;101(2):265-274.',
    doi: '10.1016/j.apmr.2019.07.009',
    pmid: '31465756',
  },
  dar_goldberg_2025_gluteus_medius_low_back: {
    kind: 'article',
    citation:
      'Dar G, Goldberg A. Dry needling of the gluteus-medius muscle, combined with standard care, for chronic low back pain - a pilot randomized sham-controlled trial. J Man Manip Ther. 2025.',
    doi: '10.1080/10669817.2025.2465726',
  },
  lee_2016_pelvic_stabilizer_muscles: {
    kind: 'article',
    citation:
      'Lee DW, Lim CH, Han JY, Kim WM. Chronic pelvic pain arising from dysfunctional stabilizing muscles of the hip joint and pelvis. Korean J Pain. 2016;29(4):274-276.',
    doi: '10.3344/kjp.2016.29.4.274',
  },
  dalmau_carola_2005_piriformis_obturator_internus: {
    kind: 'article',
    citation:
      'Dalmau-Carolà J. Myofascial pain syndrome affecting the piriformis and the obturator internus muscle. Pain Pract. 2005.',
    doi: '10.1111/j.1533-2500.2005.00039.x',
  },
  mason_2014_posterior_knee_dancer: {
    kind: 'article',
    citation:
      'Mason JS, Tansey KA, Westrick RB. Treatment of subacute posterior knee pain in an adolescent ballet dancer utilizing trigger point dry needling: a case report. Int J Sports Phys Ther. 2014.',
    pmid: '24567862',
  },
  kim_2006_rectus_abdominis_abdominal_pain: {
    kind: 'article',
    citation:
      'Kim HJ, Gu EH, Oh HR, Kong MH, Lee MK, Choi SS. The abdominal pain caused by a trigger point in the rectus abdominis: a case report. Korean J Anesthesiol. 2006;51(2):243-245.',
    doi: '10.4097/kjae.2006.51.2.243',
  },
  ceballos_laita_2021_hip_osteoarthritis: {
    kind: 'article',
    citation:
      'Ceballos-Laita L, Jiménez-del-Barrio S, Marín-Zurdo J, Moreno-Calvo A, Marín-Boné J, Albarova-Corral MI, Estébanez-de-Miguel E. Effectiveness of dry needling therapy on pain, hip muscle strength, and physical function in patients with hip osteoarthritis: a randomized controlled trial. Arch Phys Med Rehabil. 2021;102(5):959-966.',
    doi: '10.1016/j.apmr.2021.01.077',
  },
  langford_2007_levator_ani_injections: {
    kind: 'article',
    citation:
      'Langford CF, Udvari Nagy S, Ghoniem GM. Levator ani trigger point injections: an underutilized treatment for chronic pelvic pain. Neurourol Urodyn. 2007.',
    doi: '10.1002/nau.20393',
  },
  sirh_2022_quadratus_lumborum_injection: {
    kind: 'article',
    citation:
      'Sirh SJ, Sirh SW, Mun HY, Sirh HM. Importance of quadratus lumborum muscle trigger point injection and prolotherapy technique for lower back and buttock pain. Front Pain Res. 2022.',
    doi: '10.3389/fpain.2022.997645',
    pmid: '36483943',
  },
  eftekharsadat_2020_quadratus_lumborum: {
    kind: 'article',
    citation:
      'Eftekharsadat B, Fasaie N, Golalizadeh D, Babaei-Ghazani A, Jahanjou F, Eslampoor Y, Dolatkhah N. Comparison of efficacy of corticosteroid injection versus extracorporeal shock wave therapy on inferior trigger points in the quadratus lumborum muscle: a randomized clinical trial. BMC Musculoskelet Disord. 2020.',
    doi: '10.1186/s12891-020-03714-3',
  },
  gaubeca_gilarranz_2018_dysmenorrhoea: {
    kind: 'article',
    citation:
      'Gaubeca-Gilarranz A, Fernández-de-las-Peñas C, Medina-Torres JR, Seoane-Ruiz JM, Company-Palonés A, Cleland JA, Arias-Buría JL. Effectiveness of dry needling of rectus abdominis trigger points for the treatment of primary dysmenorrhoea: a randomised parallel-group trial. Acupunct Med. 2018;36(5):302-310.',
    doi: '10.1136/acupmed-2017-011566',
  },
  moghtaderi_2014_plantar_fasciitis_gastroc_soleus: {
    kind: 'article',
    citation:
      'Moghtaderi A, Khosrawi S, Dehghan F. Extracorporeal shock wave therapy of gastroc-soleus trigger points in patients with plantar fasciitis: a randomized, placebo-controlled trial. Adv Biomed Res. 2014;3:99.',
    doi: '10.4103/2277-9175.129369',
  },
  behrangrad_2017_patellofemoral_vmo: {
    kind: 'article',
    citation:
      'Behrangrad S, Kamali F. Comparison of ischemic compression and lumbopelvic manipulation as trigger point therapy for patellofemoral pain syndrome in young adults: a double-blind randomized clinical trial. J Bodyw Mov Ther. 2017;21(3):554-564.',
    doi: '10.1016/j.jbmt.2016.08.007',
    pmid: '28750964',
  },
  perez_palomares_2010_low_back_dry_needling: {
    kind: 'article',
    citation:
      'Pérez-Palomares S, Oliván-Blázquez B, Magallón-Botaya R, De-la-Torre-Beldarraín ML, Gaspar-Calvo E, Romo-Calvo L, García-Lázaro R, Serrano-Aparicio B. Percutaneous electrical nerve stimulation versus dry needling: effectiveness in the treatment of chronic low back pain. J Musculoskelet Pain. 2010;18(1):23-30.',
    doi: '10.3109/10582450903496047',
  },
  einig_2024_pelvic_floor_luts: {
    kind: 'article',
    citation:
      'Einig S, Ruess E, Schoetzau A, Ayllon Bartet K, Heinzelmann-Schwarz V, Vigo F, Kavvadias T. Pelvic pain of myofascial origin in women: correlation with lower urinary tract symptoms. Adv Urol. 2024;2024:5568010.',
    doi: '10.1155/2024/5568010',
  },
  valera_calero_2021_patellofemoral_electrolysis: {
    kind: 'article',
    citation:
      'Valera-Calero JA, Sánchez-Mayoral-Martín A, Varol U. Short-term effectiveness of high- and low-intensity percutaneous electrolysis in patients with patellofemoral pain syndrome: a pilot study. World J Orthop. 2021;12(10):781-790.',
    doi: '10.5312/wjo.v12.i10.781',
  },
  hetrick_2003_cpps_musculoskeletal: {
    kind: 'article',
    citation:
      'Hetrick DC, Ciol MA, Rothman I, Turner JA, Frest M, Berger RE. [Standardized musculoskeletal examination of 62 men with chronic pelvic pain syndrome type III and 89 men without pelvic pain; the exact title was not displayed on the record read]. J Urol. 2003;170(3):828-831.',
    doi: '10.1097/01.ju.0000080513.13968.56',
    pmid: '12913709',
  },
  kim_ds_2013_groin_pain_cpps: {
    kind: 'article',
    citation:
      'Kim DS, Jeong TY, Kim YK, Chang WH, Yoon JG, Lee SC. Usefulness of a myofascial trigger point injection for groin pain in patients with chronic prostatitis/chronic pelvic pain syndrome: a pilot study. Arch Phys Med Rehabil. 2013;94(5):930-936.',
    doi: '10.1016/j.apmr.2012.12.011',
    pmid: '23262156',
  },
  kharazmi_2020_hallux_valgus_dry_needling: {
    kind: 'article',
    citation:
      'Kharazmi AS, Okhovatian F, Baghban AA, Mosallanezhad Z, Kojidi MM, Azimi H. Effects of dry needling on symptomatic hallux valgus: a randomized single blind clinical trial. J Bodyw Mov Ther. 2020;24(3):246-251.',
    doi: '10.1016/j.jbmt.2020.02.016',
    pmid: '32825996',
  },
  carroll_2022_gluteus_medius_low_back: {
    kind: 'article',
    citation:
      'Carroll M, Ellis R, Kohut S, Garrett N, Fernández-de-las-Peñas C. Associations between gluteus medius trigger points with hip passive range of movement and muscle strength in adults with chronic nonspecific low back pain: a cross-sectional study. J Manipulative Physiol Ther. 2022;45(9):641-651.',
    doi: '10.1016/j.jmpt.2023.03.001',
    pmid: '37318387',
  },
} as const satisfies Record<string, Source>
