/** Semitendinosus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'
import { hamstringBallPressure } from './hamstring-ball-pressure.ts'
import { hamstringStrapStretch } from './hamstring-strap-stretch.ts'

export const semitendinosus = {
  name: 'Semitendinosus',
  latin: 'Musculus semitendinosus',
  synonyms: ['hamstring', 'hamstrings', 'inner hamstring', 'medial hamstring'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22359', right: 'FMA22358' } }],
  attachments: {
    origin: 'The sitting bone (ischial tuberosity), sharing a tendon with the long head of the biceps femoris.',
    insertion: 'Upper inner surface of the shinbone just below the knee (part of the pes anserinus).',
  },
  actions: ['Bends the knee', 'Straightens the hip', 'Turns the lower leg inward when the knee is bent'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Semitendinosus TrP',
      location: 'In the middle to lower part of the back of the thigh, toward the inner side.',
      clinicalLocation:
        'Middle to distal third of the posteromedial thigh, superficial to the semimembranosus; pincer or flat palpation, patient prone with the knee slightly flexed, or supine with the hip flexed and abducted.',
      position: { along: 0.55, around: 0 },
      essentialZone: ['buttock', 'posterior_thigh'],
      spilloverZone: ['knee_posterior', 'calf'],
    },
  ],
  referredPain:
    'Pain travels upward to the lower buttock and the crease beneath it, and along the back of the thigh; it may spread down past the inner back of the knee into the calf.',
  clinicalSummary:
    'Medial hamstring TrPs refer upward to the lower buttock and gluteal fold and along the posteromedial thigh, sometimes to the posteromedial knee and upper calf; the semitendinosus and semimembranosus patterns cannot be told apart clinically. Sitting and walking are painful and straight-leg raising is limited. Consider proximal hamstring tendinopathy (deep pain at the ischial tuberosity on sitting and on loaded hip flexion) and S1 radiculopathy.',
  symptoms: [
    'Pain in the lower buttock and back of the thigh when sitting or walking',
    'Limping or pain on walking',
    'Sleep disturbed by the pain',
    'Tight hamstrings that limit bending forward',
  ],
  perpetuatingFactors: [
    'Chair seats that are too high, or that have a hard front edge pressing into the back of the thigh',
    'Long periods of sitting, which keep the muscle short at the knee',
    'Sudden overload, as in sprinting or slipping',
  ],
  associatedMuscles: ['biceps_femoris', 'semimembranosus', 'adductor_magnus', 'gluteus_maximus', 'gastrocnemius'],
  selfCare: {
    stretch: hamstringStrapStretch,
    selfPressure: hamstringBallPressure('the middle of the back of the thigh, toward the inner side'),
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
