/**
 * Study findings, third set, upper-body half (head, face, jaw, neck, shoulder, upper back, arm,
 * elbow, forearm, hand and chest wall), written 2026-12-03 by the rules in `./index.ts`:
 * without reading the ranking, the pain guides or any muscle's zones, and without running the
 * ranking. Each case says what its study's abstract (or, for a case report, its abstract's case
 * description) says; `note` says how it was read, what was left out and what is this file's
 * reading. The studies are in `../sources/blind-case-studies-3-upper.ts`.
 */
import type { StudyFinding } from './types.ts'

const treated = 'abstract: muscles whose trigger points were found and treated'

/** The upper-body half of the third set of study findings (see index.ts for the rules it was written by). */
export const studies3Upper: readonly StudyFinding[] = [
  // Head and face
  {
    name: 'Chronic tension headache felt at the side of the neck and the temple',
    marks: ['temple', 'lateral_neck', 'posterior_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'fernandez_de_las_penas_2007_trapezius_ctth_referral',
      locator: 'abstract: the only muscle examined; referred pain recognised as the usual headache in 45% of patients',
    },
    note:
      'The abstract examined only the upper trapezius in 20 people with chronic tension-type headache: referred ' +
      'pain spread to the back and side of the neck, and in most patients on to the temple; 45% recognised it as ' +
      'their usual headache (active trigger points). The marks are those areas, on one side.',
  },
  {
    name: 'Tension-type headache, frequent or chronic, in 157 headache-diary patients',
    marks: ['forehead', 'temple', 'occiput'],
    muscles: ['temporalis', 'masseter', 'suboccipital_muscles', 'upper_trapezius', 'sternocleidomastoid'],
    source: {
      source: 'palacios_cena_2018_tension_headache_trps',
      locator: 'abstract: muscles explored bilaterally for active and latent trigger points, in its order',
    },
    note:
      'The abstract explored six muscles in frequent episodic and chronic tension-type headache and found no ' +
      'difference in the number of active or latent trigger points between the two; it does not say which muscles ' +
      'held them. The first five of its six muscles are listed in its order; splenius capitis (the sixth) is left ' +
      'out by the five-muscle limit. The abstract names no painful area: the marks are the usual band of ' +
      'tension-type headache (forehead, temple, back of the head), read on one side.',
  },
  {
    name: 'Cervicogenic headache treated at the base of the skull and the shoulder ridge',
    marks: ['posterior_neck', 'occiput', 'temple'],
    muscles: ['suboccipital_muscles', 'upper_trapezius'],
    source: { source: 'sedighi_2017_cervicogenic_headache_dry_needling', locator: treated },
    note:
      'Thirty people with cervicogenic headache had trigger points of the suboccipital and upper trapezius muscles ' +
      'dry-needled (superficial or deep); headache index and trigger point tenderness fell in both groups. The ' +
      'abstract names no painful area: the marks are the usual one-sided neck-to-head spread of cervicogenic ' +
      'headache.',
  },
  {
    name: 'Cervicogenic headache in office workers',
    marks: ['posterior_neck', 'occiput', 'temple'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'huber_2013_cervicogenic_headache_office_workers',
      locator: 'abstract: trigger points occurred predominantly in the painful trapezius muscle',
    },
    note:
      'Forty office workers with cervicogenic headache: trigger points occurred predominantly in the painful ' +
      'trapezius, their number rose with headache intensity, and the authors conclude that trapezius dysfunction ' +
      'was most responsible for the headache. The abstract says "trapezius" without naming its part; it is read ' +
      'as the upper trapezius (neck and shoulder girdle muscles). No other muscle is named. Marks as in the case ' +
      'above (the usual area of cervicogenic headache).',
  },
  {
    name: 'Forehead headache on both sides relieved at the front of the neck',
    marks: ['forehead'],
    muscles: ['sternocleidomastoid'],
    source: {
      source: 'dunteman_1996_pseudo_spinal_headache_scm',
      locator: 'abstract (case report): trigger points of the sternocleidomastoid injected with local anaesthetic',
    },
    note:
      'A patient with severe bifrontal headache (the title calls it pseudo-spinal headache) was treated by ' +
      'injecting sternocleidomastoid trigger points; all symptoms resolved and had not returned 14 months later. ' +
      'Marked as the forehead, one side of a two-sided headache.',
  },
  {
    name: 'Cervicogenic headache in women treated at the front of the neck',
    marks: ['posterior_neck', 'occiput', 'temple'],
    muscles: ['sternocleidomastoid'],
    source: { source: 'mohammadi_2021_cervicogenic_headache_scm_needling', locator: treated },
    note:
      'Sixteen women with cervicogenic headache had one session of dry needling of sternocleidomastoid trigger ' +
      'points; headache index, duration, frequency and disability fell. No other muscle is named. The abstract ' +
      'says the headache radiates from a cervical source to the head or face; the marks are the usual one-sided ' +
      'neck-to-head area, as in the other cervicogenic headache cases of this file.',
  },
  {
    name: 'Migraine in children and teenagers set off by pressing the shoulder-top muscle',
    marks: ['forehead', 'temple'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'migraine_children_2017_trapezius_provocation',
      locator: 'abstract: trapezius trigger points whose pressure induced lasting headache',
    },
    note:
      'Twenty-six children and adolescents with migraine: pressure on trapezius trigger points set off a lasting ' +
      'headache in 13, pressure on non-trigger points of the same muscle in none. Only the trapezius was examined ' +
      '(read as the upper trapezius). The abstract names no headache area: the marks are the usual forehead and ' +
      'temple of migraine, on one side.',
  },
  {
    name: 'Myofascial jaw pain in young women',
    marks: ['jaw_tmj', 'cheek_maxilla'],
    muscles: ['masseter'],
    source: { source: 'fernandez_carnero_2010_masseter_dry_needling', locator: treated },
    note:
      'Twelve women with myofascial temporomandibular disorder had the most painful active trigger point of the ' +
      'masseter dry-needled; pressure pain thresholds over the muscle and the mandibular condyle rose and ' +
      'pain-free mouth opening grew. The abstract names no other muscle. Marks: the jaw joint and the cheek over ' +
      'the masseter (the usual area of myofascial jaw pain).',
  },
  {
    name: 'Jaw-joint pain from the deep chewing muscle',
    marks: ['jaw_tmj', 'cheek_maxilla'],
    muscles: ['lateral_pterygoid'],
    source: { source: 'gonzalez_perez_2015_lateral_pterygoid_dry_needling', locator: treated },
    note:
      'Forty-eight patients with chronic myofascial pain located in the lateral pterygoid and temporomandibular ' +
      'dysfunction had deep dry needling of its trigger points (versus medication). The abstract names no other ' +
      'muscle. Marks: the jaw joint and the cheek in front of it (the usual area of the complaint).',
  },
  {
    name: 'Earache with a normal ear examination, from the front of the neck',
    marks: ['ear'],
    muscles: ['sternocleidomastoid'],
    source: {
      source: 'seo_2004_otalgia_sternocleidomastoid',
      locator: 'abstract (case report): trigger points found and injected in the clavicular division',
    },
    note:
      'A 34-year-old woman with earache and normal otolaryngologic tests; trigger points were found in the ' +
      'clavicular division of the sternocleidomastoid and the earache was relieved by trigger point injection.',
  },
  {
    name: 'Earache with a tight shoulder-top muscle',
    marks: ['ear'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'chung_2014_otalgia_trapezius',
      locator:
        'abstract (case report): myofascial pain from the contracted trapezius, treated by intramuscular stimulation',
    },
    note:
      'A 48-year-old woman with two weeks of earache and normal otolaryngologic tests; severe contraction of the ' +
      'trapezius was found and two sessions of intramuscular stimulation relieved it. The abstract says ' +
      '"trapezius" and myofascial pain syndrome without the words "trigger point" or the part of the muscle; read ' +
      'as the upper trapezius. Doubtful: the weakest case of this half.',
  },
  // Neck and upper back
  {
    name: 'Neck pain in office workers with knots in the trapezius',
    marks: ['posterior_neck', 'upper_shoulder_top'],
    muscles: ['upper_trapezius'],
    source: { source: 'cerezo_tellez_2016_office_workers_trapezius_needling', locator: treated },
    note:
      'Forty-four office workers with neck pain and active trigger points in the trapezius; all trigger points ' +
      'found in the trapezius were deep dry-needled. The abstract does not say which part of the trapezius; read ' +
      'as the upper trapezius (neck pain). Not the same study as the population prevalence study of the same ' +
      'group used by an earlier set. Marks: back of the neck and the shoulder ridge.',
  },
  {
    name: 'Chronic neck pain years after a whiplash injury',
    marks: ['posterior_neck', 'upper_shoulder_top'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'freeman_2009_chronic_whiplash_trapezius',
      locator: 'abstract: trigger points in the upper trapezius infiltrated with lidocaine',
    },
    note:
      'Seventeen patients with chronic intractable neck pain after whiplash had anaesthetic infiltration of ' +
      'trigger points in the upper trapezius (on average 3.8 injections); neck motion, distant pressure pain ' +
      'thresholds and pain improved at once. No other muscle is named. Marks: back of the neck and the shoulder ' +
      'ridge (chronic neck pain).',
  },
  {
    name: 'One-sided chronic neck pain with a knot low in the trapezius',
    marks: ['posterior_neck'],
    muscles: ['lower_trapezius'],
    source: {
      source: 'pecos_martin_2015_lower_trapezius_neck_pain',
      locator: 'abstract: active trigger points in the lower trapezius, needled',
    },
    note:
      'Seventy-two people with unilateral mechanical neck pain of three months or more and active trigger points ' +
      'in the lower trapezius; needling the trigger point lowered pain and disability more than needling elsewhere ' +
      'in the muscle. No other muscle is named. Marked as the back of the neck (unilateral neck pain).',
  },
  {
    name: 'Neck, shoulder-blade and arm pain from a pinched cervical nerve root',
    marks: ['posterior_neck', 'scapula_medial_border', 'upper_arm_lateral'],
    muscles: ['levator_scapulae', 'splenius_capitis', 'rhomboids', 'upper_trapezius', 'multifidus'],
    source: {
      source: 'sari_2012_cervical_radiculopathy_trps',
      locator: 'abstract: active trigger points by prevalence in 244 patients with cervical radiculopathy',
    },
    note:
      'Active trigger points were most common in the levator scapulae (16.3%), splenius capitis (14.7%), rhomboid ' +
      'minor (14.3%), upper trapezius (13.5%), rhomboid major (10.2%) and multifidus (8.6%); the two rhomboids are ' +
      'one atlas muscle, placed at rhomboid minor\'s rank. The abstract also explored "deep paraspinal muscles" as ' +
      'a group (left out). The multifidus is the cervical multifidus here. The abstract names the neck, ' +
      "parascapular region and upper back as where trigger points lie; the arm mark is this file's reading of " +
      'radicular pain (Spurling-positive, MRI-confirmed radiculopathy).',
  },
  {
    name: 'Neck and jaw pain in survivors of head and neck cancer',
    marks: ['posterior_neck', 'lateral_neck', 'jaw_tmj'],
    muscles: ['temporalis', 'masseter', 'suboccipital_muscles', 'upper_trapezius'],
    source: {
      source: 'ortiz_comino_2020_head_neck_cancer_trps',
      locator: 'abstract: muscles it names; more trigger points in all muscles on the affected side than in controls',
    },
    note:
      'Thirty survivors of head and neck cancer with neck and/or jaw-joint pain had more trigger points than ' +
      'controls in all muscles explored on the affected side, and also in the temporalis, masseter and ' +
      'suboccipital muscles on the other side; neck pain intensity correlated with upper trapezius trigger ' +
      'points. The abstract does not list every muscle explored; these are the four it names, in its order. ' +
      'Marks: the neck and the jaw joint, as the abstract names them.',
  },
  {
    name: 'Myofascial pain after treatment for head and neck cancer',
    marks: ['lateral_neck', 'jaw_tmj'],
    muscles: ['sternocleidomastoid', 'masseter', 'upper_trapezius', 'temporalis'],
    source: {
      source: 'head_neck_cancer_india_2025_myofascial',
      locator: 'abstract: most affected muscles by prevalence in 82 patients with myofascial pain',
    },
    note:
      'Myofascial pain in 68% of 120 patients three months after surgery or radiotherapy; the most affected muscle ' +
      'was the sternocleidomastoid (55%), then masseter (29.2%), trapezius (25.8%) and temporalis (15%); the ' +
      'abstract read was cut off after the temporalis, so any further muscle is unknown. "Trapezius" is read as ' +
      'the upper trapezius. The abstract names no painful area: the marks are the side of the neck and the jaw ' +
      "(this file's reading of where these muscles are).",
  },
  // Shoulder
  {
    name: 'Impingement pain in overhead athletes',
    marks: ['anterior_shoulder', 'lateral_shoulder_deltoid'],
    muscles: ['upper_trapezius', 'infraspinatus'],
    source: {
      source: 'kamali_2019_overhead_athletes_dry_needling',
      locator: 'abstract: trigger points dry-needled in either muscle, in its order',
    },
    note:
      'Forty overhead athletes with unilateral shoulder impingement syndrome had trigger points of the upper ' +
      'trapezius or of the infraspinatus dry-needled; pain and disability fell alike in both groups. Abstract ' +
      'order. Marks: the usual front and side of the shoulder of impingement (the abstract names no area).',
  },
  {
    name: 'Shoulder pain when throwing in handball players',
    marks: ['posterior_shoulder', 'lateral_shoulder_deltoid'],
    muscles: ['teres_major'],
    source: {
      source: 'ceballos_laita_2021_handball_teres_major',
      locator: 'abstract: active trigger points in the teres major, needled under ultrasound',
    },
    note:
      'Thirty professional handball players with shoulder pain and active trigger points in the teres major; ' +
      'dry needling was compared with no treatment for pain during throwing. No other muscle is named. The ' +
      "abstract names no painful area: the marks are this file's reading (back and side of the throwing " +
      'shoulder).',
  },
  // Elbow and forearm
  {
    name: 'Tennis elbow treated with dry needling of the wrist extensor',
    marks: ['lateral_elbow', 'forearm_posterior'],
    muscles: ['extensor_carpi_radialis_brevis'],
    source: { source: 'hadi_2021_tennis_elbow_dry_needling', locator: treated },
    note:
      'Three women with lateral elbow pain (lateral epicondylitis); two had trigger points in the extensor carpi ' +
      'radialis brevis, which were needled (with the epicondyle periosteum). The abstract describes lateral elbow ' +
      'pain radiating down the forearm.',
  },
  {
    name: 'Tennis elbow with knots in the arm and forearm muscles',
    marks: ['lateral_elbow', 'forearm_posterior'],
    muscles: ['brachioradialis', 'biceps_brachii', 'extensor_carpi_radialis_brevis', 'triceps_brachii', 'supinator'],
    source: {
      source: 'aggarwal_2020_lateral_epicondylitis_trps',
      locator: 'abstract: muscles examined, most prevalent trigger points first',
    },
    note:
      'Forty people with acute or chronic lateral epicondylitis; trigger points were most prevalent in the ' +
      'brachioradialis, then biceps brachii, extensor carpi radialis (read as the brevis, the muscle examined), ' +
      'triceps brachii and, least, the supinator. The abstract does not say whether the trigger points counted ' +
      'were active. Marks: the outer elbow and back of the forearm (the usual area of tennis elbow).',
  },
  // Wrist and hand
  {
    name: 'Carpal tunnel symptoms treated at the arm and the crook of the elbow',
    marks: ['wrist_volar', 'palm', 'thumb', 'index_finger', 'middle_finger'],
    muscles: ['biceps_brachii', 'pronator_teres'],
    source: {
      source: 'hains_2010_carpal_tunnel_ischemic_compression',
      locator: 'abstract: trigger points given ischemic compression in the experimental group',
    },
    note:
      'Fifty-five patients with chronic carpal tunnel syndrome; the experimental treatment was ischemic compression ' +
      'of trigger points in the axilla, along the biceps, at the bicipital aponeurosis and in the pronator teres; ' +
      'only that group improved on the symptom questionnaire (controls had the deltoid, supraspinatus and ' +
      'infraspinatus treated). The axillary trigger points name no muscle and are left out. Marks: the usual ' +
      'median-nerve area of carpal tunnel symptoms (the abstract names none).',
  },
  // Chest wall
  {
    name: 'Front-of-chest pain in a beginner cross-country skier',
    marks: ['upper_chest'],
    muscles: ['pectoralis_minor'],
    source: {
      source: 'lawson_2011_pectoralis_minor_pseudoangina',
      locator: 'abstract (case report): chest pain traced to active trigger points in the pectoralis minor',
    },
    note:
      'A 58-year-old man with anterior chest pain and a normal cardiac work-up; the pain was caused by active ' +
      'trigger points in the pectoralis minor and resolved after four treatments. Marked as the upper chest ' +
      '(anterior chest pain), one side.',
  },
  {
    name: 'Chest pain after keyhole lung surgery',
    marks: ['lateral_chest'],
    muscles: ['rhomboids'],
    source: {
      source: 'hsu_2024_thoracoscopic_rhomboid_massage',
      locator: 'abstract: trigger points in the lower rhomboid treated by stripping massage',
    },
    note:
      'Sixty adults with chest pain (VAS 4 or more) after thoracoscopic surgery; stripping massage of trigger ' +
      'points in the lower rhomboid, added to analgesics, lowered pain from day 3 to day 30. The abstract names ' +
      'no other muscle and no area beyond "chest pain": marked as the side of the chest (the port sites of ' +
      "thoracoscopy), which is this file's reading.",
  },
]
