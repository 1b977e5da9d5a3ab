/**
 * Study findings, fourth set (written as the fourth blind case set, measured once as such on
 * 2026-12-04 and since then the study term's data; `./index.ts`).
 *
 * Fourth blind case set, lower half: mid and low back, abdomen, pelvis and pelvic floor, groin,
 * buttock, hip, thigh, knee, leg, ankle and foot. Written 2026-12-04 under the blind rule: each
 * case was written from a published study's abstract, read on a public record, by someone who
 * never ran or read the ranking, the muscles' zones, or the earlier case sets.
 *
 * How cases were read: `marks` are the regions the abstract names as painful, on one side; where
 * it names none, the usual area of the complaint (said so in the note). `muscles` are the atlas
 * muscles the study found holding trigger points or treated at trigger points, most prevalent
 * first where the abstract ranks them, else in abstract order. Muscles named only as a group
 * (e.g. "quadriceps", "gluteal") or missing from the atlas are left out and named in the note.
 * Sources: `../sources/blind-case-studies-4-lower.ts`.
 */
import type { StudyFinding } from './types.ts'

/** The lower-body half of the fourth set of study findings (see index.ts for the rules it was written by). */
export const studies4Lower: readonly StudyFinding[] = [
  {
    name: 'Non-specific low back pain with gluteus medius trigger points (dry needling vs ischaemic compression)',
    marks: ['low_back'],
    muscles: ['gluteus_medius'],
    source: {
      source: 'delgado_alvarez_2022_gluteus_medius_low_back',
      locator: 'abstract: patients with non-specific low back pain treated at gluteus medius trigger points',
    },
    note: 'Eighty patients with non-specific low back pain; the abstract places the trigger points (latent, the most hyperalgesic) in gluteus medius and treats only that muscle. Only the low back is named as painful, so only it is marked. Latent rather than active points: a weaker reading than the other cases.',
  },
  {
    name: 'Piriformis syndrome in the emergency department: deep buttock pain into low back and posterior thigh',
    marks: ['buttock', 'low_back', 'posterior_thigh'],
    muscles: ['piriformis'],
    source: {
      source: 'aquino_2020_piriformis_emergency_injection',
      locator: 'abstract: two patients, ultrasound-guided trigger point injection of the affected piriformis',
    },
    note: 'The abstract defines the complaint as deep gluteal pain radiating to the ipsilateral lower back and/or posterior thigh, and both patients presented with low back pain; those three regions are marked. The only muscle injected is piriformis.',
  },
  {
    name: 'Piriformis muscle syndrome treated with ultrasound-guided dry needling of piriformis',
    marks: ['buttock'],
    muscles: ['piriformis'],
    source: {
      source: 'tabatabaiee_2019_piriformis_dry_needling',
      locator: 'abstract: 32 patients, three sessions of ultrasound-guided dry needling of the piriformis muscle',
    },
    note: 'The abstract names buttock pain (with limited hip mobility) as the complaint, so only the buttock is marked. The needled muscle is piriformis; the abstract says dry needling of the muscle rather than naming trigger points in it, which is my reading of a trigger-point treatment.',
  },
  {
    name: 'Pelvic floor myalgia with vaginal and sex-related pain treated with levator trigger point injections',
    marks: ['perineum'],
    muscles: ['levator_ani'],
    source: {
      source: 'zoorob_2015_levator_trigger_point_injections',
      locator: 'abstract: women with pelvic floor myalgia given levator-directed trigger-point injections',
    },
    note: 'Women with pelvic floor myalgia, vaginal pain and pain with intercourse; the injected trigger points are levator-directed, read as levator ani. Vaginal and sexual pain is marked as the perineum and pelvic floor region.',
  },
  {
    name: 'Knee osteoarthritis pain treated at quadriceps and gastrocnemius trigger points',
    marks: ['knee_anterior', 'knee_medial'],
    muscles: ['gastrocnemius'],
    source: {
      source: 'amani_2022_knee_osteoarthritis_dry_needling',
      locator: 'abstract: trigger points located in quadriceps and gastrocnemius muscles, then dry needled',
    },
    note: 'Sixteen patients with mild to moderate knee osteoarthritis. The abstract names trigger points in "quadriceps" (a group: which heads is not said, so none is listed) and gastrocnemius. The abstract does not say where around the knee the pain was; front and inner knee are marked as the usual area of knee osteoarthritis pain (my reading).',
  },
  {
    name: 'Low back pain with spinal deformity: myofascial pain of iliopsoas and quadratus lumborum',
    marks: ['low_back'],
    muscles: ['iliopsoas', 'quadratus_lumborum'],
    source: {
      source: 'kumar_2021_spinal_deformity_iliopsoas_quadratus_lumborum',
      locator: 'abstract: 44 of 60 patients had myofascial pain of iliopsoas or quadratus lumborum or both',
    },
    note: 'Sixty patients with low back pain and scoliosis, kyphoscoliosis or other spinal deformity; 44 had myofascial pain of iliopsoas, quadratus lumborum or both, treated with trigger point injections. Listed in abstract order; the abstract does not say which of the two was more common. Only the low back is named as painful.',
  },
  {
    name: 'Subacute abdominal wall pain after laparoscopic hepatectomy from an internal oblique trigger point',
    marks: ['upper_abdomen'],
    muscles: ['internal_oblique'],
    source: {
      source: 'hachisuka_2022_postoperative_abdominal_oblique',
      locator:
        'abstract: ultrasound showed the trigger point in the inner abdominal oblique muscle; injections relieved it',
    },
    note: 'Case report: a man with severe abdominal wall pain (positive Carnett sign) two weeks after laparoscopic hepatectomy; the trigger point was imaged in the "inner abdominal oblique" muscle, read as internal oblique. The abstract does not locate the pain on the abdomen; the upper abdomen is marked because the operation was on the liver (my reading).',
  },
  {
    name: 'Piriformis syndrome: gluteal pain spreading down the back of the thigh, trigger points in piriformis and the gluteals',
    marks: ['buttock', 'posterior_thigh'],
    muscles: ['piriformis', 'gluteus_minimus', 'gluteus_medius', 'gluteus_maximus'],
    source: {
      source: 'fusco_2018_piriformis_syndrome_dry_needling',
      locator:
        'abstract: three patients with gluteal pain radiating to the sciatic region; dry needling of trigger points in piriformis and gluteus minimus, medius and maximus',
    },
    note: 'Case series of three patients with piriformis syndrome. Piriformis is listed first because it names the syndrome; the gluteal muscles follow in the abstract order (minimus, medius, maximus). The "sciatic region" the pain reached is read as the back of the thigh (my reading).',
  },
  {
    name: 'Low back pain from quadratus lumborum, with iliopsoas as a second source',
    marks: ['low_back'],
    muscles: ['quadratus_lumborum', 'iliopsoas'],
    source: {
      source: 'barge_2018_quadratus_lumborum_low_back_pain',
      locator:
        'abstract: quadratus lumborum pain syndrome as the primary diagnosis and iliopsoas pain syndrome as the secondary one, confirmed by guided injection',
    },
    note: 'Case report of low back pain. The quadratus lumborum myofascial pain syndrome was the primary diagnosis (confirmed by a fluoroscopically guided injection) and iliopsoas pain syndrome the secondary one, so quadratus lumborum is listed first.',
  },
  {
    name: 'Chronic abdominal pain for three years from iliopsoas myofascial pain',
    marks: ['lower_abdomen'],
    muscles: ['iliopsoas'],
    source: {
      source: 'lee_2010_iliopsoas_chronic_abdominal_pain',
      locator:
        'abstract: an elderly woman with severe abdominal pain from myofascial pain syndrome of the iliopsoas muscle, undiagnosed for over 3 years',
    },
    note: 'Case report of an elderly woman whose severe chronic abdominal pain came from iliopsoas myofascial pain syndrome. The abstract does not say which part of the abdomen hurt; the lower abdomen is marked because that is where the iliopsoas lies in front (my reading).',
  },
  {
    name: 'Chronic tailbone pain (coccydynia) treated with pelvic floor therapy and coccygeus trigger point injections',
    marks: ['coccyx'],
    muscles: ['coccygeus'],
    source: {
      source: 'scott_2017_coccydynia_pelvic_floor_therapy',
      locator:
        'abstract: 124 patients with coccydynia; pelvic floor physical therapy, with coccygeus trigger point injections in 17%',
    },
    note: 'Retrospective review of patients whose chief complaint was coccydynia, treated mainly with pelvic floor muscle relaxation therapy. The only muscle the abstract names is coccygeus, given trigger point injections in 17% of patients, so the evidence for it is weaker than a direct finding.',
  },
  {
    name: 'Moderate to severe knee osteoarthritis pain: trigger points most often in gastrocnemius and the thigh muscles',
    marks: ['knee_anterior', 'knee_medial'],
    muscles: ['gastrocnemius', 'rectus_femoris', 'vastus_lateralis', 'biceps_femoris'],
    source: {
      source: 'ma_2023_knee_osteoarthritis_dry_needling_diclofenac',
      locator:
        'Discussion: latent trigger points in rectus femoris, vastus lateralis, biceps femoris and gastrocnemius each above 50%, gastrocnemius highest (68.8%)',
    },
    note: 'Randomised trial of dry needling of latent and active trigger points plus stretching against oral diclofenac in knee osteoarthritis. Gastrocnemius is listed first as the most frequent (68.8%); the other three follow in the order the text gives them. These figures are for latent trigger points, which do not themselves reproduce the pain, so the reading is weaker. I saw this passage in the Research Square preprint of the paper (rs-2092710), not the published text. Knee regions are my reading, as the passage does not say where around the knee it hurt.',
  },
  {
    name: 'Chronic piriformis myofascial pain (buttock) linked to the L5-S1 facet joint',
    marks: ['buttock'],
    muscles: ['piriformis'],
    source: {
      source: 'huang_2014_piriformis_myofascial_facet_injection',
      locator:
        'abstract: 52 patients with chronic myofascial pain in the piriformis muscle, each given an ipsilateral L5-S1 facet injection',
    },
    note: 'Case series of 52 patients with chronic piriformis myofascial pain, treated through the lumbar facet joint rather than the muscle. The abstract does not map the pain; the buttock is marked because that is where the piriformis lies (my reading).',
  },
  {
    name: 'Mechanical low back pain from bilateral iliopsoas and/or quadratus lumborum myofascial pain',
    marks: ['low_back'],
    muscles: ['iliopsoas', 'quadratus_lumborum'],
    source: {
      source: 'de_andres_2010_lumbar_myofascial_botulinum',
      locator:
        'abstract: mechanical low back pain due to bilateral myofascial pain syndrome involving the iliopsoas and/or the quadratus lumborum muscles',
    },
    note: 'Randomised trial of fluoroscopically guided botulinum toxin injections in 27 patients with mechanical low back pain from myofascial pain of iliopsoas and/or quadratus lumborum. Listed in abstract order; the abstract does not say which muscle was involved more often.',
  },
  {
    name: 'Refractory myofascial pelvic pain with a short, tight pelvic floor treated by injections into levator ani',
    marks: ['perineum'],
    muscles: ['levator_ani'],
    source: {
      source: 'adelowo_2013_intralevator_botox_pelvic_pain',
      locator:
        'abstract: intralevator botulinum toxin for refractory myofascial pelvic pain; pain scored on levator palpation',
    },
    note: 'Retrospective cohort of 31 women with refractory myofascial pelvic pain and a short, tight pelvic floor, given botulinum toxin into the levator muscles. The muscle named is the levator (levator ani). Pelvic floor pain is marked as the perineum and pelvic floor region (my reading).',
  },
  {
    name: 'Myofascial pelvic pain in women: trigger points in levator ani parts and obturator internus',
    marks: ['perineum'],
    muscles: ['levator_ani', 'obturator_internus'],
    source: {
      source: 'halder_2017_botox_myofascial_release_pelvic_pain',
      locator:
        'abstract: trigger points found by digital palpation of the iliococcygeus, puborectalis, obturator internus and rectus muscles',
    },
    note: 'Retrospective case series of 50 women with myofascial pelvic pain, all with trigger points before treatment. Iliococcygeus and puborectalis are parts of levator ani, so they are listed as levator_ani; obturator internus follows. The "rectus" muscle the abstract also names is ambiguous (rectus abdominis or a rectal muscle) and is left out.',
  },
]
