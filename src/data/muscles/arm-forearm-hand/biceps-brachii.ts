/** Biceps brachii: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const bicepsBrachii = {
  name: 'Biceps brachii',
  latin: 'Musculus biceps brachii',
  synonyms: ['biceps', 'bicep', 'bis'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [
    { id: 'long_head', name: 'Long head', fma: { left: 'FMA37687', right: 'FMA37686' } },
    { id: 'short_head', name: 'Short head', fma: { left: 'FMA37685', right: 'FMA37684' } },
  ],
  attachments: {
    origin:
      'Long head: just above the shoulder socket (supraglenoid tubercle), its tendon running over the top of the arm bone. Short head: the coracoid process, the small hook of the shoulder blade at the front of the shoulder.',
    insertion:
      'The bump on the upper radius below the elbow (radial tuberosity) and, through a flat band, the fascia of the inner forearm.',
  },
  actions: [
    'Turns the forearm palm up (supination), most strongly with the elbow bent.',
    'Bends the elbow.',
    'Helps raise the arm forward; the long head helps steady the shoulder joint.',
  ],
  triggerPoints: [
    {
      id: 'long_head',
      label: 'Long head TrP',
      location: 'In the lower third of the outer half of the biceps, a few finger widths above the elbow crease.',
      clinicalLocation:
        'Distal third of the lateral (long-head) belly, a few centimetres above the elbow crease; pincer palpation with the elbow slightly flexed.',
      position: { part: 'long_head', along: 0.7, around: 0 },
      essentialZone: ['anterior_shoulder', 'upper_arm_anterior'],
      spilloverZone: ['scapula_body', 'forearm_anterior'],
    },
    {
      id: 'short_head',
      label: 'Short head TrP',
      location: 'In the lower third of the inner half of the biceps, a few finger widths above the elbow crease.',
      clinicalLocation:
        'Distal third of the medial (short-head) belly; pincer palpation, staying on the muscle and off the neurovascular bundle in the medial bicipital groove.',
      position: { part: 'short_head', along: 0.7, around: 0 },
      essentialZone: ['anterior_shoulder', 'upper_arm_anterior'],
      spilloverZone: ['scapula_body', 'forearm_anterior'],
    },
  ],
  referredPain:
    'A superficial ache that travels up over the biceps to the front of the shoulder, sometimes to the top of the shoulder blade and a mild ache in the elbow crease.',
  clinicalSummary:
    'Refers superficially upward over the biceps to the anterior deltoid region, with spillover to the suprascapular region and the antecubital fossa. Resisted supination and elbow flexion, and overhead elevation, reproduce the pain; elbow extension with the shoulder extended is limited. Easily mistaken for bicipital tendinopathy or subacromial pain; infraspinatus and anterior deltoid trigger points often coexist.',
  symptoms: [
    'Aching at the front of the shoulder, often taken for biceps tendinitis.',
    'Pain or weakness when raising the arm above the head.',
    'Pain when turning the palm up against resistance, as with a screwdriver.',
  ],
  perpetuatingFactors: [
    'Lifting or carrying heavy things with the palms up and the elbows bent.',
    'Repeated turning of the forearm, such as using a screwdriver.',
    'A sudden overload, for example a strong backhand stroke.',
  ],
  associatedMuscles: ['deltoid', 'triceps_brachii'],
  selfCare: {
    stretch: {
      name: 'Biceps stretch against a doorframe',
      steps: [
        'Stand beside a doorframe or wall with the sore arm straight out behind you at about shoulder height.',
        'Place the palm against the frame, thumb pointing down, with the elbow straight.',
        'Turn your body slowly away from the arm until you feel a stretch along the front of the arm and shoulder.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel pinching or a catch at the front of the shoulder.',
        'After a recent biceps tendon injury, ask a clinician before stretching.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure on the lower biceps',
      steps: [
        'Sit with the sore forearm resting on your thigh or a table, elbow slightly bent.',
        'With the thumb of the other hand, press into tender spots in the lower half of the biceps for 20 to 30 seconds.',
        'Or grasp the muscle between thumb and fingers and squeeze gently.',
        'Work from just above the elbow up toward the shoulder.',
      ],
      cautions: [
        'Avoid pressing deep on the inner side of the arm, where the main nerves and artery run.',
        'Keep the pressure tolerable.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'rest_pacing',
      note: 'Carrying loads close to the body with the palms down or facing in, and pacing screwdriver-type work.',
    },
    {
      id: 'ergonomic_workstation',
      note: "Keeping heavy items within easy reach, so they are not lifted palm up at arm's length.",
    },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Biceps Brachii Muscle"; pain-pattern figure, p. 649' },
  ],
} as const satisfies Muscle
