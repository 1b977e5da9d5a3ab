/**
 * Study findings, fourth set (written as the fourth blind case set, measured once as such on
 * 2026-12-04 and since then the study term's data; `./index.ts`).
 *
 * The upper-body half of the fourth blind case set for the ranking (issue #9): head, face, jaw, neck,
 * shoulder, upper back, arm, elbow and chest-wall complaints, plus one fibromyalgia study. Written
 * 2026-12-04 under the blind rule: the writer never ran the ranking or the app, and read neither the
 * muscles' zones nor the pain guides nor the earlier case sets. Every case says what its study's abstract
 * says, never what any app returns. The studies are in `../sources/blind-case-studies-4-upper.ts`.
 *
 * How the cases were read
 * - `marks` are one side's pain drawing: the regions the abstract names as the painful area, or, where
 *   it names only a diagnosis (e.g. "subacromial pain syndrome", "migraine"), the usual area of that
 *   complaint, which the note then says.
 * - `muscles` are the atlas muscles in which the study found (prevalence studies) or treated (trials,
 *   case series, case reports) trigger points, in the abstract's order. Muscles named only as a group
 *   ("common flexor muscles", "posterior neck muscles") or missing from the atlas are left out and noted.
 * - Trials that chose patients for trigger points in one muscle give one-muscle cases; they test
 *   whether that muscle is reached from the complaint's area, not a full differential.
 */
import type { StudyFinding } from './types.ts'

/** The upper-body half of the fourth set of study findings (see index.ts for the rules it was written by). */
export const studies4Upper: readonly StudyFinding[] = [
  {
    name: 'Chronic cervicogenic headache treated by dry needling of sternocleidomastoid trigger points (case series)',
    marks: ['occiput', 'temple', 'forehead', 'posterior_neck'],
    muscles: ['sternocleidomastoid'],
    source: {
      source: 'sillevis_2020_scm_cervicogenic_headache',
      locator: 'abstract: all three subjects received dry needling of trigger points in the SCM',
    },
    note:
      'Three subjects with cervicogenic headache, neck involvement and unilateral head pain. The abstract does not ' +
      'map the head pain; marks are the usual cervicogenic-headache drawing (back of the head spreading to temple ' +
      'and forehead) plus the neck. Soft-tissue work, manipulation and exercise were also given.',
  },
  {
    name: 'Migraine headache attributed to sternocleidomastoid trigger points (dry-needling RCT)',
    marks: ['temple', 'forehead', 'eye_orbit'],
    muscles: ['sternocleidomastoid'],
    source: {
      source: 'rezaeian_2020_scm_migraine_needling',
      locator: 'abstract: 40 subjects with migraine originating from myofascial trigger points in the SCM',
    },
    note:
      'Patients were chosen for migraine "originating from" SCM trigger points and needled there. The abstract ' +
      'gives no pain map; marks are the usual one-sided migraine area (temple, forehead, around the eye).',
  },
  {
    name: 'Chronic tension-type headache treated by saline injection of active trigger points (retrospective series)',
    marks: ['forehead', 'temple', 'occiput'],
    muscles: ['splenius_capitis'],
    source: {
      source: 'cho_2022_tension_headache_saline_injections',
      locator:
        'abstract: ultrasound-guided saline injections into active trigger points; "the most frequently injected muscle was the splenius capitis"',
    },
    note:
      'Nineteen patients with chronic tension-type headache; injections into "head and neck muscles", of which the ' +
      'abstract names only the most frequent (splenius capitis). No pain map; marks are one side of the usual ' +
      'band-like tension-type headache (forehead, temple, back of the head).',
  },
  {
    name: 'Occipital neuralgia with neck pain and headache treated by dry needling (case report)',
    marks: ['occiput', 'posterior_neck'],
    muscles: ['upper_trapezius', 'suboccipital_muscles'],
    source: {
      source: 'bond_2015_occipital_neuralgia_needling',
      locator: 'abstract: four dry needling sessions, needles inserted into the trapezii and suboccipital muscles',
    },
    note:
      'One patient with a four-year history of stabbing neck pain and headaches diagnosed as occipital neuralgia. ' +
      'The abstract says "trapezii" without a part; read as the upper trapezius (the neck portion). A neuralgia ' +
      'diagnosis, kept because the treatment targeted these muscles.',
  },
  {
    name: 'Temporomandibular myofascial pain from lateral pterygoid trigger points (needling RCT)',
    marks: ['jaw_tmj', 'cheek_maxilla'],
    muscles: ['lateral_pterygoid'],
    source: {
      source: 'lopez_martos_2018_lateral_pterygoid_needling',
      locator:
        'abstract: 60 patients diagnosed with MPS in the LPM; electrolysis or deep needling of LPM trigger points',
    },
    note:
      'Pain at rest and on chewing, with limited mouth opening. The abstract names no painful area beyond ' +
      'temporomandibular myofascial pain; marks are the jaw joint and cheek, the usual TMD area.',
  },
  {
    name: 'Lower tooth pain referred from the superficial masseter (mirror-image case report)',
    marks: ['teeth_lower'],
    muscles: ['masseter'],
    source: {
      source: 'anuvindha_2024_masseter_mirror_toothache',
      locator:
        'abstract: right mandibular tooth pain referred from the superficial masseter, confirmed by trigger-point injection',
    },
    note:
      'Non-odontogenic toothache in a mandibular tooth. The abstract says the source masseter was on the OTHER side ' +
      '(mirror-image pain); the case keeps the muscle but cannot encode sides, so it tests only the region link.',
  },
  {
    name: 'Myofascial pain syndrome of the upper trapezius (IMS vs lidocaine trial)',
    marks: ['upper_shoulder_top', 'posterior_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'ga_2007_upper_trapezius_ims',
      locator: 'abstract: 43 people with myofascial pain syndrome of the upper trapezius; all trigger points treated',
    },
    note:
      'Patients chosen for upper trapezius MPS; cervical range of motion was an outcome. The abstract maps no pain; ' +
      'marks are the usual neck-shoulder area of that complaint.',
  },
  {
    name: 'Chronic neck or shoulder-girdle pain with an active upper trapezius trigger point (dry needling)',
    marks: ['posterior_neck', 'upper_shoulder_top'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'gerber_2015_upper_trapezius_needling',
      locator:
        'abstract and title: neck or shoulder girdle pain >3 months, dry needling of an active MTrP in the upper trapezius',
    },
    note: 'Marks are the neck and shoulder girdle as the abstract names them (one side). Single-muscle trial.',
  },
  {
    name: 'Chronic neck pain in women with an active central upper trapezius trigger point',
    marks: ['posterior_neck', 'upper_shoulder_top'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'dibai_filho_2018_upper_trapezius_neck_pain',
      locator: 'abstract: inclusion required an active, centrally located trigger point in the upper trapezius',
    },
    note:
      'Women with myofascial pain "in the upper trapezius muscle region" for >90 days; the neck-pain group is ' +
      'modelled (the other group, breast cancer survivors, had the same inclusion). Marks are the upper trapezius ' +
      'region and neck as described.',
  },
  {
    name: 'Fibromyalgia with myofascial neck-shoulder pain from upper trapezius trigger points (injection)',
    marks: ['upper_shoulder_top', 'posterior_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'hong_1996_fibromyalgia_trapezius_injection',
      locator: 'abstract: all patients (MPS + FMS and MPS only) had active TrPs in the upper trapezius; TrP injection',
    },
    note:
      'Fibromyalgia pain is widespread; this case models only the regional myofascial complaint the study treated. ' +
      'The abstract maps no pain; marks are the usual upper trapezius area.',
  },
  {
    name: 'Unilateral subacromial pain syndrome treated by infraspinatus dry needling',
    marks: ['lateral_shoulder_deltoid', 'anterior_shoulder'],
    muscles: ['infraspinatus'],
    source: {
      source: 'man_ther_2016_subacromial_infraspinatus_needling',
      locator: 'abstract: 57 volunteers with unilateral subacromial pain syndrome; dry needling to the infraspinatus',
    },
    note:
      'The trial treated infraspinatus trigger points ("treating myofascial trigger points in the infraspinatus"). ' +
      'No pain map; marks are the usual subacromial pain area (side and front of the shoulder).',
  },
  {
    name: 'Upper arm pain in rotator cuff disease from brachialis trigger points (ultrasound-guided injection)',
    marks: ['upper_arm_lateral', 'upper_arm_anterior'],
    muscles: ['brachialis'],
    source: {
      source: 'suh_2014_brachialis_upper_arm_pain',
      locator: 'abstract: rotator cuff disease patients with upper arm pain suspected of brachialis MPS; TrP injection',
    },
    note:
      'The abstract says "upper arm pain" without a face; marks are the outer and front upper arm. The shoulder ' +
      'itself (rotator cuff disease) is left unmarked because the study selected for the arm pain.',
  },
  {
    name: 'Post-traumatic elbow pain and stiffness after radial head fracture (trigger-point dry needling case)',
    marks: ['lateral_elbow', 'medial_elbow'],
    muscles: ['brachioradialis', 'upper_trapezius'],
    source: {
      source: 'shanmugam_2015_elbow_stiffness_needling',
      locator:
        'abstract: dry needling to MTrPs in brachioradialis, common flexor and extensor muscles, and upper trapezius',
    },
    note:
      'One patient with right elbow pain and limited extension. "Common flexor" and "extensor muscles of elbow" ' +
      'are groups the abstract does not split, so they are left out. Marks are both sides of the elbow (no side given).',
  },
  {
    name: 'Chronic interscapular pain from the serratus posterior superior (injection case series)',
    marks: ['interscapular', 'scapula_medial_border'],
    muscles: ['serratus_posterior_superior'],
    source: {
      source: 'mun_2021_serratus_posterior_superior_injection',
      locator: 'abstract: eight patients with chronic interscapular pain; tender point in the SPS injected',
    },
    note:
      'Patients also had upper-extremity pain and paresthesia (not marked: no area given). The abstract speaks of a ' +
      '"tender point" and the SPS as the lesion rather than of "trigger points"; read as a myofascial source.',
  },
  {
    name: 'Noncardiac chest pain with pectoral trigger points (injection RCT)',
    marks: ['upper_chest', 'sternum'],
    muscles: ['pectoralis_major', 'pectoralis_minor'],
    source: {
      source: 'sengul_2024_noncardiac_chest_pectoralis',
      locator: 'abstract: 50 patients with noncardiac chest pain and trigger points in the pectoralis muscles',
    },
    note:
      'The abstract says "pectoralis muscles" without naming major or minor; both are listed, major first. No pain ' +
      'map; marks are the usual anterior chest area of noncardiac chest pain.',
  },
  {
    name: 'Myofascial temporomandibular disorder with masseter trigger points (superficial vs deep dry-needling RCT)',
    marks: ['jaw_tmj', 'cheek_maxilla'],
    muscles: ['masseter'],
    source: {
      source: 'ozden_2018_masseter_dry_needling_tmd',
      locator: 'abstract: forty patients showing MTMD with trigger points in the masseter muscle; masseter needled',
    },
    note:
      'Patients were chosen for myofascial TMD "related to the masseter muscle". The abstract gives no pain map; ' +
      'marks are the usual area of masseter-related TMD pain (jaw joint and cheek).',
  },
  {
    name: 'Myogenous temporomandibular disorder treated by deep dry needling of the masseter (double-blind RCT)',
    marks: ['cheek_maxilla', 'jaw_tmj'],
    muscles: ['masseter'],
    source: {
      source: 'dib_zakkour_2022_masseter_deep_dry_needling',
      locator:
        'abstract: 36 patients with myogenous TMD; bilateral deep dry needling of the masseter; "facial pain is significantly reduced ... after needling its trigger points"',
    },
    note:
      'Needling was bilateral; one side is marked. The abstract speaks of "facial pain" without a map; marks are ' +
      'the face over the masseter (cheek) and the jaw joint.',
  },
  {
    name: 'Serratus anterior muscle pain syndrome treated by pulsed radiofrequency of the muscle (case report)',
    marks: ['lateral_chest', 'breast_nipple'],
    muscles: ['serratus_anterior'],
    source: {
      source: 'kocot_kepska_2022_serratus_anterior_pulsed_rf',
      locator:
        'abstract: a patient with Serratus Anterior Muscle Pain Syndrome; pulsed radiofrequency of the affected muscle',
    },
    note:
      'The abstract describes the syndrome as pain between the 5th and 7th ribs along the midaxillary line radiating ' +
      'to the front of the chest wall (marked: side of the chest, and the front at that rib level), and less often ' +
      'to the shoulder, shoulder blade and 4th-5th fingers (not marked). It names the muscle and its trigger points ' +
      'in general; the treatment targeted the muscle, not a named trigger point.',
  },
  {
    name: 'Neck and upper back pain after carrying a heavy backpack, trigger points injected under ultrasound (case report)',
    marks: ['posterior_neck', 'interscapular', 'scapula_medial_border'],
    muscles: ['upper_trapezius', 'levator_scapulae'],
    source: {
      source: 'tang_2019_upper_back_5_in_1_injection',
      locator:
        'case text: "taut bands and trigger points were noted in the right upper trapezius, levator scapulae, a[...]"',
    },
    note:
      'A 34-year-old man with right neck and upper back pain, tightness and numbness for 2 months after backpacking. ' +
      'The record read was cut off after "levator scapulae, a..."; any further muscles were not seen and are left ' +
      'out (the title says "5-in-1": trigger point injections plus nerve hydrodissections). "Upper back" is marked ' +
      'as the area between and along the inner edge of the shoulder blades, our reading.',
  },
  {
    name: 'Persistent pain at an extracted lower molar from masticatory and neck muscle trigger points (case report)',
    marks: ['teeth_lower'],
    muscles: ['masseter', 'temporalis', 'sternocleidomastoid'],
    source: {
      source: 'pubmed_32507780_molar_pain_masticatory_tpi',
      locator:
        'abstract: pain in the region of the mandibular first molar; "several tender points were found on the masseter, temporalis, and sternocleidomastoid muscles"; trigger point injections',
    },
    note:
      'A 46-year-old woman with chronic pain at the site of an extracted left lower first molar (later both sides). ' +
      'Diagnosis: chronic myofascial pain with referred pain in the masticatory muscles; the abstract says ' +
      '"tender points" and treated them by trigger point injection and acupuncture, read as trigger points. ' +
      'Muscles in abstract order; only the lower teeth are marked, as the abstract names no other painful area.',
  },
  {
    name: 'Neck pain in cell phone users with trigger points in neck muscles (exercise and posture RCT)',
    marks: ['posterior_neck', 'lateral_neck'],
    muscles: ['upper_trapezius', 'sternocleidomastoid', 'levator_scapulae'],
    source: {
      source: 'soyer_2020_cell_phone_neck_pain_trps',
      locator:
        'abstract: 49 patients with neck pain using a cell phone; taut bands and trigger point pain evaluated in the trapezius, sternocleidomastoideus and levator scapulae',
    },
    note:
      'The three muscles were chosen by design, not found by a wider search; the abstract reports taut bands and ' +
      'trigger point pain in all three (changes in the left SCM, left trapezius and right levator scapulae after ' +
      'exercise) but no prevalence, so they are in abstract order. "Trapezius" is read as its upper part (our ' +
      'reading). Marks are the usual area of neck pain (back and side of the neck).',
  },
]
