/** Semimembranosus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'
import { hamstringBallPressure } from './hamstring-ball-pressure.ts'

export const semimembranosus = {
  name: 'Semimembranosus',
  latin: 'Musculus semimembranosus',
  synonyms: ['hamstring', 'hamstrings', 'inner hamstring', 'medial hamstring'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22449', right: 'FMA22448' } }],
  attachments: {
    origin:
      'Upper outer part of the sitting bone (ischial tuberosity), by a long flat tendon that runs down under the semitendinosus.',
    insertion:
      'Back of the inner side of the top of the shinbone (the groove on the medial tibial condyle), with fibrous slips to the back of the knee joint capsule. The broad belly lies along the back inner thigh, deep to the semitendinosus, and bulges on either side of it above the knee.',
  },
  actions: ['Bends the knee', 'Straightens the hip', 'Turns the lower leg inward when the knee is bent'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Semimembranosus TrP',
      location:
        'In the lower half of the back of the thigh, toward the inner side, on either side of the cord-like semitendinosus tendon.',
      clinicalLocation:
        'Distal half of the posteromedial thigh, on either side of and deep to the semitendinosus; pincer or flat palpation, patient prone with the knee slightly flexed on a pillow, or supine with the hip flexed and abducted.',
      position: { along: 0.6, around: 0 },
      essentialZone: ['buttock', 'posterior_thigh'],
      spilloverZone: ['knee_posterior', 'calf'],
    },
  ],
  referredPain:
    'Pain travels upward to the lower buttock and the crease beneath it and along the back of the thigh, and may spread down past the inner back of the knee into the calf, as with the semitendinosus beside it.',
  clinicalSummary:
    'Shares its referral with the semitendinosus, from which it cannot be separated clinically: upward to the lower buttock and gluteal fold and along the posteromedial thigh, sometimes to the posteromedial knee and upper calf. Sitting and walking are painful and straight-leg raising is limited by hamstring tightness. Consider proximal hamstring tendinopathy (deep pain at the ischial tuberosity, provoked by sitting and by loaded hip flexion), S1 radiculopathy and posteromedial knee disorders.',
  symptoms: [
    'Pain sitting, especially on chairs that press into the back of the thigh',
    'Pain in the lower buttock and back of the thigh when walking',
    'Pain at the inner back of the knee',
    'Tight hamstrings that limit bending forward',
  ],
  perpetuatingFactors: [
    'Chair seats that are too high, or that have a hard front edge pressing into the back of the thigh',
    'Long periods of sitting, which keep the muscle short at the knee',
    'Sudden overload, as in sprinting or slipping',
  ],
  associatedMuscles: ['semitendinosus', 'biceps_femoris', 'adductor_magnus', 'gluteus_maximus', 'gastrocnemius'],
  selfCare: {
    stretch: {
      name: 'Lying hamstring stretch with a strap, leg slightly out',
      steps: [
        'Lie on your back with a strap or towel around the ball of the foot of the sore leg.',
        'Keep the other knee bent with the foot flat on the floor.',
        'Raise the sore leg with the knee almost straight, then guide it a little out to the side, until you feel a stretch along the inner back of the thigh.',
        'Hold for 30 seconds, breathing slowly, then lower the leg.',
        'Repeat two or three times.',
      ],
      cautions: [
        'Do not bounce, and do not force the knee straight.',
        'Stop if tingling or burning runs down the leg: that means the sciatic nerve is being stretched.',
      ],
    },
    selfPressure: hamstringBallPressure('the lower half of the back of the thigh, toward the inner side'),
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'sitting_habits',
      note: 'A seat low enough for the feet to rest flat, with a rounded front edge, avoids pressure under the thigh.',
    },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Hamstring Muscles"' },
    { source: 'goom_2016_proximal_hamstring_tendinopathy' },
  ],
} as const satisfies Muscle
