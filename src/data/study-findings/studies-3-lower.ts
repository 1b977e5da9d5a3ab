import type { StudyFinding } from './types.ts'

/**
 * Study findings, third set, lower-body half (see `./index.ts` for the rules it was written by):
 * mid and low back, abdomen, pelvis and perineum, buttock, hip, groin, thigh, knee, leg, ankle and
 * foot. Written 2026-12-03 from the abstracts (or, for case reports, the opening case description)
 * of the studies in `../sources/blind-case-studies-3-lower.ts`, read through the project's
 * search tool, without reading the ranking, the pain guides or any muscle's zones.
 *
 * Most sources here are trials, case series and case reports whose patients were chosen for, or
 * treated at, trigger points in named muscles; their muscles are "found and treated", not a
 * prevalence ranking, and each note says so. Where a study's abstract names a muscle only as a
 * group (quadriceps, hamstrings, abdominal muscles, erector spinae), the group is left in the note.
 */
const treatedOrder = 'abstract: muscles whose trigger points were treated, in its order'

/** The lower-body half of the third set of study findings, top to toe. */
export const studies3Lower: readonly StudyFinding[] = [
  // Low back and buttock
  {
    name: 'Chronic low back pain treated at lumbar, quadratus and gluteal trigger points',
    marks: ['low_back'],
    muscles: ['quadratus_lumborum', 'multifidus', 'gluteus_medius'],
    source: {
      source: 'perez_palomares_2010_low_back_dry_needling',
      locator:
        'abstract: trigger points needled in the deep lumbar paraspinals (multifidi), quadratus lumborum and gluteus medius; at least one in every patient, most often in the quadratus lumborum (97.6%)',
    },
    note:
      '122 patients with non-specific chronic low back pain, trigger points needled or treated with PENS. Quadratus ' +
      'lumborum first because the abstract says it held trigger points most often; the other two in the abstract order ' +
      '(no prevalence given for them). The abstract draws no pain beyond the low back.',
  },
  {
    name: 'Low back and buttock pain from the quadratus lumborum',
    marks: ['low_back', 'buttock'],
    muscles: ['quadratus_lumborum'],
    source: {
      source: 'sirh_2022_quadratus_lumborum_injection',
      locator:
        'abstract: 17 adults with lower back and/or buttock pain; trigger points and taut bands of the quadratus lumborum injected',
    },
    note: 'A technique report and case series: only the quadratus lumborum was examined and injected. Marks as the abstract names them.',
  },
  {
    name: 'Low back pain with trigger points low in the quadratus lumborum',
    marks: ['low_back'],
    muscles: ['quadratus_lumborum'],
    source: {
      source: 'eftekharsadat_2020_quadratus_lumborum',
      locator:
        'abstract: 54 low back pain patients with myofascial trigger points (inferior ones) in the quadratus lumborum, injected or given shock waves',
    },
    note: 'A trial that entered patients for quadratus lumborum trigger points; no other muscle was examined. The abstract says only "low back pain".',
  },
  {
    name: 'Chronic nonspecific low back pain needled at the gluteus medius',
    marks: ['low_back'],
    muscles: ['gluteus_medius'],
    source: {
      source: 'dar_goldberg_2025_gluteus_medius_low_back',
      locator:
        'abstract: people with low back pain often have trigger points in the gluteus medius; deep dry needling to that muscle',
    },
    note: 'A pilot sham-controlled trial (22 patients); the gluteus medius is the only muscle named and treated.',
  },
  {
    name: 'Chronic nonspecific low back pain with gluteus medius trigger points and weaker hips',
    marks: ['low_back'],
    muscles: ['gluteus_medius'],
    source: {
      source: 'carroll_2022_gluteus_medius_low_back',
      locator:
        'abstract: a blinded assessor examined the gluteus medius for active and latent trigger points in 42 adults with chronic nonspecific low back pain',
    },
    note:
      'Cross-sectional: trigger point status in the gluteus medius (the only muscle examined) was associated with weaker ' +
      'hip rotation and abduction. The abstract gives no prevalence; the case lists the one muscle examined.',
  },
  {
    name: 'Hip pain spreading down the outer leg, first taken for lumbar radiculitis',
    marks: ['buttock', 'lateral_hip_trochanter', 'lateral_thigh', 'lateral_leg'],
    muscles: ['gluteus_minimus'],
    source: {
      source: 'park_2015_gluteus_minimus_radiculitis',
      locator:
        'abstract: gluteus minimus myofascial pain (hip pain, pain radiating down the lower extremity) first diagnosed as lumbar radiculitis; trigger points injected under ultrasound',
    },
    note:
      'A case report of a 24-year-old woman. The abstract describes the pain as hip pain radiating down the lower ' +
      "extremities; the marks (buttock, side of the hip, outer thigh and outer leg on one side) are this file's reading " +
      'of that path, since the abstract draws no map.',
  },
  {
    name: 'Deep buttock pain from the piriformis and the obturator internus',
    marks: ['buttock', 'posterior_thigh'],
    muscles: ['piriformis', 'obturator_internus'],
    source: {
      source: 'dalmau_carola_2005_piriformis_obturator_internus',
      locator:
        'abstract: myofascial pain syndrome of the piriformis and obturator internus; obturator internus injury may be hidden by a piriformis syndrome; selective injection',
    },
    note:
      'A short case report; the abstract gives no pain drawing. Marks are the usual piriformis-syndrome area (buttock ' +
      'and back of the thigh). Muscles in the title order.',
  },
  // Abdomen and pelvis
  {
    name: 'Abdominal pain from a rectus abdominis trigger point, first thought visceral',
    marks: ['upper_abdomen', 'lower_abdomen'],
    muscles: ['rectus_abdominis'],
    source: {
      source: 'kim_2006_rectus_abdominis_abdominal_pain',
      locator:
        'abstract: three cases of abdominal pain from trigger points in the rectus abdominis, relieved by trigger point injection',
    },
    note: 'Three case reports. The abstract does not say which part of the abdomen hurt; both halves of the front of the abdomen are marked.',
  },
  {
    name: 'Primary period pain with active rectus abdominis trigger points',
    marks: ['lower_abdomen'],
    muscles: ['rectus_abdominis'],
    source: {
      source: 'gaubeca_gilarranz_2018_dysmenorrhoea',
      locator: 'abstract: 56 women with primary dysmenorrhoea; trigger point dry needling to the rectus abdominis',
    },
    note:
      'A trial: to be included, women had to show active rectus abdominis trigger points reproducing their pain (read in a ' +
      'full-text excerpt of the same article). Only the lower belly is marked; the abstract names no other area.',
  },
  {
    name: 'Chronic pelvic pain in women with levator ani trigger points',
    marks: ['perineum', 'lower_abdomen'],
    muscles: ['levator_ani'],
    source: {
      source: 'langford_2007_levator_ani_injections',
      locator:
        'abstract: 18 women with chronic pelvic pain and specific palpable levator ani trigger points (intravaginal palpation), injected',
    },
    note: 'Patients were chosen for levator ani trigger points; no other muscle was examined. Marks are the pelvic floor and lower belly of chronic pelvic pain.',
  },
  {
    name: 'Pelvic floor pain with urinary symptoms in women',
    marks: ['perineum', 'lower_abdomen'],
    muscles: ['levator_ani', 'obturator_internus'],
    source: {
      source: 'einig_2024_pelvic_floor_luts',
      locator:
        'abstract: myofascial trigger points examined in the pubococcygeus, iliococcygeus and obturator of 110 women with pelvic floor symptoms',
    },
    note:
      'Cross-sectional: pain in the muscle groups correlated with lower urinary tract symptoms and high pelvic-floor tone. ' +
      'Pubococcygeus and iliococcygeus are parts of the levator ani; "obturator" read as the obturator internus palpated ' +
      'per vaginam. The abstract gives no prevalence order.',
  },
  {
    name: 'Chronic pelvic pain after an electrical stimulation accident',
    marks: ['groin', 'lower_abdomen', 'buttock'],
    muscles: ['gluteus_minimus', 'iliopsoas', 'obturator_externus', 'pectineus', 'piriformis'],
    source: {
      source: 'lee_2016_pelvic_stabilizer_muscles',
      locator:
        "abstract and keywords: image-guided trigger point injections on several pelvic stabilizing muscles (named in the record's keywords)",
    },
    note:
      'A brief report of one woman with severe chronic pelvic pain after a TENS accident. The abstract says only "several ' +
      'pelvic stabilizing muscles"; the five muscles are the keywords of the same record, in their order. The marks are ' +
      "this file's choice from the areas the abstract lists for chronic pelvic pain (lower abdomen, groin, buttock).",
  },
  {
    name: 'Men with chronic pelvic pain: tender, tense pelvic floor and psoas',
    marks: ['perineum', 'lower_abdomen', 'groin'],
    muscles: ['levator_ani', 'coccygeus', 'iliopsoas'],
    source: {
      source: 'hetrick_2003_cpps_musculoskeletal',
      locator:
        'abstract: more tension and pain on palpation of the levator ani and coccygeus, and of the psoas and groin, in 62 men with CPPS than in 89 men without pain',
    },
    note:
      'Case-control examination by a physical therapist: tenderness and tension on palpation, not trigger points as such. ' +
      'Abstract order (pelvic floor first, then psoas). Lower abdominal and oblique strength did not differ. Marks are the ' +
      'usual perineal, suprapubic and groin pain of chronic prostatitis/CPPS; the abstract draws no map.',
  },
  {
    name: 'Groin pain in chronic prostatitis treated at iliopsoas trigger points',
    marks: ['groin', 'lower_abdomen'],
    muscles: ['iliopsoas'],
    source: {
      source: 'kim_ds_2013_groin_pain_cpps',
      locator:
        'abstract: ultrasound-guided trigger point injection of the iliopsoas, hip adductor and lower abdominal muscles in 21 men with CP/CPPS groin pain; the iliopsoas was affected in all',
    },
    note:
      'A pilot trial. The hip adductors and lower abdominal muscles are named only as groups and are left out; the ' +
      'iliopsoas is the one muscle named singly (affected in every patient).',
  },
  // Hip and thigh
  {
    name: 'Hip osteoarthritis pain treated at active trigger points of the hip muscles',
    marks: ['groin', 'anterior_thigh'],
    muscles: ['iliopsoas', 'rectus_femoris', 'tensor_fasciae_latae', 'gluteus_minimus'],
    source: {
      source: 'ceballos_laita_2021_hip_osteoarthritis',
      locator: treatedOrder,
    },
    note:
      'A trial in 45 people with one-sided hip osteoarthritis: active trigger points treated in the iliopsoas, rectus ' +
      'femoris, tensor fasciae latae and gluteus minimus (abstract order; no prevalence given). The abstract says "hip ' +
      'pain"; groin and front of the thigh are the usual area of hip osteoarthritis pain.',
  },
  // Knee
  {
    name: 'Exercise-induced patellofemoral pain needled in the thigh muscles',
    marks: ['knee_anterior'],
    muscles: ['vastus_medialis', 'vastus_lateralis', 'rectus_femoris'],
    source: { source: 'ma_2020_patellofemoral_dry_needling', locator: treatedOrder },
    note: 'A trial (50 patients): trigger points needled in the vastus medialis oblique, vastus lateralis and rectus femoris, in that order.',
  },
  {
    name: 'Patellofemoral pain in female athletes needled at hip and low-back trigger points',
    marks: ['knee_anterior'],
    muscles: ['gluteus_medius', 'quadratus_lumborum'],
    source: { source: 'zarei_2020_patellofemoral_gluteus_medius_ql', locator: treatedOrder },
    note: 'A trial in 40 female athletes: dry needling aimed at gluteus medius and quadratus lumborum trigger points added to exercise. Knee pain only.',
  },
  {
    name: 'Young adults with patellofemoral pain and a vastus medialis trigger point',
    marks: ['knee_anterior'],
    muscles: ['vastus_medialis'],
    source: {
      source: 'behrangrad_2017_patellofemoral_vmo',
      locator:
        'abstract: ischemic compression on the myofascial trigger point of the vastus medialis obliquus in unilateral patellofemoral pain',
    },
    note: 'A trial (30 patients); the vastus medialis obliquus is the only muscle named.',
  },
  {
    name: 'Patellofemoral pain treated at the most active rectus femoris trigger point',
    marks: ['knee_anterior'],
    muscles: ['rectus_femoris'],
    source: {
      source: 'valera_calero_2021_patellofemoral_electrolysis',
      locator:
        'abstract: all interventions were applied to the most active myofascial trigger point, in the rectus femoris',
    },
    note: 'A pilot trial of 15 patients with one-sided patellofemoral pain (anterior knee pain).',
  },
  {
    name: 'Knee pain in the weeks after an anterior cruciate ligament reconstruction',
    marks: ['knee_anterior'],
    muscles: ['vastus_medialis'],
    source: {
      source: 'velazquez_saornil_2017_acl_vastus_medialis',
      locator:
        'abstract: trigger point dry needling of the quadriceps vastus medialis added to rehabilitation in subacute ACL-reconstructed patients',
    },
    note: 'A trial of 44 patients; the vastus medialis is the only muscle named. The abstract does not locate the pain; the front of the knee is marked.',
  },
  {
    name: 'Posterior knee pain in a young ballet dancer',
    marks: ['knee_posterior'],
    muscles: ['gastrocnemius', 'soleus', 'popliteus'],
    source: {
      source: 'mason_2014_posterior_knee_dancer',
      locator:
        'abstract: trigger points reproducing the primary symptoms were dry needled in the gastrocnemius, soleus and popliteus',
    },
    note: 'A case report (16-year-old dancer, two months of right posterior knee pain). Muscles in the abstract order.',
  },
  // Leg, ankle and foot
  {
    name: 'Plantar fasciitis heel pain with calf trigger points',
    marks: ['heel'],
    muscles: ['gastrocnemius', 'soleus'],
    source: {
      source: 'moghtaderi_2014_plantar_fasciitis_gastroc_soleus',
      locator:
        'abstract: shock wave therapy to gastrocnemius/soleus trigger points (plus the heel) in 40 patients with plantar fasciitis',
    },
    note:
      'A trial: treating the calf trigger points as well as the heel gave more relief than the heel alone. Heel marked ' +
      'as the complaint; the abstract gives no order between the two muscles (title order).',
  },
  {
    name: 'Chronic ankle instability with pain on the outer ankle',
    marks: ['lateral_ankle'],
    muscles: ['peroneus_longus'],
    source: {
      source: 'salom_moreno_2015_ankle_instability_dry_needling',
      locator:
        'abstract: trigger point dry needling into the lateral peroneus muscle in 27 people with unilateral ankle instability',
    },
    note:
      '"Lateral peroneus" (peroneo lateral largo) read as the peroneus longus. Ankle pain was an outcome; the outer ankle ' +
      'is marked as the usual site after lateral sprains.',
  },
  {
    name: 'Painful bunion treated at trigger points in the big-toe and shin muscles',
    marks: ['big_toe'],
    muscles: [
      'extensor_hallucis_longus',
      'flexor_hallucis_longus',
      'flexor_hallucis_brevis',
      'adductor_hallucis',
      'tibialis_anterior',
    ],
    source: {
      source: 'kharazmi_2020_hallux_valgus_dry_needling',
      locator:
        'abstract (dry needling of myofascial trigger points in 30 women with symptomatic hallux valgus) and a methods sentence quoted on a public page: one trigger point needled in each of the five muscles',
    },
    note:
      'Doubtful: the abstract says only "myofascial trigger points"; the five muscles come from a methods sentence of the ' +
      'paper quoted on a public page (its order kept), needled "regardless of active or latent status". Pain did not ' +
      'differ from sham; the hallux valgus angle did. The big toe (bunion) is marked.',
  },
]
