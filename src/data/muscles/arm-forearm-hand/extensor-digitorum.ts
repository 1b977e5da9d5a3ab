/** Extensor digitorum: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const extensorDigitorum = {
  name: 'Extensor digitorum',
  latin: 'Musculus extensor digitorum',
  synonyms: ['finger extensor', 'extensor digitorum communis', 'EDC'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Extensor digitorum', fma: { left: 'FMA38502', right: 'FMA38501' } }],
  attachments: {
    origin: 'The outer elbow (lateral epicondyle of the humerus), through the common extensor tendon.',
    insertion:
      'Through four tendons, the backs of the index, middle, ring and little fingers (extensor hoods onto the middle and end bones).',
  },
  actions: ['Straightens the fingers.', 'Helps bend the wrist back, and steadies the wrist during a strong grip.'],
  triggerPoints: [
    {
      id: 'middle_finger',
      label: 'Middle-finger extensor TrP',
      location:
        'On the back of the upper forearm, a few finger widths below the outer elbow; lifting the middle finger makes it tighten under your thumb.',
      clinicalLocation:
        'Proximal third of the extensor digitorum a few centimetres distal to the lateral epicondyle; flat palpation against the radius with the forearm pronated, localised by resisted extension of the middle finger.',
      position: { along: 0.15, around: 0 },
      essentialZone: ['forearm_posterior', 'back_of_hand', 'middle_finger'],
      spilloverZone: ['lateral_elbow', 'wrist_dorsal'],
    },
    {
      id: 'ring_finger',
      label: 'Ring-finger extensor TrP',
      location:
        'A little further down and toward the little-finger side than the middle-finger point; lifting the ring finger makes it tighten.',
      clinicalLocation:
        'Slightly distal and ulnar to the middle-finger fibres; localised by resisted extension of the ring finger.',
      position: { along: 0.22, around: 0 },
      essentialZone: ['forearm_posterior', 'ring_finger'],
      spilloverZone: ['back_of_hand', 'little_finger'],
    },
  ],
  referredPain:
    'Down the back of the forearm to the back of the hand and into the finger that the affected fibres move, usually stopping short of the fingertip; sometimes at the outer elbow.',
  clinicalSummary:
    'Refers along the dorsal forearm to the dorsum of the hand and into the finger served by the involved fibres, usually stopping short of the fingertip; the middle-finger fibres may also refer to the lateral epicondyle. Finger stiffness, a painful grip and cramping are typical, and resisted extension of the middle finger reproduces the pain. Active trigger points were common in lateral epicondylalgia. Differential: metacarpophalangeal and interphalangeal arthritis, extensor tendinopathy, posterior interosseous neuropathy and C7 radiculopathy.',
  symptoms: [
    'Pain and stiffness in the fingers, sometimes mistaken for arthritis.',
    'A weak grip and painful cramping of the fingers.',
    'Outer elbow and forearm pain (part of "tennis elbow").',
  ],
  perpetuatingFactors: [
    'Repetitive finger work such as typing or playing the piano, with the fingers held lifted.',
    'Forceful or prolonged gripping of tools or racquets.',
  ],
  associatedMuscles: ['extensor_carpi_radialis_longus', 'brachioradialis'],
  selfCare: {
    stretch: {
      name: 'Fist-and-wrist stretch',
      steps: [
        'Hold the sore arm out in front with the elbow straight and the palm facing down.',
        'Curl the fingers into a loose fist.',
        'Bend the wrist down and press gently on the back of the fingers with the other hand.',
        'Hold for about 30 seconds while breathing slowly, then release and open the hand.',
      ],
      cautions: [
        'Stop if you feel tingling or numbness in the fingers.',
        'Keep the stretch gentle if your finger joints are swollen or arthritic.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure on the back of the forearm',
      steps: [
        'Rest the sore forearm on a table, palm down.',
        'Place the thumb of the other hand on the back of the forearm a few finger widths below the elbow.',
        'Lift the middle or ring finger to find the part of the muscle that tightens, then relax the hand.',
        'Press tender spots for 20 to 30 seconds and move along in small steps.',
      ],
      cautions: ['Keep the pressure tolerable.', 'Move off if you feel tingling toward the hand.'],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Short, frequent breaks from typing or playing.' },
    {
      id: 'ergonomic_workstation',
      note: 'Resting the hands between keystrokes instead of holding the fingers lifted.',
    },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'therapeutic_massage' },
    { id: 'dry_needling' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the finger extensor muscles; pain-pattern figure, p. 715',
    },
    { source: 'fernandez_carnero_2007_lateral_epicondylalgia' },
  ],
} as const satisfies Muscle
