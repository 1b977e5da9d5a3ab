/** Biceps femoris: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'
import { hamstringBallPressure } from './hamstring-ball-pressure.ts'
import { hamstringStrapStretch } from './hamstring-strap-stretch.ts'

export const bicepsFemoris = {
  name: 'Biceps femoris',
  latin: 'Musculus biceps femoris',
  synonyms: ['hamstring', 'hamstrings', 'outer hamstring', 'lateral hamstring'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [
    { id: 'long_head', name: 'Long head', fma: { left: 'FMA45889', right: 'FMA45888' } },
    { id: 'short_head', name: 'Short head', fma: { left: 'FMA45892', right: 'FMA45891' } },
  ],
  attachments: {
    origin:
      'Long head: the sitting bone (ischial tuberosity). Short head: the outer lip of the linea aspera on the back of the thigh bone.',
    insertion: 'Head of the fibula, just below and to the outside of the knee.',
  },
  actions: [
    'Bends the knee',
    'Long head: straightens the hip, and stops the trunk tipping forward when standing and bending',
    'Turns the lower leg outward when the knee is bent',
  ],
  triggerPoints: [
    {
      id: 'long_head',
      label: 'Long-head TrP',
      location: 'In the lower half of the back of the thigh, toward the outer side.',
      clinicalLocation:
        'Distal half of the long head on the posterolateral thigh; pincer or flat palpation, patient prone or supine with the hip flexed. Near the fibular head the common fibular (peroneal) nerve runs along the medial side of the biceps tendon.',
      position: { part: 'long_head', along: 0.7, around: 0 },
      essentialZone: ['knee_posterior'],
      spilloverZone: ['posterior_thigh', 'calf'],
    },
    {
      id: 'short_head',
      label: 'Short-head TrP',
      location: 'Just above the outer back of the knee, beside and under the long head.',
      clinicalLocation:
        'Short head in the distal posterolateral thigh, deep and lateral to the long head, just above the lateral popliteal fossa; palpated beside the long-head tendon, with the same care for the common fibular nerve.',
      position: { part: 'short_head', along: 0.6, around: 0 },
      essentialZone: ['knee_posterior'],
      spilloverZone: ['posterior_thigh', 'calf'],
    },
  ],
  referredPain:
    'Pain concentrates at the back of the knee and may spread up the back of the thigh and a little below the knee into the upper calf.',
  clinicalSummary:
    'Referral concentrates in the popliteal fossa and spreads up the posterior thigh, sometimes to the upper calf. Walking, and sitting with pressure under the thigh, are painful, and sleep is disturbed. Straight-leg raising is limited by hamstring tightness, which should not be mistaken for nerve-root tension. Differentials: S1 radiculopathy and other causes of posterior thigh pain, posterolateral knee disorders, and proximal hamstring tendinopathy when the pain sits at the ischial tuberosity.',
  symptoms: [
    'Pain at the back of the knee and thigh when walking',
    'Pain when sitting, especially on chairs that press into the back of the thigh',
    'Sleep disturbed by the pain',
    'Tight hamstrings that limit bending forward',
  ],
  perpetuatingFactors: [
    'Chair seats that are too high, or that have a hard front edge pressing into the back of the thigh',
    'Long periods of sitting, which keep the muscle short at the knee',
    'Sudden overload, as in sprinting or slipping',
  ],
  associatedMuscles: ['semitendinosus', 'semimembranosus', 'gastrocnemius', 'gluteus_maximus'],
  selfCare: {
    stretch: hamstringStrapStretch,
    selfPressure: hamstringBallPressure('the lower half of the back of the thigh, toward the outer side'),
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
