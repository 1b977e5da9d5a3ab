/** Levator scapulae: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const levatorScapulae = {
  name: 'Levator scapulae',
  latin: 'Musculus levator scapulae',
  synonyms: ['levator', 'stiff neck muscle', 'shoulder blade lifter'],
  area: 'head_neck',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Levator scapulae', fma: { left: 'FMA32541', right: 'FMA32540' } }],
  attachments: {
    origin: 'Transverse processes of the top four neck vertebrae (C1 to C4).',
    insertion:
      'Inner (vertebral) edge of the shoulder blade, from its upper corner down to the start of its bony spine.',
  },
  actions: [
    'Lifts the shoulder blade and tips its outer end downward.',
    'With the shoulder blade fixed, bends the neck to the same side and helps turn it to the same side.',
    'Working on both sides, steadies the neck against bending forward.',
  ],
  triggerPoints: [
    {
      id: 'angle_of_neck',
      label: 'Upper TrP',
      location:
        'At the angle where the neck meets the shoulder, just where the muscle comes out from under the front edge of the upper trapezius.',
      clinicalLocation:
        'Mid-belly at the angle of the neck, where the muscle emerges from beneath the anterior border of the upper trapezius; seated patient with the arm supported, the trapezius edge displaced posteriorly and the band rolled under the fingers by flat cross-fibre palpation against the deeper cervical structures.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['posterior_neck', 'upper_shoulder_top'],
      spilloverZone: ['scapula_medial_border', 'posterior_shoulder'],
    },
    {
      id: 'above_scapula',
      label: 'Lower TrP',
      location: 'About a finger width above the upper inner corner of the shoulder blade.',
      clinicalLocation:
        'Near the musculotendinous junction just cranial to the superior angle of the scapula, deep to the upper and middle trapezius; flat palpation against the underlying rib with the scapula slightly depressed.',
      position: { along: 0.9, around: 0 },
      essentialZone: ['posterior_neck', 'upper_shoulder_top'],
      spilloverZone: ['scapula_medial_border', 'posterior_shoulder'],
    },
  ],
  referredPain:
    'Pain gathers at the angle where the neck meets the shoulder, and may spread down the inner edge of the shoulder blade and to the back of the shoulder.',
  clinicalSummary:
    'Travell and Simons describe referral concentrated at the angle of the neck, with spillover along the vertebral border of the scapula and to the posterior shoulder. The hallmark is restricted rotation toward the same side, so the patient turns the trunk to look behind (the classic stiff neck); flexion is limited at end range. Differentiate from cervical facet and disc disorders, C5-C6 radiculopathy and scapulocostal causes; the upper trapezius, splenius cervicis and scalenes are commonly involved as well.',
  symptoms: [
    'A stiff, painful neck that will not turn fully toward the sore side.',
    'Having to turn the whole body to look behind, for example when reversing a car.',
    'Aching at the base of the neck that worsens with sitting or standing still for long.',
  ],
  perpetuatingFactors: [
    'Holding a phone between ear and shoulder.',
    'Working for long periods with the head turned to one side, such as reading papers laid flat beside a keyboard.',
    'Sleeping with the neck tilted, or on a pillow of the wrong height.',
    'Cold air or drafts on the neck, and emotional stress.',
    'Armrests too high, or walking with crutches or a stick that push the shoulder up.',
  ],
  associatedMuscles: ['upper_trapezius', 'splenius_capitis', 'scalenes', 'rhomboids'],
  selfCare: {
    stretch: {
      name: 'Seated levator scapulae stretch',
      steps: [
        'Sit upright and hold the edge of the chair seat with the hand of the sore side, to keep that shoulder blade down.',
        'Turn your head about halfway toward the other side.',
        'Let your chin drop toward the opposite knee, as if looking at that pocket.',
        'Rest the other hand on the back of your head and add only its weight for a gentle stretch.',
        'Breathe slowly and hold for about 30 seconds, then come back up with the hand supporting your head.',
      ],
      cautions: [
        'Stretch to a comfortable pull, never into sharp pain.',
        'Stop and seek advice if you feel tingling, numbness or dizziness.',
      ],
    },
    selfPressure: {
      name: 'Ball against the wall at the angle of the neck',
      steps: [
        'Stand with your back to a wall and place a tennis ball between the wall and the upper inner corner of the shoulder blade.',
        'Bend your knees a little to roll the ball until it sits on a tender spot just above the corner of the shoulder blade.',
        'Lean into the ball with gentle, steady pressure for 30 to 60 seconds, until the tenderness eases.',
        'Move to the next tender spot up toward the neck and repeat.',
      ],
      cautions: [
        'Keep the pressure moderate: it should feel like a good ache, not sharp pain.',
        'Do not press on the bony spine itself or on the front or side of the neck.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat over the angle of the neck before stretching.' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'ergonomic_workstation',
      note: 'A headset for the phone, and reading material set up in front of you rather than to the side.',
    },
    { id: 'supportive_pillow', note: 'A pillow that keeps the neck level when lying on the side.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Levator Scapulae Muscle"; pain-pattern figure, p. 493' },
  ],
} as const satisfies Muscle
