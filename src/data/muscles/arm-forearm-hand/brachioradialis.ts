/** Brachioradialis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const brachioradialis = {
  name: 'Brachioradialis',
  latin: 'Musculus brachioradialis',
  synonyms: ['supinator longus', 'forearm muscle'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Brachioradialis', fma: { left: 'FMA38487', right: 'FMA38486' } }],
  attachments: {
    origin:
      'The ridge on the outer side of the lower arm bone, above the outer elbow (lateral supracondylar ridge of the humerus).',
    insertion: 'The outer side of the lower end of the radius, just above the wrist.',
  },
  actions: [
    'Bends the elbow, most strongly with the thumb pointing up.',
    'Helps bring the forearm back to a thumb-up position from palm up or palm down.',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Brachioradialis TrP',
      location:
        'On the thumb side of the upper forearm, one or two finger widths below the elbow crease, in the muscle you feel bulge when you bend the elbow with the thumb up.',
      clinicalLocation:
        'Proximal belly 1 to 2 cm distal to the elbow crease, radial to the biceps tendon and superficial to the supinator; pincer palpation lifting the muscle off the radius with the forearm in mid-position (thumb up).',
      position: { along: 0.35, around: 0 },
      essentialZone: ['thumb', 'wrist_dorsal'],
      spilloverZone: ['lateral_elbow', 'forearm_posterior'],
    },
  ],
  referredPain: 'Pain to the back of the wrist and the web between the thumb and index finger, and to the outer elbow.',
  clinicalSummary:
    "Refers to the dorsal wrist and the dorsal first web space (thumb web), with spillover to the lateral epicondyle. Usually involved together with the radial wrist extensors and the supinator after forceful gripping with the forearm in mid-position. The thumb-web referral overlaps de Quervain tenosynovitis and first carpometacarpal arthritis, and the superficial radial nerve runs beneath the muscle. In lateral epicondylalgia, active trigger points in the brachioradialis and the wrist and finger extensors reproduced the patients' elbow and forearm pain.",
  symptoms: [
    'Pain in the thumb web and wrist, and at the outer elbow.',
    'A weak, painful grip and dropping things such as a cup.',
    'In people with lateral elbow pain (tennis elbow), active trigger points in this and the wrist and finger extensors reproduced their elbow and forearm pain.',
  ],
  perpetuatingFactors: [
    'Repeated forceful gripping with the thumb up, such as lifting mugs or jugs.',
    'Firm handshakes, using a screwdriver or trowel, and ironing.',
    'Racquet sports.',
  ],
  associatedMuscles: ['extensor_carpi_radialis_longus', 'extensor_digitorum', 'biceps_brachii'],
  selfCare: {
    stretch: {
      name: 'Straight-arm forearm stretch',
      steps: [
        'Hold the sore arm out in front with the elbow straight and the palm facing down.',
        'Bend the wrist down and turn the hand slightly toward the little-finger side.',
        'With the other hand, press gently on the back of the hand to deepen the stretch.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel tingling in the hand or sharp pain at the elbow.',
        'Persistent pain at the outer elbow with weakness deserves a clinician check.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure below the outer elbow',
      steps: [
        'Rest the sore forearm on a table with the thumb pointing up.',
        'Find the muscle just below the elbow crease on the thumb side by bending the elbow slightly against resistance.',
        'Relax the arm and press tender spots with the thumb of the other hand for 20 to 30 seconds.',
        'Work down the upper third of the forearm in small steps.',
      ],
      cautions: [
        'A nerve branch runs under this muscle: if you feel tingling toward the thumb, move off.',
        'Keep the pressure tolerable, and use your knuckles or a tool if your thumbs hurt.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Lifting with the palm facing up or with both hands, and pacing gripping work.' },
    { id: 'ergonomic_workstation', note: 'Tools with larger, softer handles to lower the grip force needed.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'dry_needling' },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the hand extensor and brachioradialis muscles; pain-pattern figure, p. 693',
    },
    { source: 'fernandez_carnero_2007_lateral_epicondylalgia' },
  ],
} as const satisfies Muscle
