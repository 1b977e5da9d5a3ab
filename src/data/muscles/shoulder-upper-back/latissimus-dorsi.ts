/** Latissimus dorsi: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const latissimusDorsi = {
  name: 'Latissimus dorsi',
  latin: 'Musculus latissimus dorsi',
  synonyms: ['lats', 'lat', 'broadest back muscle'],
  area: 'shoulder_upper_back',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Latissimus dorsi', fma: { left: 'FMA13359', right: 'FMA13358' } }],
  attachments: {
    origin:
      'A broad sheet from the spines of the lower six thoracic vertebrae, the low-back fascia over the lumbar and sacral spine, the back of the pelvic rim, the lowest three or four ribs, and often the lower corner of the shoulder blade.',
    insertion: 'The floor of the groove at the front of the upper arm bone (intertubercular groove of the humerus).',
  },
  actions: [
    'Pulls the arm down and back and turns it inward.',
    'Pulls the body up toward the arms, as in climbing.',
    'Presses the shoulder down, and helps in forceful breathing out and coughing.',
  ],
  triggerPoints: [
    {
      id: 'axillary',
      label: 'Axillary TrP',
      location:
        'In the back fold of the armpit, about level with the middle of the shoulder blade; pinch the fold between thumb and fingers.',
      clinicalLocation:
        'Lateral latissimus in the posterior axillary fold at about the level of the mid-lateral scapular border, lying with the teres major; pincer palpation with the arm abducted to about 90 degrees.',
      // The sheet runs from the lower back up to the arm: 0.85 along its lateral edge is the fold
      // beside the mid-lateral scapular border, where the teres major's own axillary point lies.
      position: { along: 0.85, around: 0.75 },
      essentialZone: ['scapula_body'],
      spilloverZone: ['posterior_shoulder', 'upper_arm_medial', 'forearm_posterior', 'ring_finger', 'little_finger'],
    },
    {
      id: 'lower_lateral',
      label: 'Lower TrP (less common)',
      location: 'Lower down on the side of the trunk, in the outer edge of the muscle over the lower ribs.',
      clinicalLocation:
        'Lower anterolateral fibres over the lower ribs in the mid-axillary region; pincer palpation lifting the muscle off the chest wall.',
      position: { along: 0.35, around: 0.75 },
      essentialZone: ['anterior_shoulder'],
      spilloverZone: ['lateral_chest', 'flank'],
    },
  ],
  referredPain:
    'A constant ache around the lower corner of the shoulder blade and the middle back, which can spread to the back of the shoulder and down the inner side of the arm and forearm to the ring and little fingers. The less common lower point sends pain to the front of the shoulder and sometimes the side of the trunk.',
  clinicalSummary:
    'Axillary trigger points refer a constant ache to the inferior angle of the scapula and the surrounding mid-thoracic region, with spillover to the posterior shoulder and along the medial arm, forearm and ulnar hand to the ring and little fingers; the lower lateral trigger point refers to the anterior shoulder and the flank. The ache is little affected by movement, which makes its source hard to place; full overhead reach reproduces it. For the distal pattern consider C7 to C8 radiculopathy, thoracic outlet syndrome and ulnar neuropathy; for the scapular ache, thoracic facet and rib pain.',
  symptoms: [
    'A steady ache in the middle back that activity barely changes.',
    'Pain when reaching up and forward, or when pulling something down.',
  ],
  perpetuatingFactors: [
    'Repeatedly pulling down or hauling, or reaching up to high shelves.',
    'Sports and work that pull with the arms overhead, such as swimming, climbing, throwing or gardening.',
  ],
  associatedMuscles: ['triceps_brachii', 'deltoid', 'lower_trapezius'],
  selfCare: {
    stretch: {
      name: 'Overhead side-bend stretch',
      steps: [
        'Stand with your feet hip-width apart.',
        'Raise the arm of the sore side overhead and take hold of its wrist with the other hand.',
        'Lean your upper body gently to the opposite side, drawing the wrist up and over.',
        'Breathe slowly and hold for about 30 seconds.',
        'Come back to upright slowly.',
      ],
      cautions: [
        'Stop if you feel pinching in the shoulder.',
        'Do not twist or bounce while bending; keep it gentle if you have a back problem.',
      ],
    },
    selfPressure: {
      name: 'Pincer squeeze of the back armpit fold',
      steps: [
        'Rest the arm of the sore side on a table or the back of a chair.',
        'With the other hand, pinch the back fold of the armpit between thumb and fingers.',
        'Squeeze a tender spot for 20 to 30 seconds until it eases.',
        'Work along the fold from the armpit downward; or lie on your side on a ball for the lower part.',
      ],
      cautions: [
        'Do not press deep into the hollow of the armpit, where nerves and vessels run.',
        'Keep the pressure to a tolerable ache.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'ergonomic_workstation', note: 'Storing heavy items at waist to shoulder height, not overhead.' },
    { id: 'spray_and_stretch' },
    { id: 'therapeutic_massage' },
    { id: 'trigger_point_injection', note: 'Done with a pincer grip that lifts the muscle away from the chest wall.' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Latissimus Dorsi Muscle"; pain-pattern figure, p. 573' },
  ],
} as const satisfies Muscle
