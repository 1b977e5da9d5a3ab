/** Vastus lateralis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const vastusLateralis = {
  name: 'Vastus lateralis',
  latin: 'Musculus vastus lateralis',
  synonyms: ['quads', 'quadriceps', 'outer quad', 'outer thigh muscle'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA38931', right: 'FMA38930' } }],
  attachments: {
    origin:
      'Upper outer thigh bone: the greater trochanter, the intertrochanteric line and the outer lip of the rough ridge on the back of the thigh bone (linea aspera).',
    insertion:
      'Outer edge of the kneecap and the quadriceps tendon, and through the patellar ligament to the bump below the knee.',
  },
  actions: [
    'Straightens the knee',
    'Helps guide the kneecap in its groove, together with the other quadriceps muscles',
  ],
  triggerPoints: [
    {
      id: 'lower',
      label: 'Lower TrP',
      location: 'On the outer side of the thigh, about a hand-width above the knee.',
      clinicalLocation:
        'Distal lateral belly about a hand-breadth above the lateral knee, close to the lateral border of the patella; flat palpation against the femur, patient supine. Distal TrPs can restrict patellar mobility (the stuck patella).',
      position: { along: 0.8, around: 0 },
      essentialZone: ['knee_lateral'],
      spilloverZone: ['lateral_thigh'],
    },
    {
      id: 'mid',
      label: 'Mid-thigh TrPs',
      location: 'Along the middle of the outer thigh, often toward the back edge of the muscle.',
      clinicalLocation:
        'Several TrPs along the mid lateral thigh, often toward the posterolateral border beneath the iliotibial band; flat palpation against the femur, patient side-lying on the other side.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['lateral_thigh'],
      spilloverZone: ['knee_lateral', 'lateral_hip_trochanter'],
    },
  ],
  referredPain:
    'Pain spreads along the outer thigh, at times from the hip to the knee, and to the outer side of the knee. Trigger points low in the muscle can make the kneecap feel stuck.',
  clinicalSummary:
    'The largest quadriceps head harbours several TrPs along its length. They refer along the lateral thigh, sometimes from the hip to the knee, and to the lateral knee. Walking and lying on the affected side are painful; distal TrPs can fix the patella and limit knee flexion or extension. Consider lateral knee disorders, gluteal tendinopathy at the trochanter when the pain is high, and coexisting anterior gluteus minimus TrPs, whose referral covers similar ground.',
  symptoms: [
    'Outer thigh and knee pain when walking',
    'Pain lying on the affected side that disturbs sleep',
    'A kneecap that feels stuck, making it hard to bend or straighten the knee',
  ],
  perpetuatingFactors: [
    'Sudden overload, such as a stumble or a fall on a bent knee',
    'Repeated deep knee bends, squatting or running',
    'Long periods with the knee held still, as in a cast',
    'Injections into the outer thigh',
  ],
  associatedMuscles: [
    'rectus_femoris',
    'vastus_medialis',
    'vastus_intermedius',
    'tensor_fasciae_latae',
    'gluteus_minimus',
  ],
  selfCare: {
    stretch: {
      name: 'Knee-bend thigh stretch',
      steps: [
        'Stand holding a chair or wall for balance, or lie on your good side.',
        'Bend the knee of the sore leg and hold the ankle, or a strap looped around it.',
        'Draw the heel gently toward the buttock until you feel a stretch along the outer front of the thigh.',
        'Hold for 30 seconds, release slowly and repeat two or three times.',
      ],
      cautions: [
        'Use a strap if you cannot reach comfortably, and do not force a painful knee.',
        'Hold on to something stable if standing.',
      ],
    },
    selfPressure: {
      name: 'Ball or roller on the outer thigh',
      steps: [
        'Lie on your side with a tennis ball or firm roller under the outer thigh, or sit and use your fingers.',
        'Move slowly along the outer thigh from hip to knee to find tender spots.',
        'Rest on each tender spot for 30 to 60 seconds until it eases.',
        'Finish with the stretch.',
      ],
      cautions: ['Start gently: this area is often very tender.', 'Do not press on varicose veins or bruises.'],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'supportive_pillow',
      note: 'Sleeping on the good side with a pillow between the knees avoids pressure on the tender outer thigh.',
    },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the quadriceps femoris group' },
    { source: 'grimaldi_2015_gluteal_tendinopathy' },
  ],
} as const satisfies Muscle
