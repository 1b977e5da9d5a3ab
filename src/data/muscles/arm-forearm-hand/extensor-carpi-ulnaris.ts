/** Extensor carpi ulnaris: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const extensorCarpiUlnaris = {
  name: 'Extensor carpi ulnaris',
  latin: 'Musculus extensor carpi ulnaris',
  synonyms: ['ECU', 'ulnar wrist extensor'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Extensor carpi ulnaris', fma: { left: 'FMA38508', right: 'FMA38507' } }],
  attachments: {
    origin:
      'The outer elbow bump (lateral epicondyle of the humerus) through the common extensor tendon, and the back edge of the ulna.',
    insertion: 'The little-finger side of the base of the little-finger bone in the hand (fifth metacarpal).',
  },
  actions: ['Bends the wrist back and tilts it toward the little-finger side.', 'Steadies the wrist during gripping.'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'ECU TrP',
      location:
        'On the little-finger side of the back of the forearm, in its upper third, close to the ridge of the ulna bone.',
      clinicalLocation:
        'Proximal third of the ECU along the posterior border of the ulna, several centimetres distal to the lateral epicondyle; flat palpation against the ulna with the forearm pronated, confirmed by resisted wrist extension with ulnar deviation.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['wrist_dorsal'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain on the little-finger side of the back of the wrist.',
  clinicalSummary:
    'Refers to the ulnar side of the dorsal wrist from a trigger point in the proximal third of the muscle along the ulna. It usually develops with the other wrist and finger extensors after gripping overload with the wrist held in ulnar deviation. The pain area overlaps ECU tendinopathy or instability, distal radioulnar joint and triangular fibrocartilage disorders, which need to be examined for.',
  symptoms: [
    'Pain on the little-finger side of the back of the wrist ("wrist pain").',
    'Soreness in the wrist after gripping and twisting.',
  ],
  perpetuatingFactors: [
    'Repeated gripping with the wrist bent toward the little finger, as when hammering or swinging a racquet.',
    'Typing with the wrists angled outward.',
  ],
  associatedMuscles: [
    'extensor_carpi_radialis_brevis',
    'extensor_carpi_radialis_longus',
    'extensor_digitorum',
    'flexor_carpi_ulnaris',
  ],
  selfCare: {
    stretch: {
      name: 'Wrist-down, thumb-side stretch',
      steps: [
        'Hold the sore arm out in front with the elbow straight and the palm facing down.',
        'Bend the wrist down and angle the hand toward the thumb side.',
        'With the other hand, press gently on the back of the hand near the little finger.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel clicking or sharp pain on the little-finger side of the wrist.',
        'Keep it gentle after a wrist injury.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure beside the ulna',
      steps: [
        'Rest the sore forearm on a table, palm down.',
        'Find the bony ridge of the ulna on the little-finger side of the back of the forearm.',
        'Press tender spots just beside it, in the upper third of the forearm, for 20 to 30 seconds.',
        'Move along in small steps.',
      ],
      cautions: ['Keep the pressure tolerable.', 'Move off if you feel tingling into the hand.'],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing' },
    {
      id: 'ergonomic_workstation',
      note: 'A keyboard and mouse position that keeps the wrists straight rather than angled outward.',
    },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'dry_needling' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the hand extensor and brachioradialis muscles' },
  ],
  uncertain:
    "The pain pattern rests on Travell and Simons' clinical descriptions; a re-check found forearm trigger-point studies in tennis elbow, but none that examined the extensor carpi ulnaris on its own.",
} as const satisfies Muscle
