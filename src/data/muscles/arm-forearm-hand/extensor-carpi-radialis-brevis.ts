/** Extensor carpi radialis brevis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const extensorCarpiRadialisBrevis = {
  name: 'Extensor carpi radialis brevis',
  latin: 'Musculus extensor carpi radialis brevis',
  synonyms: ['ECRB', 'short radial wrist extensor', 'wrist extensor'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Extensor carpi radialis brevis', fma: { left: 'FMA38499', right: 'FMA38498' } }],
  attachments: {
    origin:
      'The outer elbow bump (lateral epicondyle of the humerus) through the common extensor tendon, and the ligament at the outer side of the elbow.',
    insertion: 'The back of the base of the middle-finger bone in the hand (third metacarpal).',
  },
  actions: ['Bends the wrist back.', 'Holds the wrist steady when the fingers grip, so the grip is strong.'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'ECRB TrP',
      location:
        'On the back of the forearm in its upper third, a little further down from the elbow than the longer wrist extensor, between it and the finger extensor.',
      clinicalLocation:
        'Proximal belly of the ECRB in the upper third of the dorsal forearm, between the extensor carpi radialis longus radially and the extensor digitorum ulnarly; flat palpation against the radius with the forearm pronated, confirmed by resisted wrist extension with the fingers relaxed.',
      position: { along: 0.25, around: 0 },
      essentialZone: ['back_of_hand', 'wrist_dorsal'],
      spilloverZone: ['lateral_elbow', 'forearm_posterior'],
    },
  ],
  referredPain:
    'Pain on the back of the wrist and hand; in people with tennis elbow, pressing it can also bring on their outer elbow pain and an ache along the back of the forearm.',
  clinicalSummary:
    "Travell and Simons describe referral to the dorsum of the wrist and hand. In lateral epicondylalgia, active trigger points in the wrist extensors were common and reproduced the patients' lateral elbow and forearm pain, and soft-tissue treatment aimed at the myofascial component improved pain and function in small trials. Grip weakens because the wrist cannot be held extended. The ECRB tendon is also the main site of lateral elbow tendinopathy, so tendon and trigger-point sources often coexist; the deep branch of the radial nerve runs beneath its fibrous edge, so radial tunnel syndrome belongs in the differential.",
  symptoms: [
    'Pain on the back of the wrist and hand ("wrist pain").',
    'Outer elbow pain ("tennis elbow") with a weak, painful grip.',
    'Dropping things, and pain when lifting with the palm facing down.',
    'In people with tennis elbow, pressing active trigger points in this and neighbouring forearm muscles reproduced their usual elbow and forearm pain.',
  ],
  perpetuatingFactors: [
    'Repeated or sustained gripping with the wrist bent back: a mouse, tools, a racquet.',
    'Lifting things with the palm facing down.',
    'Tennis backhands.',
  ],
  associatedMuscles: [
    'extensor_carpi_radialis_longus',
    'extensor_digitorum',
    'supinator',
    'brachioradialis',
    'extensor_carpi_ulnaris',
  ],
  selfCare: {
    stretch: {
      name: 'Wrist-extensor stretch',
      steps: [
        'Hold the sore arm out in front with the elbow straight and the palm facing down.',
        'Let the wrist bend down, keeping the hand in line with the forearm.',
        'With the other hand, press gently on the back of the hand.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel tingling into the hand.',
        'Stretch gently; a sore tendon at the elbow does not like being forced.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure on the upper forearm',
      steps: [
        'Rest the sore forearm on a table, palm down.',
        'Lift the wrist slightly against the other hand to feel the muscles tighten below the outer elbow, then relax.',
        'Press tender spots in the upper third of the back of the forearm with the thumb or knuckles for 20 to 30 seconds.',
        'Move along in small steps.',
      ],
      cautions: [
        'Keep off the bony point of the outer elbow itself.',
        'Move off if you feel tingling toward the hand.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Breaks from gripping and keyboard work.' },
    { id: 'ergonomic_workstation', note: 'Keyboard and mouse set so the wrists stay straight, not bent upward.' },
    { id: 'spray_and_stretch' },
    {
      id: 'manual_therapy',
      note: 'Soft-tissue treatment of forearm trigger points helped lateral elbow pain in small trials.',
    },
    { id: 'trigger_point_injection' },
    { id: 'dry_needling' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the hand extensor and brachioradialis muscles' },
    { source: 'fernandez_carnero_2007_lateral_epicondylalgia' },
    { source: 'shmushkevich_2013_lateral_epicondylalgia_review' },
  ],
} as const satisfies Muscle
