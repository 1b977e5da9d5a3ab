/** Teres major: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const teresMajor = {
  name: 'Teres major',
  latin: 'Musculus teres major',
  synonyms: ['large round muscle'],
  area: 'shoulder_upper_back',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Teres major', fma: { left: 'FMA32552', right: 'FMA32551' } }],
  attachments: {
    origin:
      'The back of the lower corner of the shoulder blade (dorsal surface of the inferior angle and the lower lateral border of the scapula).',
    insertion:
      'The inner lip of the groove at the front of the upper arm bone (medial lip of the intertubercular groove of the humerus), beside the latissimus dorsi tendon.',
  },
  actions: [
    'Turns the arm inward (internal rotation).',
    'Pulls a raised arm down and back toward the body (adduction and extension).',
    'Works with the latissimus dorsi, for example when pulling down on something.',
  ],
  triggerPoints: [
    {
      id: 'medial',
      label: 'Medial TrP (on the shoulder blade)',
      location: 'On the back of the lower corner of the shoulder blade, where the muscle starts.',
      clinicalLocation:
        'Proximal (medial) portion of the teres major over the dorsal surface of the inferior angle of the scapula; flat palpation against the scapula with the patient prone and the arm abducted to about 90 degrees.',
      position: { along: 0.15, around: 0 },
      essentialZone: ['posterior_shoulder', 'upper_arm_posterior'],
      spilloverZone: ['forearm_posterior'],
    },
    {
      id: 'axillary',
      label: 'Lateral TrP (back armpit fold)',
      location:
        'In the back fold of the armpit, lower and further out, where the muscle runs beside the latissimus dorsi; pinch the fold between thumb and fingers.',
      clinicalLocation:
        'Lateral portion in the posterior axillary fold near the musculotendinous junction, lying with the latissimus dorsi; pincer palpation with the arm abducted, the teres major being the deeper, more cranial of the two muscles in the fold.',
      position: { along: 0.7, around: 0.75 },
      essentialZone: ['posterior_shoulder', 'upper_arm_posterior'],
      spilloverZone: ['forearm_posterior'],
    },
  ],
  referredPain:
    'An ache at the back of the shoulder cap and down the back of the upper arm, sometimes reaching the back of the forearm.',
  clinicalSummary:
    'Refers to the posterior deltoid region and over the long head of the triceps, occasionally to the dorsal forearm. The pain is felt mainly with movement, especially reaching forward and up, and little at rest; overhead elevation is only mildly restricted. Trigger points lie medially over the inferior angle of the scapula and laterally in the posterior axillary fold with the latissimus dorsi. The referral overlaps that of the teres minor, posterior deltoid and triceps long head, so palpation decides the source.',
  symptoms: [
    'Pain at the back of the shoulder ("shoulder pain") and the back of the upper arm when reaching forward and up.',
    'Little pain at rest.',
    'A slight loss of reach when lifting the arm fully overhead.',
  ],
  perpetuatingFactors: [
    'Repeated forceful pulling down or back, as in rowing, climbing or hauling.',
    'Holding the arm raised and forward for long periods.',
  ],
  associatedMuscles: ['latissimus_dorsi', 'teres_minor', 'triceps_brachii', 'subscapularis', 'infraspinatus'],
  selfCare: {
    stretch: {
      name: 'Overhead reach stretch',
      steps: [
        'Stand sideways next to a door frame, the sore side closest.',
        'Raise the sore arm overhead, bend the elbow and rest the forearm on the frame.',
        'Lean your body gently forward and away until you feel a stretch along the outer edge of the shoulder blade and the back of the armpit.',
        'Hold for about 30 seconds while breathing slowly, then come back slowly.',
      ],
      cautions: [
        'Stop if you feel pinching in the shoulder or tingling into the hand.',
        'If you cannot raise the arm overhead comfortably, ask a clinician for another way.',
      ],
    },
    selfPressure: {
      name: 'Pincer squeeze of the back armpit fold',
      steps: [
        'Rest the arm of the sore side on a table or the back of a chair.',
        'With the other hand, pinch the back fold of the armpit between thumb and fingers.',
        'Squeeze a tender spot for 20 to 30 seconds until it eases.',
        'For the point on the shoulder blade, lean the lower corner of the blade against a ball on a wall.',
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
    { id: 'rest_pacing', note: 'Breaking up long spells of pulling or overhead work.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection', note: 'Done with a pincer grip that lifts the fold away from the chest wall.' },
    { id: 'therapeutic_massage' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter "Teres Major Muscle"' }],
} as const satisfies Muscle
