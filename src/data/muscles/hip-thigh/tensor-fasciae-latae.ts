/** Tensor fasciae latae: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const tensorFasciaeLatae = {
  name: 'Tensor fasciae latae',
  latin: 'Musculus tensor fasciae latae',
  synonyms: ['TFL', 'tensor fascia lata', 'IT band muscle', 'hip flexor'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22426', right: 'FMA22425' } }],
  attachments: {
    origin:
      'Front bony point of the hip bone (anterior superior iliac spine) and the outer lip of the front of the iliac crest.',
    insertion:
      'The iliotibial band, a little below the level of the greater trochanter; the band carries its pull down to the outer knee.',
  },
  actions: [
    'Helps bend the hip and turn the thigh inward',
    'Helps move the thigh out to the side',
    'Tightens the iliotibial band, steadying the hip and knee when standing on one leg',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'TFL TrP',
      location:
        'On the outer front of the hip, a few finger-widths below and slightly behind the front bony point of the hip bone; the muscle firms under your fingers when you turn the foot inward.',
      clinicalLocation:
        'Proximal belly on the anterolateral hip, a few centimetres distal and slightly posterior to the anterior superior iliac spine, anterior to the gluteus medius; identified by resisted medial rotation of the extended hip and examined by flat palpation, patient supine.',
      position: { along: 0.35, around: 0 },
      essentialZone: ['lateral_hip_trochanter', 'lateral_thigh'],
      spilloverZone: ['anterior_thigh', 'knee_lateral'],
    },
  ],
  referredPain:
    'Pain centres over the bony point on the side of the hip and runs down the outer front of the thigh, sometimes as far as the knee. It can be mistaken for trochanteric bursitis.',
  clinicalSummary:
    'Referral centres over the greater trochanter and extends down the anterolateral thigh, occasionally to the knee, so it mimics trochanteric bursitis. Patients cannot lie on the affected side, find fast walking painful and have pain on standing upright after long hip flexion. Differentials: gluteal tendinopathy (pain and tenderness at the trochanter on side-lying and single-leg loading); anterior gluteus minimus TrPs, which lie deeper and refer further down the leg; meralgia paresthetica (burning or numbness from the lateral femoral cutaneous nerve near the anterior superior iliac spine); hip joint disease.',
  symptoms: [
    'Hip and outer thigh pain when walking, especially walking fast',
    'Cannot lie on the painful side',
    'Pain on standing up straight after sitting, driving or sleeping with the hips bent',
    'Often mistaken for trochanteric bursitis',
  ],
  perpetuatingFactors: [
    'Holding the hip bent for long periods: driving, low seats, or sleeping curled up',
    'Sleeping on the back with pillows under the knees',
    'Running or walking uphill',
    'Sudden injury such as a fall',
  ],
  associatedMuscles: [
    'gluteus_minimus',
    'gluteus_medius',
    'rectus_femoris',
    'iliopsoas',
    'vastus_lateralis',
    'sartorius',
  ],
  selfCare: {
    stretch: {
      name: 'Standing side-lean stretch',
      steps: [
        'Stand side-on to a wall with the sore side nearest it and one hand on the wall.',
        'Cross the outer leg in front of the sore leg.',
        'Let the sore-side hip sink toward the wall and slightly behind you until you feel a stretch at the outer front of the hip.',
        'Hold for 30 seconds while breathing slowly, then come back upright.',
        'Repeat two or three times.',
      ],
      cautions: [
        'Keep the trunk upright rather than bending sideways at the waist.',
        'After a hip replacement, avoid crossing the legs unless your surgeon agrees.',
      ],
    },
    selfPressure: {
      name: 'Lying on a ball',
      steps: [
        'Lie face down, turned slightly toward the sore side, with a tennis ball under the outer front of the hip, just below and behind the front bony point.',
        'Let your weight settle until you find the tender spot.',
        'Hold for 30 to 60 seconds until it eases.',
        'Follow with the stretch.',
      ],
      cautions: [
        'Keep the ball on the outer front of the hip, away from the groin, where the femoral artery, vein and nerve run.',
        'Ease off if you feel burning or numbness on the outer thigh: a skin nerve passes close to this spot.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'supportive_pillow',
      note: 'When lying on the good side, a pillow between the knees stops the top leg dropping and straining the muscle.',
    },
    { id: 'sitting_habits', note: 'Avoid long spells with the hips sharply bent; stand up and walk regularly.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the tensor fasciae latae' },
    { source: 'grimaldi_2015_gluteal_tendinopathy' },
  ],
} as const satisfies Muscle
