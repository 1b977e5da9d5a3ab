/** Semispinalis cervicis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const semispinalisCervicis = {
  name: 'Semispinalis cervicis',
  latin: 'Musculus semispinalis cervicis',
  synonyms: ['semispinalis colli', 'posterior cervical muscle', 'back of neck muscle'],
  area: 'head_neck',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Semispinalis cervicis', fma: { left: 'FMA22875', right: 'FMA22874' } }],
  attachments: {
    origin: 'The side processes (transverse processes) of the upper five or six thoracic vertebrae.',
    insertion:
      'The spines of the neck vertebrae from C2 to C5, most strongly the large spine of C2; it lies under the semispinalis capitis, close to the spine.',
  },
  actions: ['Bends the neck backward.', 'One side helps turn the neck toward the opposite side.'],
  triggerPoints: [
    {
      id: 'base_of_neck',
      label: 'Base of neck TrP (TrP1)',
      location:
        'Low on the back of the neck, about two finger widths to the side of the spine, at the level where the neck begins to curve into the shoulders.',
      clinicalLocation:
        'At about the C4-C5 level in the deep paraspinal column beside the spinous processes, where it lies with the multifidi; flat palpation through the overlying muscles against the laminae, with the neck slightly flexed.',
      position: { along: 0.7, around: 0 },
      essentialZone: ['posterior_neck', 'occiput'],
      spilloverZone: ['scapula_medial_border'],
    },
  ],
  referredPain:
    'Pain up the back of the neck to the base of the skull, and sometimes down the neck to the upper inner edge of the shoulder blade.',
  clinicalSummary:
    'Travell and Simons place TrP1 of the posterior cervical group, in the semispinalis cervicis and multifidi at about C4-C5, referring upward to the suboccipital region and sometimes down over the neck to the upper vertebral border of the scapula. Neck flexion is limited and painful, a common picture of stiff neck after sustained flexed postures or whiplash. Differentiate from cervical facet and disc pain and cervical radiculopathy.',
  symptoms: [
    'Stiff neck, with bending the head forward painful or limited.',
    'Pain at the back of the neck reaching up to the base of the skull (a back-of-the-head headache).',
    'Aching at the upper inner edge of the shoulder blade.',
  ],
  perpetuatingFactors: [
    'Long periods of reading, phone or screen work with the head bent forward.',
    'Forward head posture.',
    'Whiplash or another sudden jolt to the neck.',
    'Cold drafts on the back of the neck.',
  ],
  associatedMuscles: ['semispinalis_capitis', 'multifidus', 'splenius_cervicis', 'upper_trapezius', 'levator_scapulae'],
  selfCare: {
    stretch: {
      name: 'Seated forward neck bend',
      steps: [
        'Sit upright with the shoulders relaxed and the feet flat.',
        'Let the chin drop slowly toward the chest.',
        'Rest both hands on the back of the head for light extra weight only.',
        'Hold for about 30 seconds while breathing slowly, then come back up slowly with the hands supporting the head.',
      ],
      cautions: [
        'Stop if you feel tingling into the arms, dizziness or sharp pain.',
        'After a recent neck injury, ask a clinician before stretching.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure beside the spine',
      steps: [
        'Sit with the neck bent slightly forward.',
        'Reach behind with the fingertips of both hands and place them on the muscle just beside the spine, low on the neck.',
        'Press in gently toward the spine on a tender spot for 20 to 30 seconds.',
        'Move up or down a little and repeat.',
      ],
      cautions: [
        'Press on the muscle beside the spine, not on the bones of the spine.',
        'Numbness or weakness in the arms needs a clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat on the back of the neck.' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'posture', note: 'Raising the phone, book or screen to eye level.' },
    { id: 'ergonomic_workstation' },
    { id: 'supportive_pillow' },
    { id: 'spray_and_stretch' },
    { id: 'manual_therapy' },
    { id: 'dry_needling' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the posterior cervical muscles; pain-pattern figure, p. 447',
    },
    {
      source: 'cerezo_tellez_2016_neck_pain_trigger_points',
      locator: '224 people with chronic neck pain: active multifidus trigger points in about 78%',
    },
  ],
  uncertain:
    'The back-of-the-neck muscles lie in layers that cannot be told apart reliably by touch; Travell and Simons assign this trigger point to the semispinalis cervicis and multifidi together. A 2016 study of 224 people with chronic neck pain found active trigger points in this deep layer (reported as multifidi) in about three in four, which supports it as a common pain source, but no study separates the semispinalis cervicis from the multifidi.',
} as const satisfies Muscle
