/** Gastrocnemius: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const gastrocnemius = {
  name: 'Gastrocnemius',
  latin: 'Musculus gastrocnemius',
  synonyms: ['calf muscle', 'calves', 'gastroc', 'calf'],
  area: 'leg_foot',
  layer: 'superficial',
  parts: [
    { id: 'medial_head', name: 'Medial head', fma: { left: 'FMA45958', right: 'FMA45957' } },
    { id: 'lateral_head', name: 'Lateral head', fma: { left: 'FMA45961', right: 'FMA45960' } },
  ],
  attachments: {
    origin:
      'Medial head: the back of the inner knob (medial condyle) of the thigh bone. Lateral head: the back of the outer knob (lateral condyle) of the thigh bone.',
    insertion: 'Back of the heel bone (calcaneus), through the Achilles tendon.',
  },
  actions: [
    'Points the foot down (plantar flexion): rising onto the toes and pushing off in walking',
    'Helps bend the knee',
    'Steadies the knee and ankle when standing and walking',
  ],
  triggerPoints: [
    {
      id: 'trp1',
      label: 'TrP1',
      location:
        'In the inner half of the upper calf, a little above the middle of the muscle bulge, near its inner border.',
      clinicalLocation:
        'Medial head, slightly proximal to the midpoint of the belly and close to its medial border; pincer palpation of the medial head with the patient prone, knee slightly flexed and the foot supported.',
      position: { part: 'medial_head', along: 0.4, around: 0.25 },
      essentialZone: ['sole'],
      spilloverZone: ['medial_ankle', 'calf', 'knee_posterior', 'posterior_thigh'],
    },
    {
      id: 'trp2',
      label: 'TrP2',
      location:
        'In the outer half of the upper calf, a little above the middle of the muscle bulge, near its outer border.',
      clinicalLocation:
        'Lateral head, slightly proximal to the midpoint of the belly near its lateral border; pincer or flat palpation with the patient prone and the knee slightly flexed.',
      position: { part: 'lateral_head', along: 0.4, around: 0.75 },
      essentialZone: ['calf'],
      spilloverZone: ['knee_posterior'],
    },
    {
      id: 'upper',
      label: 'Upper TrPs',
      location: 'High in the calf, just below the crease at the back of the knee, where each head begins.',
      clinicalLocation:
        'Proximal ends of both heads just distal to the popliteal crease, over the posterior femoral condyles; flat palpation at the medial and lateral margins of the popliteal fossa, avoiding its centre (popliteal vessels and tibial nerve).',
      position: { part: 'medial_head', along: 0.08, around: 0 },
      essentialZone: ['knee_posterior'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'The most common trigger point, in the inner upper calf, sends pain to the arch (instep) of the foot, with some spreading over the inner ankle, the calf and the back of the knee. Trigger points in the outer head cause more local calf pain, and those high up near the knee refer to the back of the knee.',
  clinicalSummary:
    'Medial-head TrP1 refers to the instep (medial plantar arch) with spillover over the posteromedial ankle, calf and popliteal fossa; lateral-head TrPs refer locally to the calf and proximal TrPs to the back of the knee. Ankle dorsiflexion is restricted and painful with the knee extended but relatively spared with it flexed, which separates gastrocnemius from soleus involvement. Small clinical studies link gastrocnemius TrPs with nocturnal calf cramps that eased after TrP injection. Exclude deep vein thrombosis, a popliteal (Baker) cyst, partial tear of the medial head, S1 radiculopathy and vascular claudication.',
  symptoms: [
    'Calf cramps, especially at night',
    'Pain in the arch of the foot',
    'Pain at the back of the knee when climbing, walking up slopes or over rough ground',
    'Calf pain when walking',
  ],
  perpetuatingFactors: [
    'High-heeled shoes, which keep the calf short',
    'Climbing, walking uphill or on slopes, and running',
    'Sleeping with the feet pointed down',
    'Long periods of immobility, such as a leg in a cast',
    'Socks or stockings with tight elastic tops that restrict circulation',
  ],
  associatedMuscles: ['soleus', 'biceps_femoris', 'semitendinosus'],
  selfCare: {
    stretch: {
      name: 'Straight-knee wall calf stretch',
      steps: [
        'Stand facing a wall with your hands on it and the sore leg behind you.',
        'Keep the back knee straight and the heel flat on the floor, toes pointing forward.',
        'Bend the front knee and lean toward the wall until you feel a stretch in the upper calf.',
        'Hold for 30 seconds, breathing slowly, and repeat two or three times.',
      ],
      cautions: [
        'Do not bounce.',
        'Sudden calf pain with swelling, warmth or redness can be a blood clot: get medical help rather than stretching.',
      ],
    },
    selfPressure: {
      name: 'Thumb or ball pressure on the upper calf',
      steps: [
        'Sit with the sore leg crossed over the other knee, or rest the calf on a ball on the floor.',
        'With your thumbs or the ball, search the upper half of the calf, on the inner and outer sides, for tender spots.',
        'Hold gentle pressure on each for 20 to 60 seconds until it eases.',
        'Finish with the wall stretch.',
      ],
      cautions: [
        'Do not press on varicose veins, or on a calf that is swollen, hot or red.',
        'Avoid deep pressure in the hollow at the back of the knee.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'A warm bath or moist heat on the calf before stretching.' },
    {
      id: 'gentle_stretching_yoga',
      note: 'The straight-knee wall stretch reaches this muscle; bending the knee shifts the stretch to the soleus.',
    },
    { id: 'self_massage_pressure' },
    {
      id: 'footwear_insoles',
      note: 'Low heels rather than high ones, and no tight elastic at the top of socks or stockings.',
    },
    {
      id: 'supportive_pillow',
      note: 'A pillow against the soles at the foot of the bed stops the feet pointing down during sleep, which can bring on night cramps.',
    },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'In two small studies (24 and 12 patients), injecting gastrocnemius trigger points made night calf cramps less frequent; larger trials are still lacking.',
    },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Gastrocnemius Muscle"' },
    { source: 'prateepavanich_1999_calf_cramps' },
    { source: 'kim_2015_calf_cramp_injections' },
  ],
} as const satisfies Muscle
