/** Flexor carpi ulnaris: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const flexorCarpiUlnaris = {
  name: 'Flexor carpi ulnaris',
  latin: 'Musculus flexor carpi ulnaris',
  synonyms: ['FCU', 'ulnar wrist flexor'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [
    { id: 'humeral_head', name: 'Humeral head', fma: { left: 'FMA38618', right: 'FMA38617' } },
    { id: 'ulnar_head', name: 'Ulnar head', fma: { left: 'FMA38620', right: 'FMA38619' } },
  ],
  attachments: {
    origin:
      'Humeral head: the inner elbow bump (medial epicondyle of the humerus) through the common flexor tendon. Ulnar head: the inner edge of the point of the elbow (olecranon) and the upper two-thirds of the back edge of the ulna.',
    insertion:
      'The pea-shaped bone on the little-finger side of the wrist (pisiform) and, through ligaments, the hook of the hamate and the base of the fifth metacarpal.',
  },
  actions: [
    'Bends the wrist and tilts it toward the little-finger side.',
    'Steadies the wrist during a strong grip, hammering or chopping.',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'FCU TrP',
      location:
        'On the little-finger side of the front of the forearm, in its upper third, a few finger widths below the inner elbow.',
      clinicalLocation:
        'Proximal third of the FCU along the ulnar border of the volar forearm, ulnar to the flexor digitorum superficialis; flat palpation against the ulna with the forearm supinated, confirmed by resisted wrist flexion with ulnar deviation. The ulnar nerve enters the forearm between the two heads (cubital tunnel) and runs beneath the muscle.',
      position: { part: 'humeral_head', along: 0.3, around: 0 },
      essentialZone: ['wrist_volar'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain on the little-finger side of the front of the wrist.',
  clinicalSummary:
    'Refers to the ulnar side of the volar wrist from a trigger point in the proximal ulnar forearm. The ulnar nerve passes between its two heads and runs deep to it, so paraesthesia in the ring and little fingers or intrinsic weakness points to ulnar neuropathy rather than a trigger point; pisotriquetral and triangular fibrocartilage disorders overlap the pain area. The humeral head shares the common flexor origin at the medial epicondyle, the site of medial epicondylalgia ("golfer\'s elbow"), which is examined separately.',
  symptoms: [
    'Pain on the little-finger side of the front of the wrist ("wrist pain").',
    'Pain when gripping hard, hammering or chopping.',
    'The muscle starts at the inner elbow, where "golfer\'s elbow" pain is felt, but its own trigger points send pain to the wrist.',
  ],
  perpetuatingFactors: [
    'Repeated gripping with the wrist bent toward the little finger: hammering, chopping, racquet sports.',
    'Long spells of forceful gripping.',
  ],
  associatedMuscles: [
    'flexor_carpi_radialis',
    'palmaris_longus',
    'extensor_carpi_ulnaris',
    'flexor_digitorum_superficialis',
  ],
  selfCare: {
    stretch: {
      name: 'Palm-up wrist stretch toward the thumb side',
      steps: [
        'Hold the sore arm out in front with the elbow straight and the palm facing up.',
        'With the other hand, bend the wrist gently back and angle the hand toward the thumb side.',
        'Keep the fingers relaxed.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: ['Stop if you feel tingling in the ring or little finger.', 'Keep it gentle after a wrist injury.'],
    },
    selfPressure: {
      name: 'Thumb pressure on the inner forearm',
      steps: [
        'Rest the sore forearm on a table, palm up.',
        'Place the thumb of the other hand on the little-finger edge of the forearm, a few finger widths below the inner elbow.',
        'Press tender spots against the bone for 20 to 30 seconds.',
        'Move along in small steps toward the wrist.',
      ],
      cautions: [
        'Stay away from the groove behind the inner elbow bump (the "funny bone"), where the ulnar nerve lies close under the skin.',
        'Move off at once if you feel tingling in the ring or little finger.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Breaks from hammering, chopping and other forceful gripping.' },
    { id: 'ergonomic_workstation', note: 'Tools with handles that let the wrist stay straight.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection', note: 'Placed with the ulnar nerve, which runs beneath the muscle, in mind.' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter on the hand and finger flexors in the forearm' }],
} as const satisfies Muscle
