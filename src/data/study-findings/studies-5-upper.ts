/**
 * Study findings, fifth set (written as the fifth blind case set, measured once as such on
 * 2026-12-04 and since then the study term's data; `./index.ts`, which also names what the lead
 * left out before that measurement).
 *
 * The upper half of the fifth blind case set (issue #9): head, face, jaw, neck, shoulder, upper back,
 * arm, elbow, forearm, hand and chest wall. Written 2026-12-04 (the fifth set) under the blind rule: by
 * someone who never read the ranking, the muscles' zones, the pain guides, the study findings or the
 * earlier case sets, and never ran the ranking or the app. Studies: `../sources/blind-case-studies-5-upper.ts`.
 *
 * How the cases were read: each case is one study's patients with one regional complaint. `marks` are the
 * regions such a person would mark on one side: the painful area the abstract names where it names one,
 * else the usual area of the complaint (the note says which). `muscles` are the atlas muscles the abstract
 * reports as holding (preferably active) trigger points, or as the muscles whose trigger points were
 * examined or treated in these patients, the most prevalent first where the abstract ranks them, else in
 * the abstract's order. Muscles the atlas lacks, or named only as a group, are left out and noted.
 */
import type { StudyFinding } from './types.ts'

/** The upper-body half of the fifth set of study findings (see index.ts for the rules it was written by). */
export const studies5Upper: readonly StudyFinding[] = [
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
  {
    name: 'Neck and shoulder myofascial pain from trapezius trigger points, injected under ultrasound',
    marks: ['upper_shoulder_top', 'posterior_neck', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'healthcare_2019_trapezius_ultrasound_guided_injection',
      locator:
        'abstract: 41 patients with trapezius myofascial pain syndrome; MTrP injection (ultrasound-guided vs blind); pain VAS, SPADI and NDI',
    },
    note:
      'The abstract says "trapezius" without naming a part; it is read as the upper trapezius because the outcomes were ' +
      'neck (NDI) and shoulder (SPADI) disability and shoulder movement. It names no painful area; marks are the top of ' +
      'the shoulder and the back and side of the neck. Authors were not shown on the records read.',
  },
  {
    name: 'Neck pain in fibromyalgia from trapezius trigger points, treated by dry needling',
    marks: ['posterior_neck', 'upper_shoulder_top', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'demirhan_2023_fibromyalgia_neck_trapezius_dry_needling',
      locator:
        'abstract: fibromyalgia patients with neck pain related to MTrPs in the trapezius muscle; DN of trapezius MTrPs weekly for 4 sessions; VAS and NDI improved',
    },
    note:
      'A retrospective series of fibromyalgia patients whose complaint studied here was neck pain from trapezius ' +
      'trigger points. The abstract says "trapezius" without naming a part; with neck pain and the Neck Disability ' +
      'Index as outcomes it is read as the upper trapezius. Marks are the back and side of the neck and the top of ' +
      'the shoulder (the usual area; the abstract names only "neck"). The widespread fibromyalgia pain is not marked.',
  },
  {
    name: 'Tension-type headache with sensitive trigger points in the upper trapezius and suboccipital muscles',
    marks: ['occiput', 'forehead', 'temple', 'posterior_neck'],
    muscles: ['upper_trapezius', 'suboccipital_muscles'],
    source: {
      source: 'jmmt_2024_tension_headache_trigger_point_sensitivity_posture',
      locator:
        'abstract: 72 patients with TTH; MTrP sensitivity (PPT) of bilateral upper trapezius and suboccipital muscles; no correlation with headache parameters',
    },
    note:
      'A doubtful reading: the abstract measured the pressure pain threshold at trigger points of the upper trapezius ' +
      'and suboccipital muscles (abstract order) in TTH patients but reports no prevalence of active trigger points, ' +
      'and found no link with headache frequency or disability. The abstract names no painful area; marks are the ' +
      'usual tension-type headache band plus the back of the neck. Authors and volume were not shown on the record read.',
  },
  {
    name: 'Jaw joint disc displacement with myofascial pain referred from masseter trigger points',
    marks: ['jaw_tmj', 'cheek_maxilla'],
    muscles: ['masseter'],
    source: {
      source: 'korkmaz_2023_masseter_trps_disc_displacement',
      locator:
        'abstract: participants with disc displacement with reduction with/without myofascial pain with referral from trigger points in the masseter; the masseter group had higher VAS and chronic pain grade',
    },
    note:
      'Only the masseter is named (the study chose masseter trigger points with referral). The abstract names no ' +
      'painful area beyond the temporomandibular joint; marks are the jaw joint and the cheek over the masseter.',
  },
  {
    name: 'Chronic neck pain from trapezius trigger points, injected at the trigger points or the innervation zone',
    marks: ['posterior_neck', 'upper_shoulder_top', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'zheng_2015_trapezius_innervation_zone_lidocaine',
      locator:
        'abstract: 120 patients with myofascial pain syndrome of the trapezius and chronic neck pain caused by MTrPs; lidocaine or saline at the MTrPs or at the mid-upper (and lower) trapezius innervation zone',
    },
    note:
      'The abstract names the trapezius without a part; with chronic neck pain and injections at the mid-upper ' +
      'trapezius it is read as the upper trapezius. The lower trapezius was an injection site for its innervation ' +
      'zone, not a trigger point site, and is left out. The painful area named is the neck; marks are the back and ' +
      'side of the neck and the top of the shoulder.',
  },
  {
    name: 'Neck and shoulder myofascial pain with active trigger points in the upper trapezius or levator scapulae, electrically needled',
    marks: ['posterior_neck', 'upper_shoulder_top', 'lateral_neck'],
    muscles: ['upper_trapezius', 'levator_scapulae'],
    source: {
      source: 'lee_2008_neck_shoulder_needle_electrical_stimulation',
      locator:
        'abstract: 40 adults with active MTrPs in the upper trapezius or levator scapulae; 4 weekly NEIMS sessions; VAS, PPT, cervical and shoulder ROM',
    },
    note:
      'The title names shoulder and cervical myofascial pain syndrome; the abstract names the two muscles holding the ' +
      'active trigger points (abstract order; it does not say how many patients had each). It names no painful area ' +
      'beyond neck and shoulder; marks are the back and side of the neck and the top of the shoulder.',
  },
  {
    name: 'Neck pain from an active upper trapezius trigger point eased by needling a forearm extensor trigger point',
    marks: ['upper_shoulder_top', 'posterior_neck', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'tsai_2010_remote_dry_needling_upper_trapezius',
      locator:
        'abstract: 35 patients with active MTrPs in the upper trapezius; dry needling into the MTrP in the extensor carpi radialis longus vs sham; neck pain, PPT and cervical ROM',
    },
    note:
      'The complaint is upper trapezius myofascial pain (outcomes were its pain, pressure threshold and neck range of ' +
      'motion). The extensor carpi radialis longus trigger point is the distant one the protocol needled, not a muscle ' +
      'found as a source of the neck pain: the writer listed it second as doubtful, and the lead left it out before ' +
      'the set was measured (a muscle chosen by the protocol, as in the fourth set). The abstract names no painful ' +
      'area; marks are the usual area of upper trapezius pain.',
  },
  {
    name: 'Cervical myofascial pain with active upper trapezius trigger points treated by physical modalities',
    marks: ['posterior_neck', 'upper_shoulder_top', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'hou_2002_cervical_myofascial_physical_modalities',
      locator:
        'abstract: 119 subjects with palpably active MTrPs; myofascial pain in the upper trapezius muscle; ischemic compression and other modalities',
    },
    note:
      'Only the upper trapezius is named. The title calls the complaint cervical myofascial pain; the abstract names no ' +
      'painful area, so marks are the back and side of the neck and the top of the shoulder. One muscle only.',
  },
  {
    name: 'Upper trapezius myofascial pain treated by dry needling or physiotherapy modalities',
    marks: ['upper_shoulder_top', 'posterior_neck', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'rayegani_2014_upper_trapezius_dry_needling_physiotherapy',
      locator:
        'abstract: 28 patients with myofascial pain syndrome of the upper trapezius muscle; dry needling vs physiotherapy; pain and PPT of the trigger point',
    },
    note:
      'Only the upper trapezius is named. The abstract names no painful area (resting, night and activity pain); marks are ' +
      'the usual area of upper trapezius myofascial pain: top of the shoulder, back and side of the neck. One muscle only.',
  },
  {
    name: 'Elderly patients with upper trapezius myofascial pain needled at trigger points with or without paraspinal needling',
    marks: ['posterior_neck', 'upper_shoulder_top', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'ga_2007_elderly_upper_trapezius_paraspinal_needling',
      locator:
        'abstract: 40 subjects aged 63-90 with myofascial pain syndrome of the upper trapezius; dry needling of all TrPs with or without paraspinal needling; pain and cervical ROM',
    },
    note:
      'Only the upper trapezius is named (the paraspinal needling was an added treatment site, not a trigger point ' +
      'muscle, and is left out). Outcomes were pain and cervical range of motion; marks are the back and side of the ' +
      'neck and the top of the shoulder. One muscle only.',
  },
  {
    name: 'Cervicogenic headache from an active sternocleidomastoid trigger point, dry needled or compressed',
    marks: ['occiput', 'temple', 'forehead', 'lateral_neck'],
    muscles: ['sternocleidomastoid'],
    source: {
      source: 'togha_2020_cervicogenic_headache_scm_needling_compression',
      locator:
        'abstract: 29 women with cervicogenic headache originating from MTrPs in the sternocleidomastoid; dry needling vs ischemic compression vs control',
    },
    note:
      'Only the sternocleidomastoid is named. The abstract names no painful area beyond the headache; marks are the usual ' +
      'area of a one-sided cervicogenic headache (from the back of the head over the temple to the forehead) plus the ' +
      'side of the neck where the muscle lies. One muscle only.',
  },
  {
    name: 'Cervical myofascial pain with active upper trapezius trigger points treated by laser and pressure release',
    marks: ['posterior_neck', 'upper_shoulder_top', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'alayat_2020_cervical_myofascial_laser_pressure_release',
      locator:
        'abstract: 50 patients with cervical myofascial pain syndrome and MTrPs in the upper trapezius; pulsed Nd:YAG laser or placebo plus progressive pressure release',
    },
    note:
      'Only the upper trapezius is named. The title calls the complaint cervical myofascial pain syndrome; marks are the ' +
      'back and side of the neck and the top of the shoulder. One muscle only.',
  },
  {
    name: 'Myofascial pain with upper trapezius trigger points treated by miniscalpel-needle release or acupuncture needling',
    marks: ['upper_shoulder_top', 'posterior_neck', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'ma_2010_upper_trapezius_miniscalpel_needle_release',
      locator:
        'abstract: 83 myofascial TrPs of the upper trapezius in 43 patients with MPS; miniscalpel-needle release, acupuncture needling or self neck-stretching; pain, PPT, cervical ROM',
    },
    note:
      'Only the upper trapezius is named. The abstract names no painful area (outcomes: pain, pressure threshold and ' +
      'neck side-bending); marks are the usual area of upper trapezius pain. One muscle only.',
  },
]
