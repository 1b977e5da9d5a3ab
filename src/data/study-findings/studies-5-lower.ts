/**
 * Study findings, fifth set (written as the fifth blind case set, measured once as such on
 * 2026-12-04 and since then the study term's data; `./index.ts`, which also names what the lead
 * left out before that measurement).
 *
 * The lower half of the fifth blind case set: clinical studies of one regional pain
 * complaint of the mid or low back, abdomen, pelvis, groin, buttock, hip, thigh, knee, leg, ankle or
 * foot, each naming the muscles whose trigger points were found or treated. Written 2026-12-04 (the
 * fifth set) under the blind rule: from the studies' abstracts only, by a writer who never ran the
 * ranking nor read the muscles' zones, the pain guides or the earlier sets.
 *
 * How the cases were read
 * - `marks`: the regions the abstract names as painful, one side; where it names only a diagnosis
 *   (e.g. low back pain, Achilles tendinopathy), the usual area of that complaint, said so in `note`.
 * - `muscles`: the atlas muscles the abstract names as holding the (active) trigger points found, or
 *   as the muscles whose trigger points were treated, the most prevalent first where it ranks them,
 *   else in the abstract's order. Muscles named only as a group, or missing from the atlas, are in
 *   `note`, as is any reading of a group name as atlas muscles.
 * - Each study has a DOI or PMID seen on a public record; see
 *   `src/data/sources/blind-case-studies-5-lower.ts`.
 */
import type { StudyFinding } from './types.ts'

/** The lower-body half of the fifth set of study findings (see index.ts for the rules it was written by). */
export const studies5Lower: readonly StudyFinding[] = [
  {
    name: 'Mechanical low back pain treated by dry needling of the lumbar multifidus (Koppenhaver 2015)',
    marks: ['low_back', 'sacrum'],
    muscles: ['multifidus'],
    source: {
      source: 'koppenhaver_2015_low_back_multifidus_needling',
      locator:
        'abstract: methods (dry needling treatment to the lumbar multifidus muscles in 66 patients with mechanical LBP)',
    },
    note: 'The abstract names no painful area beyond "mechanical low back pain": the usual low back and sacral area is marked. The muscle is the one needled; the abstract does not say trigger points were found in it.',
  },
  {
    name: 'Medial tibial stress syndrome in athletes: dry needling of soleus trigger points (Singh 2025)',
    marks: ['shin_anterior', 'calf'],
    muscles: ['soleus'],
    source: {
      source: 'singh_2025_medial_tibial_stress_soleus_needling',
      locator: 'abstract: introduction and aim (dry needling targeting soleus myofascial trigger points in MTSS)',
    },
    note: 'MTSS ("shin splints") is pain along the inner border of the shin: marked as the shin and the calf, the two regions that border it; the abstract names no region.',
  },
  {
    name: 'Low back-related leg pain from active gluteus minimus trigger points (Li 2020 case)',
    marks: ['low_back', 'buttock'],
    muscles: ['gluteus_minimus'],
    source: {
      source: 'li_2020_gluteus_minimus_low_back_leg_pain',
      locator: 'abstract: case (two active MTrPs in the gluteus minimus; pain relieved completely by dry needling)',
    },
    note: 'A single case (63-year-old woman, low back-related leg pain for 3 months) with an L3-4 disc herniation judged not to cause the pain. The abstract does not say where in the leg the pain lay (the residual medial and anterior numbness was put down to the disc), so only the low back and the buttock are marked.',
  },
  {
    name: 'Chronic ankle sprain and instability: dry needling of peroneal trigger points (Heydarian 2024)',
    marks: ['lateral_ankle', 'lateral_leg'],
    muscles: ['peroneus_longus', 'peroneus_brevis'],
    source: {
      source: 'heydarian_2024_chronic_ankle_sprain_peroneal_needling',
      locator: 'abstract: introduction and method (dry needling of peroneal muscle trigger points, 36 patients)',
    },
    note: 'Doubtful reading: the abstract says "peroneal muscle trigger points" without naming which peroneus; read as the two lateral-compartment peronei. The painful area is not named; a lateral ankle sprain is marked at the outer ankle and outer lower leg.',
  },
  {
    name: 'Lumbar disc prolapse: active trigger points at the myotome of the lesion (J Musculoskelet Pain)',
    marks: ['low_back', 'buttock', 'posterior_thigh', 'lateral_leg'],
    muscles: ['tibialis_anterior', 'gluteus_medius', 'gastrocnemius', 'extensor_hallucis_longus'],
    source: {
      source: 'lumbar_disc_lesion_myotomal_trps_jmp',
      locator:
        'abstract: results (active TrPs in tibialis anterior, gluteus medius, gastrocnemius, extensor hallucis longus)',
    },
    note: 'Sixty patients with MRI-confirmed lumbar disc prolapse awaiting surgery. The disc levels in the result lines are garbled on the record seen, so the levels were not read; the muscles are in the abstract order (tibialis anterior "the majority"). The pain drawing is the usual one of a prolapse with sciatica (low back, buttock, back of thigh, outer leg); the abstract names no region.',
  },
  {
    name: 'Chronic low back pain: gluteal dry needling added to exercise (Martin-Corrales 2020)',
    marks: ['low_back', 'buttock'],
    muscles: ['gluteus_medius'],
    source: {
      source: 'martin_corrales_2020_low_back_gluteal_needling',
      locator: 'abstract: title and results (gluteal dry needling; pressure pain thresholds of the gluteus medius)',
    },
    note: 'Doubtful reading: the title says "gluteal dry needling" and the results name the gluteus medius (its pressure pain threshold); that is read as the needled muscle. The painful area is the usual low back; the buttock is added because the needling was gluteal.',
  },
  {
    name: 'Achilles tendinopathy: dry needling of gastrocnemius trigger points (Cureus trial)',
    marks: ['achilles', 'heel', 'calf'],
    muscles: ['gastrocnemius'],
    source: {
      source: 'cureus_104384_achilles_gastrocnemius_needling',
      locator: 'abstract: methods (dry needling applied to the gastrocnemius muscle trigger points in 60 patients)',
    },
    note: 'Insertional and mid-portion Achilles tendinopathy ("the most common cause of pain located at the back of the calcaneus"): the Achilles tendon and heel are marked, and the calf as the muscle belly above. The trial found electrolysis of the tendon better than the needling; the case records only where the trigger points were treated.',
  },
  {
    name: 'Low back pain: dry needling of the lumbar multifidus and erector spinae, muscle stiffness (Koppenhaver 2022)',
    marks: ['low_back', 'thoracolumbar'],
    muscles: ['multifidus', 'iliocostalis_lumborum', 'longissimus_thoracis'],
    source: {
      source: 'koppenhaver_2022_low_back_lumbar_stiffness_needling',
      locator:
        'abstract: methods (dry needling to the lumbar multifidus and erector spinae at the most painful side and level)',
    },
    note: 'Doubtful reading: the abstract says "erector spinae" without naming its parts; read as the lumbar iliocostalis and longissimus. The painful area is the usual low back with the thoracolumbar junction above it; the abstract names no region. The muscles are the ones needled; the abstract does not say trigger points were found in them.',
  },
  {
    name: 'Low back pain: two deep dry needling techniques of the lumbosacral multifidus (Wang-Price 2020)',
    marks: ['low_back', 'sacrum'],
    muscles: ['multifidus'],
    source: {
      source: 'wang_price_2020_low_back_multifidus_deep_needling',
      locator:
        'abstract: title and methods (deep dry needling of the lumbosacral multifidus; pressure pain thresholds)',
    },
    note: 'The abstract names no painful area beyond low back pain: the usual low back and the sacral area over the lumbosacral multifidus are marked. The muscle is the one needled; the abstract does not say trigger points were found in it.',
  },
  {
    name: 'Plantar fasciitis: shock wave therapy with dry needling of gastrosoleus trigger points (Bagcier 2020)',
    marks: ['heel', 'sole', 'calf'],
    muscles: ['gastrocnemius', 'soleus'],
    source: {
      source: 'bagcier_2020_plantar_fasciitis_gastrosoleus_needling',
      locator: 'abstract: methods (dry needling to trigger points in the gastrosoleus muscles added to ESWT)',
    },
    note: 'Plantar fasciitis is heel pain spreading into the sole: the heel and sole are marked, and the calf where the needled gastrosoleus lies; the abstract names no region. "Gastrosoleus" is read as the gastrocnemius and the soleus.',
  },
  {
    name: 'Knee osteoarthritis: dry needling of the popliteus added to exercise (Agost-González 2024)',
    marks: ['knee_medial', 'knee_anterior'],
    muscles: ['popliteus'],
    source: {
      source: 'agost_gonzalez_2024_knee_osteoarthritis_popliteus_needling',
      locator:
        'abstract: purpose and methods (dry needling technique in the popliteus muscle, 33 participants with knee OA)',
    },
    note: 'The abstract names no painful area beyond knee osteoarthritis: the usual inner and front knee are marked. The muscle is the one needled; the abstract does not say trigger points were found in it.',
  },
  {
    name: 'Gluteus medius syndrome in an amateur cyclist (Green 1999 case)',
    marks: ['buttock', 'sacrum'],
    muscles: ['gluteus_medius'],
    source: {
      source: 'green_1999_cyclist_gluteus_medius_syndrome',
      locator: 'abstract: clinical features (trigger points identified in the right gluteus medius)',
    },
    note: 'Doubtful as a pain case: the presenting complaint was numbness and tingling over a small area of the upper right buttock; resisted muscle testing brought soreness in the lumbosacral area and buttocks. Marked as the buttock and the lumbosacral (sacral) area.',
  },
  {
    name: 'Recurrent plantar fasciitis: dry needling of trigger points along the superficial back line (Akhbari 2014 case)',
    marks: ['heel', 'sole'],
    muscles: ['gastrocnemius', 'biceps_femoris', 'semimembranosus'],
    source: {
      source: 'akhbari_2014_plantar_fasciitis_myofascial_meridian_needling',
      locator:
        'abstract: clinical features and intervention (tender points in the medial gastrocnemius, biceps femoris and semimembranosus; dry needling of the trigger points)',
    },
    note: 'A 53-year-old man with bilateral chronic foot pain for over 2 years (plantar fasciitis); one side is marked, as the heel and sole of plantar fasciitis (the abstract says only foot pain). The abstract also names tender points at the Achilles insertion and the ischial tuberosity (not muscles, left out). Muscles in the abstract order; medial gastrocnemius read as the gastrocnemius.',
  },
  {
    name: 'Moderate knee osteoarthritis versus matched controls: trigger points in the muscles acting on the knee (Kordi Yoosefinejad 2021)',
    marks: ['knee_medial', 'knee_anterior'],
    muscles: ['popliteus', 'biceps_femoris'],
    source: {
      source: 'kordi_yoosefinejad_2021_knee_osteoarthritis_trps',
      locator:
        'abstract: methods and results (ten muscles acting on the knee; prevalence higher in 37 patients than 30 controls in all muscles except rectus femoris, sartorius and the left biceps femoris)',
    },
    note: 'Doubtful reading: the abstract examines ten muscles but names only four (rectus femoris, sartorius, biceps femoris, popliteus). Of those, the popliteus (examined at a higher pressure) and the biceps femoris (higher on the right side only) had more trigger points in patients than in controls; rectus femoris and sartorius did not, so they are left out, as are the six unnamed muscles. The abstract names no painful area: the usual inner and front knee of knee osteoarthritis is marked.',
  },
  {
    name: 'Piriformis syndrome in athletes: dry needling added to physiotherapy (J Clin Physiother Res 2018)',
    marks: ['buttock', 'posterior_thigh'],
    muscles: ['piriformis'],
    source: {
      source: 'jcpr_2018_piriformis_syndrome_athletes_needling',
      locator:
        'abstract: introduction and methods (myofascial trigger point in the piriformis; dry needling in 20 of 40 athletes with piriformis syndrome)',
    },
    note: 'The abstract calls piriformis syndrome a source of low back, buttock pain or sciatica and names no region for its patients; marked as the buttock and the back of the thigh (sciatica-like spread). The muscle is the one the abstract says holds the trigger point and that was needled.',
  },
  {
    name: 'Low back pain from active quadratus lumborum trigger points: dry needling versus muscle energy technique (J Health Rehabil Res)',
    marks: ['low_back', 'flank'],
    muscles: ['quadratus_lumborum'],
    source: {
      source: 'ahmed_jhrr_v3i1_quadratus_lumborum_needling',
      locator:
        'abstract: objective and methods (active trigger points in the quadratus lumborum in 24 patients with lower back pain; dry needling or muscle energy technique)',
    },
    note: 'The abstract says only lower back pain: the low back is marked, with the flank beside it where the quadratus lumborum lies. The same trial appears in at least two further reports in the same journal issue (different outcome measures); only this one is used.',
  },
  {
    name: 'Nonspecific thoracic spine pain in two soldiers: dry needling with electrical stimulation of the paraspinal and multifidus muscles (IJSPT 2014)',
    marks: ['thoracolumbar', 'interscapular'],
    muscles: ['multifidus', 'longissimus_thoracis', 'iliocostalis_thoracis'],
    source: {
      source: 'ijspt_2014_thoracic_spine_pain_needling_case_series',
      locator:
        'abstract: case description and intervention (tenderness of the thoracic paraspinal musculature; dry needling to paraspinal and multifidus musculature at the painful levels)',
    },
    note: 'Doubtful reading: the abstract names the multifidus and otherwise only the thoracic paraspinal musculature, read here as the longissimus and iliocostalis thoracis (the erector spinae of the thoracic spine). Two men with thoracic spine pain, one painful at T9 to T12 (thoracolumbar area) and one at T4 to T7 (between the shoulder blades); both areas are marked as one midline complaint. The abstract speaks of possible trigger points.',
  },
  {
    name: 'Pelvic floor symptoms in women: transvaginal myofascial pain of the levator ani and obturator internus (Meister 2019)',
    marks: ['perineum', 'lower_abdomen'],
    muscles: ['levator_ani', 'obturator_internus'],
    source: {
      source: 'meister_2019_pelvic_floor_myofascial_pain_severity',
      locator:
        'abstract: background and study design (pelvic floor myofascial pain predominantly identified in the levator ani and obturator internus; transvaginal palpation of both muscles bilaterally, 912 new patients)',
    },
    note: "Doubtful fit: the population is women presenting to a pelvic floor clinic with pelvic floor disorder symptoms (pain, urinary symptoms, prolapse), not only pain; myofascial pain was graded as pain on palpation of the two named muscles, not as trigger points by Simons criteria. Muscles in the background's order. Marked as the pelvic floor and lower abdomen, the usual area of pelvic pain; the abstract names no region.",
  },
]
