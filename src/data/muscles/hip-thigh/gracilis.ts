/** Gracilis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const gracilis = {
  name: 'Gracilis',
  latin: 'Musculus gracilis',
  synonyms: ['adductors', 'hip adductor', 'inner thigh muscle'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA43884', right: 'FMA43883' } }],
  attachments: {
    origin:
      'Lower edge of the body of the pubic bone beside the pubic symphysis, and the lower branch of the pubic bone.',
    insertion:
      'Upper inner surface of the shinbone just below the knee, between the sartorius and semitendinosus tendons (the pes anserinus). The long, thin strap runs straight down the inner edge of the thigh, the most superficial of the inner thigh muscles, and crosses both hip and knee.',
  },
  actions: [
    'Brings the thigh in toward the other leg (adduction)',
    'Helps bend the knee and turn the lower leg inward',
    'Helps bend the hip',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Gracilis TrP',
      location: 'On the inner edge of the thigh, in the upper half to the middle, in a thin strap just under the skin.',
      clinicalLocation:
        'Mid-belly in the proximal to middle third of the medial thigh, the most medial and superficial adductor; pincer or flat palpation with the thigh abducted and the knee straight, which tenses the strap.',
      position: { along: 0.4, around: 0 },
      essentialZone: ['medial_thigh'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'A hot, stinging pain is felt close to the skin along the inner thigh, above and below the trigger point.',
  clinicalSummary:
    'Refers a hot, stinging, superficial pain locally along the medial thigh, within the course of the muscle, rather than to a distant site. It is usually involved with the other adductors and is easily examined because it is the most superficial medial muscle. Consider obturator nerve entrapment, adductor-related groin pain and, distally, pes anserine disorders at the medial knee.',
  symptoms: [
    'A hot, stinging pain just under the skin of the inner thigh',
    'Inner thigh tightness that limits spreading the legs apart',
  ],
  perpetuatingFactors: [
    'A sudden strain with the legs sliding apart',
    'Horse riding and sports with quick side-steps',
    'Trigger points in the neighbouring adductor muscles',
  ],
  associatedMuscles: ['adductor_longus', 'adductor_magnus', 'sartorius', 'vastus_medialis'],
  selfCare: {
    stretch: {
      name: 'Legs-up-the-wall straddle stretch',
      steps: [
        'Lie on your back with your buttocks close to a wall and both legs straight up the wall.',
        'Keep the knees straight and let the legs slide slowly apart until you feel a stretch along the inner thighs.',
        'Breathe slowly and hold for 30 seconds to a minute.',
        'Bring the legs together with your hands under the thighs, then bend the knees and roll to the side to get up.',
      ],
      cautions: [
        'Let gravity do the work: do not force the legs apart.',
        'If the legs tingle or go numb, bend the knees and bring the legs down.',
      ],
    },
    selfPressure: {
      name: 'Pinching the inner edge of the thigh',
      steps: [
        'Sit with the leg straight and slightly out to the side.',
        'Find the thin strap along the inner edge of the thigh and take it gently between thumb and fingers.',
        'Work slowly along it and hold each tender spot for 20 to 30 seconds until it eases.',
        'Follow with the stretch.',
      ],
      cautions: [
        'This muscle lies just under the skin: light pressure is enough.',
        'Do not press on varicose veins, and skip the pressure if you have had a blood clot in the leg.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the adductor muscles of the hip' },
    { source: 'weir_2015_doha_groin_pain' },
  ],
} as const satisfies Muscle
