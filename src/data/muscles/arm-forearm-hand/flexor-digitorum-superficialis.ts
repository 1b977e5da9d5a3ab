/** Flexor digitorum superficialis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const flexorDigitorumSuperficialis = {
  name: 'Flexor digitorum superficialis',
  latin: 'Musculus flexor digitorum superficialis',
  synonyms: ['FDS', 'flexor digitorum sublimis', 'superficial finger flexor', 'finger flexor'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Flexor digitorum superficialis', fma: { left: 'FMA38471', right: 'FMA38470' } }],
  attachments: {
    origin:
      'Humero-ulnar head: the inner elbow bump (medial epicondyle of the humerus) and the coronoid process of the ulna. Radial head: the upper front of the radius.',
    insertion:
      'Through four tendons, the sides of the middle bones of the index, middle, ring and little fingers (middle phalanges).',
  },
  actions: ['Bends the fingers at their middle joints and at the knuckles.', 'Helps bend the wrist.'],
  triggerPoints: [
    {
      id: 'middle_finger',
      label: 'Middle-finger fibres TrP',
      location:
        'Near the middle of the front of the forearm, a little toward the thumb side, under the surface wrist flexors; bending the middle finger makes it tighten.',
      clinicalLocation:
        'Radial-head fibres serving the middle finger in the mid volar forearm, deep to the flexor carpi radialis and palmaris longus; localised by resisted flexion of the middle finger at the proximal interphalangeal joint with the other fingers relaxed. The median nerve runs on the deep surface of the muscle.',
      position: { along: 0.45, around: 0 },
      essentialZone: ['middle_finger'],
      spilloverZone: ['palm'],
    },
    {
      id: 'ulnar_fingers',
      label: 'Ring- and little-finger fibres TrP',
      location:
        'In the upper half of the front of the forearm toward the little-finger side; bending the ring or little finger makes it tighten.',
      clinicalLocation:
        'Humero-ulnar head fibres serving the ring and little fingers in the proximal-mid volar forearm, radial to the flexor carpi ulnaris; localised by resisted flexion of the ring or little finger.',
      position: { along: 0.35, around: 0 },
      essentialZone: ['ring_finger', 'little_finger'],
      spilloverZone: ['palm'],
    },
  ],
  referredPain:
    'Pain that shoots along the palm side of the finger that the affected fibres bend, out to the fingertip: the middle finger from one part of the muscle, the ring and little fingers from another.',
  clinicalSummary:
    'Refers along the volar aspect of the digit served by the involved fibres, extending to and, patients say, beyond the fingertip: the middle finger from the radial head, the ring and little fingers from the humero-ulnar head. Trigger points lie in the mid volar forearm under the superficial wrist flexors and are localised by resisted flexion of the individual finger. The median nerve runs on its deep surface and can be compressed beneath its fibrous arch, so numbness in the median territory needs neurological assessment. Differential: stenosing flexor tenosynovitis (trigger finger), carpal tunnel syndrome, C7 to C8 radiculopathy and arthritis of the finger joints.',
  symptoms: [
    'Pain shooting into the middle, ring or little finger on the palm side, sometimes described as going out past the fingertip.',
    'Aching fingers and palm after gripping, writing or using scissors.',
    'Finger pain that can be mistaken for arthritis or carpal tunnel trouble.',
  ],
  perpetuatingFactors: [
    'Prolonged or forceful gripping: tools, a steering wheel, racquets, climbing holds.',
    'Long spells of work with the fingers curled.',
  ],
  associatedMuscles: [
    'flexor_digitorum_profundus',
    'flexor_carpi_radialis',
    'flexor_carpi_ulnaris',
    'palmaris_longus',
    'extensor_digitorum',
  ],
  selfCare: {
    stretch: {
      name: 'Finger-flexor stretch',
      steps: [
        'Hold the sore arm out in front with the elbow straight and the palm facing up.',
        'With the other hand, bend the fingers gently back, keeping them straight.',
        'Then let the wrist bend back too, until you feel a stretch along the front of the forearm.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel tingling or numbness in the fingers.',
        'Keep the stretch gentle if the finger joints are swollen or arthritic.',
      ],
    },
    selfPressure: {
      name: 'Gentle pressure on the middle of the forearm',
      steps: [
        'Rest the sore forearm on a table, palm up.',
        'Bend one finger at a time against the other hand to feel which part of the forearm tightens, then relax.',
        'Press that spot gently with the thumb for 20 to 30 seconds.',
        'Move along in small steps.',
      ],
      cautions: [
        'The median nerve runs under this muscle: keep the pressure moderate and stop if you feel tingling in the thumb or fingers.',
        'Keep below the elbow crease and away from the pulse at the wrist.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'Moderate pressure only, because of the nerve beneath.' },
    { id: 'rest_pacing', note: 'Breaks from gripping, and letting the fingers open fully between tasks.' },
    { id: 'ergonomic_workstation', note: 'Thicker, softer handles need less finger force.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'therapeutic_massage' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter on the hand and finger flexors in the forearm' }],
} as const satisfies Muscle
