/** Flexor carpi radialis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const flexorCarpiRadialis = {
  name: 'Flexor carpi radialis',
  latin: 'Musculus flexor carpi radialis',
  synonyms: ['FCR', 'radial wrist flexor', 'wrist flexor'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Flexor carpi radialis', fma: { left: 'FMA38461', right: 'FMA38460' } }],
  attachments: {
    origin: 'The inner elbow bump (medial epicondyle of the humerus) through the common flexor tendon.',
    insertion:
      'The front of the bases of the index- and middle-finger bones in the hand (second and third metacarpals).',
  },
  actions: [
    'Bends the wrist and tilts it toward the thumb side.',
    'Helps turn the palm down and bend the elbow a little.',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'FCR TrP',
      location: 'On the front of the forearm near the middle of its width, a few finger widths below the elbow crease.',
      clinicalLocation:
        'Proximal third of the FCR on the volar forearm, ulnar to the pronator teres and radial to the palmaris longus; flat palpation against the underlying flexor digitorum superficialis with the forearm supinated, confirmed by resisted wrist flexion with radial deviation.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['wrist_volar'],
      spilloverZone: ['forearm_anterior', 'palm'],
    },
  ],
  referredPain:
    'Pain at the middle of the front of the wrist crease, spreading a little up into the forearm and down into the palm.',
  clinicalSummary:
    'Refers to the centre of the volar wrist crease, with spillover into the distal forearm and palm. Strong gripping and resisted wrist flexion reproduce the pain. The pattern overlaps carpal tunnel syndrome, which is told apart by median-distribution paraesthesia, provocation tests and nerve conduction studies, and FCR tenosynovitis at the scaphoid tubercle. The muscle arises from the common flexor-pronator origin at the medial epicondyle, the site of medial epicondylalgia ("golfer\'s elbow"), which is examined separately: its own trigger points refer to the wrist.',
  symptoms: [
    'Pain at the front of the wrist ("wrist pain"), sometimes taken for carpal tunnel trouble.',
    'Pain when gripping hard or using scissors, shears or pliers.',
    'The muscle starts at the inner elbow, where "golfer\'s elbow" pain is felt, but its own trigger points send pain to the wrist.',
  ],
  perpetuatingFactors: [
    'Forceful or repeated gripping with the wrist bent: hand tools, shears, racquets, climbing holds.',
    'Long spells of work with the wrist held bent.',
  ],
  associatedMuscles: ['flexor_carpi_ulnaris', 'palmaris_longus', 'pronator_teres', 'flexor_digitorum_superficialis'],
  selfCare: {
    stretch: {
      name: 'Palm-up wrist-flexor stretch',
      steps: [
        'Hold the sore arm out in front with the elbow straight and the palm facing up.',
        'With the other hand, bend the wrist gently back toward the floor, angling the hand slightly toward the little-finger side.',
        'Keep the fingers relaxed.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel tingling or numbness in the thumb or fingers.',
        'Keep it gentle after a wrist injury or fracture.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure on the upper front of the forearm',
      steps: [
        'Rest the sore forearm on a table, palm up.',
        'Bend the wrist against the other hand to feel the muscle tighten near the middle of the forearm, then relax.',
        'Press tender spots a few finger widths below the elbow crease for 20 to 30 seconds.',
        'Move along in small steps toward the wrist.',
      ],
      cautions: [
        'Keep below the elbow crease: the main artery and nerve run through it.',
        'Move off if you feel tingling into the fingers.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Breaks from gripping work.' },
    { id: 'ergonomic_workstation', note: 'Larger, softer tool handles lower the grip force needed.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'therapeutic_massage' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter on the hand and finger flexors in the forearm' }],
} as const satisfies Muscle
