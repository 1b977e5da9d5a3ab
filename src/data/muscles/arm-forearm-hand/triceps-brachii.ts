/** Triceps brachii: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const tricepsBrachii = {
  name: 'Triceps brachii',
  latin: 'Musculus triceps brachii',
  synonyms: ['triceps', 'tricep', 'tris', 'back of arm muscle'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [
    { id: 'long_head', name: 'Long head', fma: { left: 'FMA37700', right: 'FMA37699' } },
    { id: 'lateral_head', name: 'Lateral head', fma: { left: 'FMA37698', right: 'FMA37697' } },
    { id: 'medial_head', name: 'Medial head', fma: { left: 'FMA37696', right: 'FMA37695' } },
  ],
  attachments: {
    origin:
      'Long head: just below the shoulder socket (infraglenoid tubercle of the shoulder blade). Lateral head: the back of the arm bone above the groove for the radial nerve. Medial head: the back of the arm bone below that groove.',
    insertion: 'The point of the elbow (olecranon of the ulna).',
  },
  actions: [
    'Straightens the elbow.',
    'The long head also draws the arm back and toward the body and steadies the shoulder joint.',
  ],
  triggerPoints: [
    {
      id: 'long_head',
      label: 'TrP1 (long head)',
      location: 'In the middle of the long head on the back-inner side of the upper arm, a few finger widths below the back fold of the armpit.',
      position: { part: 'long_head', along: 0.4, around: 0 },
      essentialZone: ['upper_arm_posterior', 'posterior_shoulder'],
      spilloverZone: ['upper_shoulder_top', 'forearm_posterior'],
    },
    {
      id: 'medial_head',
      label: 'TrP2 (medial head)',
      location: 'Deep in the lower outer part of the back of the arm, a few finger widths above the outer elbow.',
      position: { part: 'medial_head', along: 0.85, around: 0.75 },
      essentialZone: ['lateral_elbow'],
      spilloverZone: ['forearm_posterior'],
    },
    {
      id: 'lateral_head',
      label: 'TrP3 (lateral head)',
      location: 'In the outer edge of the lateral head, about halfway down the back of the upper arm.',
      position: { part: 'lateral_head', along: 0.5, around: 0.75 },
      essentialZone: ['upper_arm_posterior'],
      spilloverZone: ['forearm_posterior', 'ring_finger', 'little_finger'],
    },
  ],
  referredPain:
    'The long head sends pain up the back of the arm to the back of the shoulder, sometimes toward the base of the neck and down the back of the forearm; the medial head sends pain to the outer elbow, a part of "tennis elbow" pain; the lateral head aches in the middle of the back of the arm and sometimes down the forearm to the ring and little fingers.',
  symptoms: [
    'Vague pain at the back of the shoulder and upper arm.',
    'Outer elbow pain, like tennis elbow.',
    'Pain when straightening the elbow against a load, such as pushing up from a chair.',
  ],
  perpetuatingFactors: [
    'Walking with crutches or a stick for long periods.',
    'Push-ups and other pressing exercises, and repeated forceful elbow straightening.',
    'Tennis and golf.',
    'Leaning on the elbows for long periods.',
  ],
  associatedMuscles: ['latissimus_dorsi', 'deltoid', 'biceps_brachii', 'brachioradialis', 'extensor_carpi_radialis_longus'],
  selfCare: {
    stretch: {
      name: 'Overhead triceps stretch',
      steps: [
        'Stand or sit tall and raise the sore arm overhead.',
        'Bend the elbow fully so the hand drops behind your head toward the shoulder blade.',
        'With the other hand on the bent elbow, press it gently back and in.',
        'Hold for about 30 seconds while breathing slowly, then lower the arm slowly.',
      ],
      cautions: [
        'Stop if you feel pinching in the shoulder or tingling into the hand.',
        'If you cannot raise the arm overhead comfortably, ask a clinician for another way.',
      ],
    },
    selfPressure: {
      name: 'Pincer and ball pressure on the back of the arm',
      steps: [
        'Sit with the sore arm resting on a table, elbow slightly bent.',
        'Grasp the back of the upper arm between the thumb and fingers of the other hand and squeeze tender spots for 20 to 30 seconds.',
        'For the lower outer part above the elbow, press with the fingertips.',
        'Or lean the back of the arm against a ball on a wall.',
      ],
      cautions: [
        'The radial nerve crosses the back of the arm: if you feel tingling into the hand, move off.',
        'Keep the pressure tolerable.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing', note: 'Pacing push-ups, pressing work, and long spells on crutches or a stick.' },
    { id: 'ergonomic_workstation', note: 'Armrests that support the forearms without leaning on the elbows.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the triceps brachii and anconeus muscles; pain-pattern figures, pp. 668-669' },
  ],
} as const satisfies Muscle
