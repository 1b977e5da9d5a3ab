/**
 * The upper half of the fifth blind case set (issue #9): head, face, jaw, neck, shoulder, upper back,
 * arm, elbow, forearm, hand and chest wall. Written 2026-12-04 (the fifth set) under the blind rule: by
 * someone who never read the ranking, the muscles' zones, the pain guides, the study findings or the
 * earlier case sets, and never ran the ranking or the app. Studies: `blind-case-studies-5-upper.ts`.
 *
 * How the cases were read: each case is one study's patients with one regional complaint. `marks` are the
 * regions such a person would mark on one side: the painful area the abstract names where it names one,
 * else the usual area of the complaint (the note says which). `muscles` are the atlas muscles the abstract
 * reports as holding (preferably active) trigger points, or as the muscles whose trigger points were
 * examined or treated in these patients, the most prevalent first where the abstract ranks them, else in
 * the abstract's order. Muscles the atlas lacks, or named only as a group, are left out and noted.
 */
import type { GuideCase } from './heldOutCases.ts'

export const blindCases5Upper: readonly GuideCase[] = [
  {
    name: 'Chronic tension-type headache felt at the temple and behind the eye (temporalis trigger points)',
    marks: ['temple', 'forehead', 'eye_orbit'],
    muscles: ['temporalis'],
    source: {
      source: 'fernandez_de_las_penas_2007_temporalis_ctth',
      locator: 'abstract: 30 CTTH patients vs 30 controls; temporalis TrPs evoked referred pain in 87%/54% of sides',
    },
    note:
      'Only the temporalis was examined. The abstract says the evoked referred pain spread to the temple, with ' +
      'extra referral behind the eyes in most patients; marks are the temple, forehead (band of the headache) and ' +
      'eye region. One muscle only.',
  },
  {
    name: 'Chronic tension-type headache in women: suboccipital, trapezius and masseter referral areas',
    marks: ['forehead', 'temple', 'occiput'],
    muscles: ['suboccipital_muscles', 'upper_trapezius', 'masseter'],
    source: {
      source: 'fernandez_de_las_penas_2010_ctth_referred_pain_areas',
      locator:
        'abstract: 13 women with CTTH; active TrPs most prevalent in suboccipital (92%), superior oblique, upper trapezius, masseter',
    },
    note:
      'Abstract ranking kept, less the superior oblique (an eye muscle the atlas lacks). Sternocleidomastoid, ' +
      'splenius capitis and levator scapulae were also searched, but the abstract gives no prevalence for them, so ' +
      'they are left out. The abstract names no painful area; marks are the usual band of a tension-type headache ' +
      '(forehead, temple, back of the head).',
  },
  {
    name: 'Myofascial pain of the jaw muscles treated by needling (masseter and temporalis)',
    marks: ['jaw_tmj', 'cheek_maxilla', 'temple'],
    muscles: ['masseter', 'temporalis'],
    source: {
      source: 'mcmillan_1997_jaw_muscle_dry_needling_procaine',
      locator:
        'abstract: 30 subjects with myofascial pain in the jaws; trigger points needled or injected; PPT measured in masseter and temporalis',
    },
    note:
      'A trial (dry needling, procaine, placebo) in people with myofascial jaw pain. The abstract names the ' +
      'masseter and temporalis as the jaw muscles measured; read as the muscles holding the treated trigger points ' +
      '(abstract order). The painful area is "the jaws"; marks are the jaw, cheek over the masseter and temple.',
  },
  {
    name: 'Lateral elbow pain in pianists with forearm extensor trigger points',
    marks: ['lateral_elbow', 'forearm_posterior'],
    muscles: ['extensor_carpi_radialis_brevis', 'extensor_digitorum'],
    source: {
      source: 'mora_relucio_2016_pianists_lateral_epicondylalgia',
      locator:
        'abstract: 52 pianists; MTrPs located in ECRB and EDC; relevant MTrPs strongly associated with LE diagnosis and forearm pain',
    },
    note:
      'Only two epicondylar muscles were examined (ECRB, then extensor digitorum communis, abstract order). The ' +
      'abstract ties the relevant trigger points to lateral epicondylalgia and forearm pain; marks are the outer ' +
      'elbow and back of the forearm.',
  },
  {
    name: 'Unilateral shoulder impingement pain on raising the arm, treated at shoulder trigger points',
    marks: ['lateral_shoulder_deltoid', 'anterior_shoulder', 'upper_arm_lateral'],
    muscles: ['supraspinatus', 'levator_scapulae', 'infraspinatus', 'pectoralis_major'],
    source: {
      source: 'hidalgo_lozano_2011_shoulder_impingement_case_series',
      locator:
        'abstract: 12 patients; active TrPs in shoulder muscles treated; PPT over levator scapulae, supraspinatus, infraspinatus, pectoralis major',
    },
    note:
      'Doubtful reading: the abstract says every active TrP found in the shoulder muscles was treated but does not ' +
      'list them; the muscles listed are those over which pressure pain was measured (tibialis anterior, a distant ' +
      'control site, left out). Supraspinatus first because its PPT gain tracked the fall in pain; the rest in ' +
      'abstract order. Pain was on arm elevation; marks are the usual impingement area (side and front of the ' +
      'shoulder, outer upper arm).',
  },
  {
    name: 'Lateral epicondylalgia in rock climbers treated with trigger point dry needling',
    marks: ['lateral_elbow', 'forearm_posterior'],
    muscles: ['extensor_carpi_radialis_longus', 'extensor_carpi_radialis_brevis', 'brachioradialis', 'supinator'],
    source: {
      source: 'gonzalez_iglesias_2011_rock_climbers_lateral_epicondylalgia',
      locator:
        'abstract: 9 climbers with LE; TrP dry needling; PPT over extensor carpi radialis, extensor carpi brevis, brachioradialis, supinator',
    },
    note:
      'Doubtful reading: a multimodal case series (manipulation, mobilisation, TrP dry needling, tape). The abstract ' +
      'does not say which muscles were needled; the muscles listed are the four whose pressure pain was followed ' +
      '("extensor carpi radialis" read as the longus), in abstract order. Marks are the usual tennis-elbow area.',
  },
  {
    name: 'Neck and shoulder myofascial pain from an upper trapezius trigger point, injected or needled',
    marks: ['upper_shoulder_top', 'posterior_neck', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'hong_1994_lidocaine_vs_dry_needling',
      locator:
        'abstract: 58 patients with a myofascial TrP of the upper trapezius, lidocaine injection vs dry needling; cervical ROM outcome',
    },
    note:
      'A study from the project catalogue, used by its existing id. Only the upper trapezius was treated. The ' +
      'abstract names no painful area (cervical range of motion was an outcome); marks are the usual area of ' +
      'upper trapezius myofascial pain: top of the shoulder, back and side of the neck.',
  },
  {
    name: 'Upper trapezius trigger points in patients treated by dry needling or ischemic compression',
    marks: ['upper_shoulder_top', 'posterior_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'ziaeifar_2016_upper_trapezius_dry_needling',
      locator:
        'abstract: 31 patients with myofascial trigger points in the upper trapezius; dry needling vs ischemic compression',
    },
    note:
      'Only the upper trapezius was studied. The abstract names no painful area; marks are the usual area of upper ' +
      'trapezius myofascial pain (top of the shoulder, back of the neck). One muscle only.',
  },
  {
    name: 'Pain in the upper and lower back teeth of one side referred from a masseter trigger point',
    marks: ['teeth_upper', 'teeth_lower', 'cheek_maxilla'],
    muscles: ['masseter'],
    source: {
      source: 'pubmed_14503837_masseter_referred_toothache',
      locator:
        'abstract: case report; pain of the upper and lower left quadrants referred to the teeth from a masseter trigger point; injection abolished it',
    },
    note:
      'A single case. The abstract names the painful area (upper and lower left quadrants of the dentition) and one ' +
      'muscle; the cheek is added as the usual area over the masseter. One muscle only.',
  },
  {
    name: 'Non-traumatic shoulder pain examined for trigger points in three shoulder muscles',
    marks: ['lateral_shoulder_deltoid', 'anterior_shoulder', 'upper_arm_anterior'],
    muscles: ['infraspinatus', 'deltoid', 'biceps_brachii'],
    source: {
      source: 'bron_2007_shoulder_trigger_point_palpation',
      locator:
        'abstract: 32 patients with shoulder pain (impingement, rotator cuff disease, bursitis); MTrPs palpated in infraspinatus, anterior deltoid, biceps brachii',
    },
    note:
      'A reliability study: it reports agreement, not prevalence, so the muscles are those the authors chose to ' +
      'examine in shoulder-pain patients, in abstract order (infraspinatus first, where agreement on the presence of ' +
      'trigger points was best; the anterior deltoid read as the deltoid). The abstract names no painful area; ' +
      'marks are the usual area of non-traumatic shoulder pain.',
  },
  {
    name: 'Older adults with chronic myofascial pain of the upper trapezius, needled or injected',
    marks: ['upper_shoulder_top', 'posterior_neck', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'pubmed_18160923_elderly_upper_trapezius_needling',
      locator:
        'abstract: 39 elderly patients with myofascial pain syndrome of one or both upper trapezius muscles; all trigger points needled or injected',
    },
    note:
      'Only the upper trapezius was treated; outcomes included range of neck movement. The abstract names no ' +
      'painful area; marks are the usual area of upper trapezius pain (top of the shoulder, back and side of the ' +
      'neck). One muscle only.',
  },
  {
    name: 'Myofascial neck pain with upper trapezius trigger points on one side (ultrasound, injection, stretching)',
    marks: ['posterior_neck', 'upper_shoulder_top', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'esenyel_2000_upper_trapezius_treatment',
      locator:
        'abstract: 102 patients with myofascial trigger points in one side of the upper trapezius; ultrasound or TrP injection plus neck stretching',
    },
    note:
      'Only the upper trapezius was studied; neck-stretching exercises were the common treatment. The abstract ' +
      'names no painful area; marks are the usual area of upper trapezius pain. One muscle only.',
  },
  {
    name: 'Myofascial jaw pain with sleep bruxism, needled in the masseter and temporalis',
    marks: ['jaw_tmj', 'cheek_maxilla', 'temple'],
    muscles: ['masseter', 'temporalis'],
    source: {
      source: 'blasco_bonora_2017_bruxism_tmd_dry_needling',
      locator:
        'abstract: 17 patients with sleep bruxism and myofascial TMD; deep dry needling of active MTrPs in the masseter and temporalis',
    },
    note:
      'Only these two muscles were needled (abstract order). The record read for the DOI was a reference list that ' +
      'cites this article; the abstract itself was read on the journal and PubMed-derived pages. The abstract names ' +
      'no painful area beyond myofascial TMD; marks are the usual jaw, cheek and temple area.',
  },
  {
    name: 'Neck and upper back myofascial pain from the upper and middle trapezius, injected',
    marks: ['posterior_neck', 'upper_shoulder_top', 'interscapular'],
    muscles: ['upper_trapezius', 'middle_trapezius'],
    source: {
      source: 'yoon_2009_trapezius_needle_size_injection',
      locator:
        'abstract: 77 volunteers with myofascial pain syndrome of the upper and middle trapezius; TrP injection; VAS for neck and upper-back pain',
    },
    note:
      'The abstract names the muscles (upper then middle trapezius) and the painful area (neck and upper back); ' +
      'marks are the back of the neck, top of the shoulder and the area between the shoulder blades.',
  },
  {
    name: 'Recurrent tension-type headache treated by trigger point massage of the neck',
    marks: ['occiput', 'forehead', 'temple', 'posterior_neck'],
    muscles: ['upper_trapezius', 'suboccipital_muscles'],
    source: {
      source: 'moraska_2015_tension_headache_trigger_point_massage',
      locator:
        'abstract: 56 patients with TTH; massage focused on MTrPs in cervical muscles; PPT at MTrPs in the upper trapezius and suboccipital muscles',
    },
    note:
      'The massage treated trigger points in the "cervical musculature"; the abstract names the upper trapezius and ' +
      'suboccipital muscles as the trigger point sites measured (abstract order). The abstract names no painful ' +
      'area; marks are the usual tension-type headache band plus the back of the neck.',
  },
]
