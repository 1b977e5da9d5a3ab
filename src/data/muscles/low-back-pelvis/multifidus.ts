/** Multifidus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const multifidus = {
  name: 'Multifidus',
  latin: 'Musculus multifidus',
  synonyms: ['multifidi', 'lumbar multifidus', 'deep paraspinal muscle', 'deep back muscle'],
  area: 'low_back_pelvis',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22879', right: 'FMA22878' } }],
  attachments: {
    origin:
      'Lowest end: the back of the sacrum (as low as the 4th sacral segment), the back of the iliac crest near the sacroiliac joint, and then the small bony knobs of each lumbar vertebra (mammillary processes), the side projections of the thoracic vertebrae and the joint pillars of the lower neck vertebrae.',
    insertion:
      'Highest end: each bundle runs up and in, crossing two to four vertebrae, to the spine (spinous process) of a vertebra above, up to the 2nd neck vertebra.',
  },
  actions: [
    'Holds each vertebra steady on the one below during movement',
    'Arches the spine (extension) when both sides work',
    'Turns the trunk slightly toward the opposite side and bends it to the same side',
  ],
  triggerPoints: [
    {
      id: 'upper_lumbar',
      label: 'Upper-lumbar TrP',
      location: 'Deep beside the spine in the upper low back, in the groove right next to the bony bumps of the spine.',
      clinicalLocation:
        'Deep paraspinal gutter at about L1-L2, immediately lateral to the spinous processes beneath the erector spinae aponeurosis; deep flat palpation directed medially toward the lamina, with the patient prone over a pillow.',
      position: { along: 0.22, around: 0 },
      essentialZone: ['low_back'],
      spilloverZone: ['upper_abdomen'],
    },
    {
      id: 'sacral',
      label: 'Sacral-level TrP',
      location: 'Deep beside the spine at the top of the sacrum, just below the last lumbar vertebra.',
      clinicalLocation:
        'Multifidus over the dorsal sacrum at about the S1 level, lateral to the median sacral crest and medial to the posterior superior iliac spine; deep flat palpation against the sacrum with the patient prone.',
      position: { along: 0.05, around: 0 },
      essentialZone: ['sacrum', 'coccyx'],
      spilloverZone: ['buttock'],
    },
  ],
  referredPain:
    'Pain centres on the spine around the level of the trigger point, or a little below it. From the upper low back it can also be felt at the front of the abdomen. From the lowest level it can be felt over the sacrum and the tailbone, making the tailbone tender to touch, and sometimes in the buttock.',
  clinicalSummary:
    'Multifidus TrPs refer locally around the spinous processes at or a few segments below their level; upper lumbar TrPs may also refer to the anterior abdomen, and S1-level TrPs to the sacrum and coccyx, where they can present as coccygodynia, with spillover to the buttock. They lie deep in the laminar gutter, are found by deep medially directed palpation, and are typically tender over several adjacent segments. Segmental joint dysfunction, facet and sacroiliac pain, and red flags for serious spinal pathology are the key differentials; abdominal referral can mimic visceral disease.',
  symptoms: [
    'Deep, aching low back pain right beside the spine',
    'Tailbone pain, with the tailbone tender to touch',
    'Pain over the sacrum',
    'Pain at the front of the abdomen along with low back pain',
    'Stiffness of the low back and difficulty bending',
  ],
  perpetuatingFactors: [
    'Lifting while bent forward and twisted',
    'Sitting for long periods slumped, without support for the low back',
    'A leg-length difference or tilted pelvis',
  ],
  associatedMuscles: [
    'longissimus_thoracis',
    'iliocostalis_lumborum',
    'quadratus_lumborum',
    'gluteus_maximus',
    'coccygeus',
    'levator_ani',
  ],
  selfCare: {
    stretch: {
      name: 'Knees-to-chest with a gentle roll',
      steps: [
        'Lie on your back with knees bent and feet flat.',
        'Bring both knees toward your chest and hold them behind the thighs.',
        'Let the low back round onto the floor and breathe slowly for 20 to 30 seconds.',
        'Let the knees roll a little to one side, then the other, to ease each side of the spine.',
        'Lower the feet one at a time.',
      ],
      cautions: [
        'Stop if pain runs down a leg, or if you feel numbness or tingling.',
        'After recent spinal surgery, ask your surgeon or therapist first.',
      ],
    },
    selfPressure: {
      name: 'Two tennis balls in a sock',
      steps: [
        'Put two tennis balls in a sock and tie it, so the balls sit either side of the spine without pressing on it.',
        'Lie on your back with knees bent and the balls just beside the spine at the sore level.',
        'Let your weight rest on a tender spot for 30 to 60 seconds, breathing slowly.',
        'Move one level up or down and repeat, then finish with the stretch.',
      ],
      cautions: [
        'Keep the balls either side of the spine, never on the bony bumps.',
        'Seek urgent care for back pain with numbness around the genitals or back passage, new bladder or bowel problems, or weakness in the legs.',
        'Tailbone pain after a fall, or with fever or a lump, needs a medical check.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat on the low back before stretching.' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'sitting_habits', note: 'Support the low back when sitting and change position often.' },
    { id: 'physical_therapy' },
    { id: 'dry_needling' },
    { id: 'trigger_point_injection', note: 'Deep needling beside the spine is for an experienced clinician.' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Thoracolumbar Paraspinal Muscles"' },
    { source: 'finucane_2020_spinal_red_flags' },
    { source: 'cornwall_2006_multifidus_saline_referral' },
  ],
  uncertain:
    'A saline-injection study in volunteers confirmed that the lowest lumbar multifidus causes local pain and often refers into the front or back of the thigh, a spread not drawn here; the abdominal and tailbone referrals rest on clinical observation, and its trigger points cannot be told by touch from those of the neighbouring short spinal muscles.',
} as const satisfies Muscle
