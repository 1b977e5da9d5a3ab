/** Palmaris longus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const palmarisLongus = {
  name: 'Palmaris longus',
  latin: 'Musculus palmaris longus',
  synonyms: ['palmaris', 'long palmar muscle'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Palmaris longus', fma: { left: 'FMA38464', right: 'FMA38463' } }],
  attachments: {
    origin: 'The inner elbow bump (medial epicondyle of the humerus) through the common flexor tendon.',
    insertion:
      'The tough sheet under the skin of the palm (palmar aponeurosis) and the band across the front of the wrist (flexor retinaculum).',
  },
  actions: [
    'Tightens the sheet of the palm, as when cupping the hand.',
    'Helps bend the wrist.',
    'It is missing in some people, on one or both sides.',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Palmaris longus TrP',
      location: 'On the front of the forearm, in its upper half, near the middle.',
      clinicalLocation:
        'Proximal-to-mid volar forearm in the palmaris longus belly, superficial, between the flexor carpi radialis radially and the flexor carpi ulnaris ulnarly; the tendon is visible at the wrist when the hand is cupped against resistance, and following it up locates the belly.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['palm'],
      spilloverZone: ['forearm_anterior'],
    },
  ],
  referredPain:
    'A superficial, prickling, needle-like pain in the palm, sometimes reaching a little into the lower front of the forearm.',
  clinicalSummary:
    'Refers a superficial, prickling pain to the palm over the palmar aponeurosis, with some spillover to the distal volar forearm; tools that press into the palm become hard to use. Palpate in the proximal-mid volar forearm between the FCR and FCU. Travell and Simons discuss its relation to palmar fascial thickening (Dupuytren contracture), a separate fibrosing condition that needs its own assessment; carpal tunnel syndrome and palmar tenosynovitis also enter the differential.',
  symptoms: [
    'A prickling, sore palm, making it painful to hold tools that press into the palm.',
    'Palm pain and tenderness after gripping.',
  ],
  perpetuatingFactors: [
    'Gripping tools that press into the palm, such as a trowel, shears or a racquet handle.',
    'Leaning on the palms or pressing hard with them.',
  ],
  associatedMuscles: ['flexor_carpi_radialis', 'flexor_carpi_ulnaris', 'flexor_digitorum_superficialis'],
  selfCare: {
    stretch: {
      name: 'Palm-up wrist stretch',
      steps: [
        'Hold the sore arm out in front with the elbow straight and the palm facing up.',
        'With the other hand, bend the wrist and fingers gently back toward the floor.',
        'Keep the fingers straight and spread the palm open.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: ['Stop if you feel tingling or numbness in the fingers.', 'Keep it gentle after a wrist injury.'],
    },
    selfPressure: {
      name: 'Thumb pressure on the front of the forearm',
      steps: [
        'Rest the sore forearm on a table, palm up.',
        'Cup the hand firmly to make the tendon stand out at the wrist, then follow it up the middle of the forearm.',
        'Relax the hand and press tender spots in the upper half of the forearm for 20 to 30 seconds.',
        'Move along in small steps.',
      ],
      cautions: [
        'Keep away from the inner side of the elbow crease, where the main artery and nerve run.',
        'Move off if you feel tingling into the fingers.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'ergonomic_workstation', note: 'Padded or larger tool handles that spread the pressure across the palm.' },
    { id: 'rest_pacing' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Palmaris Longus Muscle"' },
    {
      source: 'yammine_2013_palmaris_longus_agenesis',
      locator:
        'meta-analysis of 26 studies: absent on one or both sides in about 20% overall, with wide differences between populations',
    },
  ],
  uncertain:
    'Described mainly by Travell and Simons; a re-check found no study of trigger points in this muscle. A 2013 meta-analysis found it missing on one or both sides in about one person in five (far fewer in some East Asian and African groups), so in many people there is no muscle to hold the trigger point.',
} as const satisfies Muscle
