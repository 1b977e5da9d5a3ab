/** Flexor hallucis longus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const flexorHallucisLongus = {
  name: 'Flexor hallucis longus',
  latin: 'Musculus flexor hallucis longus',
  synonyms: ['long flexor of the big toe', 'big toe flexor', 'FHL'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA65015', right: 'FMA65014' } }],
  attachments: {
    origin:
      'Lower two-thirds of the back of the fibula and the neighbouring membrane between the leg bones, on the outer side of the deep calf.',
    insertion:
      'Its tendon runs behind the inner ankle, under a ledge of the heel bone and along the sole to the underside of the end bone of the big toe.',
  },
  actions: [
    'Curls the big toe, pressing it into the ground to push off in walking',
    'Helps point the foot down and supports the inner arch',
  ],
  triggerPoints: [
    {
      id: 'lower',
      label: 'Lower TrP',
      location:
        'Deep in the lower back of the calf, a little to the outer side of the middle, below the middle of the leg and under the soleus.',
      clinicalLocation:
        'Flexor hallucis longus near the junction of the middle and distal thirds of the leg, on the posterior fibula slightly lateral to the midline, deep to the soleus; deep flat palpation through the soleus against the fibula with the knee flexed.',
      position: { along: 0.4, around: 0 },
      essentialZone: ['big_toe'],
      spilloverZone: ['sole'],
    },
  ],
  referredPain: 'Pain is felt on the underside of the big toe and can spread to the ball of the foot beneath it.',
  clinicalSummary:
    'Refers to the plantar surface of the great toe and the head of the first metatarsal. Pain is provoked by walking, especially push-off, and may be mistaken for first metatarsophalangeal joint disease. Differentials include gout, hallux rigidus, sesamoiditis or turf toe, FHL tenosynovitis at the posteromedial ankle (common in dancers), tarsal tunnel syndrome and S1 radiculopathy.',
  symptoms: [
    'Big toe pain on the underside of the toe, worse when walking',
    'Pain in the ball of the foot under the big toe',
  ],
  perpetuatingFactors: [
    'Running or walking on uneven ground or slopes',
    'Shoes that do not cushion the ball of the foot, or stiff-soled shoes',
    'Feet that roll inward (overpronation) or a Morton foot structure',
    'A stiff big-toe joint',
  ],
  associatedMuscles: ['flexor_digitorum_longus', 'tibialis_posterior', 'flexor_hallucis_brevis', 'soleus'],
  selfCare: {
    stretch: {
      name: 'Big-toe lift stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Hold the big toe and gently bend it upward while you pull the foot up toward the shin.',
        'Hold for 20 to 30 seconds until you feel a stretch under the big toe, along the sole and in the deep calf.',
        'Release and repeat two or three times.',
      ],
      cautions: ['Be gentle if the big toe joint is swollen, red or stiff: see a clinician about that first.'],
    },
    selfPressure: {
      name: 'Thumb pressure through the lower calf',
      steps: [
        'Sit with the sore leg crossed over the other knee, or kneel on a chair, so the calf is relaxed.',
        'Place your thumbs on the back of the lower calf, a little to the outer side of the middle, below the halfway point of the leg.',
        'Press slowly and deeply and hold tender spots for 20 to 60 seconds.',
        'Finish with the big-toe lift stretch.',
      ],
      cautions: [
        'This muscle lies deep under the soleus, so you may not reach it; do not force the pressure.',
        'Do not press on varicose veins or a calf that is swollen, hot or red.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'Cushioning under the ball of the foot and a sole that bends at the toes.' },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the long flexors of the toes' },
    { source: 'thummar_2020_plantar_fasciopathy_trps' },
  ],
  uncertain:
    'The muscle lies deep under the calf, so its trigger points are found only indirectly. A study of heel pain found them in about two in five patients but did not map where they refer; the big-toe pattern rests on clinical observation.',
} as const satisfies Muscle
