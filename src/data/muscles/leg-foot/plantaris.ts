/** Plantaris: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const plantaris = {
  name: 'Plantaris',
  latin: 'Musculus plantaris',
  synonyms: ['plantaris muscle'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22561', right: 'FMA22560' } }],
  attachments: {
    origin:
      'Lower end of the outer ridge (lateral supracondylar line) at the back of the thigh bone, just above the outer head of the gastrocnemius, and the ligament at the back of the knee (oblique popliteal ligament).',
    insertion:
      'The inner side of the back of the heel bone (calcaneus), beside the Achilles tendon, through a very long thin tendon; the small belly lies behind the knee and the tendon runs down between the gastrocnemius and the soleus.',
  },
  actions: ['Helps point the foot down (plantar flexion), weakly', 'Helps bend the knee, weakly'],
  triggerPoints: [
    {
      id: 'central',
      label: 'Belly TrP',
      location:
        'Behind the knee, slightly to the outer side of the middle of the crease and just below it, in the small belly that lies under the outer calf muscle.',
      clinicalLocation:
        'Plantaris belly in the popliteal fossa, just lateral to the midline at about the level of the joint line, between the origins of the two gastrocnemius heads and deep to the lateral head; flat palpation with the knee slightly flexed, away from the central neurovascular bundle.',
      position: { along: 0.15, around: 0 },
      essentialZone: ['knee_posterior'],
      spilloverZone: ['calf'],
    },
  ],
  referredPain: 'Pain is felt at the back of the knee and can spread down the upper calf to about its middle.',
  clinicalSummary:
    'Refers to the popliteal fossa with spillover into the proximal calf to about mid-calf, overlapping the patterns of the gastrocnemius, popliteus and soleus, which usually need to be examined with it. The belly is small and absent in a minority of people, so its TrPs are hard to isolate by palpation. Differentials include a popliteal (Baker) cyst, deep vein thrombosis, posterior knee joint disease and a sudden tear of the plantaris tendon or the medial gastrocnemius ("tennis leg"), which causes abrupt mid-calf pain.',
  symptoms: ['Pain at the back of the knee', 'Knee pain at the back of the knee that spreads into the upper calf'],
  perpetuatingFactors: [
    'Running, climbing and walking uphill',
    'High-heeled shoes, which keep the calf muscles short',
    'Long periods with the foot pointed down, such as sleeping with the feet pointed',
  ],
  associatedMuscles: ['gastrocnemius', 'soleus', 'popliteus'],
  selfCare: {
    stretch: {
      name: 'Straight-knee wall calf stretch',
      steps: [
        'Stand facing a wall with your hands on it and the sore leg behind you.',
        'Keep the back knee straight and the heel flat on the floor, toes pointing forward.',
        'Bend the front knee and lean toward the wall until you feel a stretch behind the knee and in the upper calf.',
        'Hold for 30 seconds, breathing slowly, and repeat two or three times.',
      ],
      cautions: [
        'Do not bounce.',
        'Sudden sharp pain in the middle of the calf during sport, or a calf that is swollen, hot or red, needs medical care rather than stretching.',
      ],
    },
    selfPressure: {
      name: 'Gentle pressure at the outer back of the knee',
      steps: [
        'Sit with the knee bent and the foot flat so the calf muscles relax.',
        'With your fingertips, press gently just below the knee crease, toward its outer side.',
        'Hold a tender spot for 20 to 60 seconds until it eases.',
        'Finish with the wall stretch.',
      ],
      cautions: [
        'Keep to the outer part: never press hard in the middle of the hollow behind the knee, where a large artery, vein and nerve run.',
        'A lump or swelling behind the knee should be checked by a clinician first.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    { id: 'self_massage_pressure', note: 'Gentle, and only away from the centre of the hollow behind the knee.' },
    { id: 'footwear_insoles', note: 'Low heels rather than high ones.' },
    { id: 'therapeutic_massage' },
    { id: 'physical_therapy' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the soleus and plantaris' },
    { source: 'lucas_2009_trp_reliability' },
  ],
  uncertain:
    'The plantaris is small, sometimes absent and hard to feel apart from the calf muscles around it; no study beyond the trigger-point manual was found, so its referral pattern rests on few clinical observations.',
} as const satisfies Muscle
