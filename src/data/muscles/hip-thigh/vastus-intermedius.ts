/** Vastus intermedius: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const vastusIntermedius = {
  name: 'Vastus intermedius',
  latin: 'Musculus vastus intermedius',
  synonyms: ['quads', 'quadriceps', 'deep quad', 'crureus'],
  area: 'hip_thigh',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA38935', right: 'FMA38934' } }],
  attachments: {
    origin:
      'Front and outer surfaces of the upper two-thirds of the shaft of the thigh bone, below the intertrochanteric line.',
    insertion:
      'The deep part of the quadriceps tendon at the top of the kneecap, and through the patellar ligament to the bump below the knee (tibial tuberosity). The muscle wraps the front of the thigh bone, under the rectus femoris and between the vastus lateralis and medialis.',
  },
  actions: [
    'Straightens the knee',
    'Works with the other quadriceps muscles to control the knee when sitting down, squatting and going downstairs',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Vastus intermedius TrPs',
      location:
        'Deep in the front of the thigh, in the upper half, under the muscle that runs down the middle of the thigh.',
      clinicalLocation:
        'Proximal to mid anterior thigh, deep to the rectus femoris and usually just lateral to it, against the femoral shaft; rarely palpable as a distinct band, tenderness is found by deep flat palpation after displacing the rectus femoris medially, patient supine with the knee straight. Several TrPs often lie together.',
      position: { along: 0.35, around: 0 },
      essentialZone: ['anterior_thigh'],
      spilloverZone: ['knee_anterior'],
    },
  ],
  referredPain:
    'Pain spreads over the front of the thigh, strongest in the middle of the thigh, and can reach nearly to the knee.',
  clinicalSummary:
    'Referral concentrates over the anterior mid-thigh and spreads toward the knee. Patients find it hard to straighten the knee fully after sitting and to climb stairs, and may limp. TrPs are deep, often multiple and hard to reach; they usually develop with TrPs in the other quadriceps heads and may only be recognised once those have been treated, and examiner agreement on TrPs is poor in general. Differentials: L3-L4 radiculopathy or femoral neuropathy, quadriceps strain, and knee joint disorders.',
  symptoms: [
    'Pain across the front of the thigh, worse when walking',
    'Difficulty straightening the knee fully after sitting',
    'Thigh and knee pain when climbing stairs',
    'A limp',
  ],
  perpetuatingFactors: [
    'Sudden overload, such as a stumble or a jump',
    'Running, repeated squats and deep knee bends',
    'Trigger points in the other quadriceps muscles, which overload this one',
    'Long spells with the knee held still',
  ],
  associatedMuscles: ['rectus_femoris', 'vastus_lateralis', 'vastus_medialis'],
  selfCare: {
    stretch: {
      name: 'Knee-bend thigh stretch',
      steps: [
        'Stand holding a chair or wall for balance, or lie on your good side.',
        'Bend the knee of the sore leg and hold the ankle, or a strap looped around it.',
        'Draw the heel gently toward the buttock until you feel a stretch down the front of the thigh.',
        'Hold for 30 seconds, release slowly and repeat two or three times.',
      ],
      cautions: [
        'Use a strap if you cannot reach comfortably, and do not force a painful knee.',
        'Hold on to something stable if standing.',
      ],
    },
    selfPressure: {
      name: 'Deep pressure on the front of the thigh',
      steps: [
        'Sit with the leg straight out and relaxed, supported on a stool.',
        'Push the muscle in the middle of the thigh gently toward the inner side with one hand.',
        'With the other hand, press slowly and deeply into the front of the thigh just to the outer side of it, toward the thigh bone.',
        'Hold each tender spot for 30 to 60 seconds, then do the stretch.',
      ],
      cautions: [
        'This muscle is deep: press slowly and only as firmly as stays comfortable.',
        'Keep off the groin crease at the top of the thigh, where the main artery, vein and nerve run.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'TrPs lie deep against the thigh bone and are often several; they may be found only after the other quadriceps heads are treated.',
    },
    { id: 'dry_needling' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the quadriceps femoris group' },
    { source: 'lucas_2009_trp_reliability' },
  ],
} as const satisfies Muscle
