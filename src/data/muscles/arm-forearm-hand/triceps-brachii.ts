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
      location:
        'In the middle of the long head on the back-inner side of the upper arm, a few finger widths below the back fold of the armpit.',
      clinicalLocation:
        'Mid-belly of the long head several centimetres distal to the posterior axillary fold, on the posteromedial arm; pincer palpation lifting it off the humerus.',
      position: { part: 'long_head', along: 0.4, around: 0 },
      essentialZone: ['upper_arm_posterior', 'posterior_shoulder'],
      spilloverZone: ['upper_shoulder_top', 'forearm_posterior'],
    },
    {
      id: 'medial_head',
      label: 'TrP2 (medial head)',
      location: 'Deep in the lower outer part of the back of the arm, a few finger widths above the outer elbow.',
      clinicalLocation:
        'Lateral border of the distal medial (deep) head, a few centimetres above the lateral epicondyle; flat palpation against the humerus.',
      position: { part: 'medial_head', along: 0.85, around: 0.75 },
      essentialZone: ['lateral_elbow'],
      spilloverZone: ['forearm_posterior'],
    },
    {
      id: 'lateral_head',
      label: 'TrP3 (lateral head)',
      location: 'In the outer edge of the lateral head, about halfway down the back of the upper arm.',
      clinicalLocation:
        'Mid-belly of the lateral head along the lateral border of the posterior arm, near the radial groove; flat palpation against the humerus, minding the radial nerve.',
      position: { part: 'lateral_head', along: 0.5, around: 0.75 },
      essentialZone: ['upper_arm_posterior'],
      spilloverZone: ['forearm_posterior', 'ring_finger', 'little_finger'],
    },
    {
      id: 'medial_border',
      label: 'Medial-border TrP (medial head)',
      location:
        'On the inner side of the back of the upper arm, just above the bony bump on the inner side of the elbow.',
      clinicalLocation:
        'Medial border of the distal medial (deep) head, just proximal to the medial epicondyle; flat palpation against the humerus with the elbow slightly flexed, staying clear of the ulnar nerve, which runs close by toward the groove behind the epicondyle.',
      position: { part: 'medial_head', along: 0.85, around: 0.25 },
      essentialZone: ['medial_elbow'],
      spilloverZone: ['forearm_anterior', 'ring_finger', 'little_finger'],
    },
  ],
  referredPain:
    'The long head sends pain up the back of the arm to the back of the shoulder, sometimes toward the base of the neck and down the back of the forearm; the medial head sends pain to the outer elbow, a part of "tennis elbow" pain; the lateral head aches in the middle of the back of the arm and sometimes down the forearm to the ring and little fingers; a less common point on the inner border just above the elbow sends pain to the inner elbow bump (the "golfer\'s elbow" area), sometimes along the inner forearm toward the ring and little fingers.',
  clinicalSummary:
    'Long-head trigger points refer to the posterior arm and shoulder, sometimes to the upper trapezius region and the dorsal forearm; the distal medial head refers to the lateral epicondyle (a component of "tennis elbow") and, from its medial border, to the medial epicondyle and the volar ulnar forearm toward the ring and little fingers; the lateral head refers over the posterior arm. Elbow extension against load is painful, and combined full elbow and shoulder flexion is limited. Lateral-head taut bands can compress the radial nerve in the spiral groove; the medial-border pattern overlaps ulnar neuropathy and C7 to C8 radiculopathy.',
  symptoms: [
    'Vague pain at the back of the shoulder and upper arm.',
    'Outer elbow pain, like tennis elbow.',
    'Less often, pain at the inner elbow, in the spot known as "golfer\'s elbow".',
    'Pain when straightening the elbow against a load, such as pushing up from a chair.',
  ],
  perpetuatingFactors: [
    'Walking with crutches or a stick for long periods.',
    'Push-ups and other pressing exercises, and repeated forceful elbow straightening.',
    'Tennis and golf.',
    'Leaning on the elbows for long periods.',
  ],
  associatedMuscles: [
    'latissimus_dorsi',
    'deltoid',
    'biceps_brachii',
    'brachioradialis',
    'extensor_carpi_radialis_longus',
  ],
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
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the triceps brachii and anconeus muscles; pain-pattern figures, pp. 668-669',
    },
  ],
} as const satisfies Muscle
