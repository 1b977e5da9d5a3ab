/** Tibialis posterior: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const tibialisPosterior = {
  name: 'Tibialis posterior',
  latin: 'Musculus tibialis posterior',
  synonyms: ['posterior tibialis', 'tib post', 'tibialis posticus'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA65019', right: 'FMA65018' } }],
  attachments: {
    origin:
      'The back of the membrane between the shinbone and the fibula (interosseous membrane) and the neighbouring back surfaces of both bones, over their upper two-thirds; it is the deepest muscle at the back of the leg.',
    insertion:
      'Its tendon passes behind the inner ankle bone (medial malleolus) into the sole, to the bump on the inner side of the navicular bone, with slips to the cuneiforms, the cuboid, the bases of the second to fourth metatarsals and the heel bone (sustentaculum tali).',
  },
  actions: [
    'Turns the sole inward (inversion) and points the foot down',
    'Holds up the inner arch of the foot and controls the foot rolling inward when it takes weight',
    'Steadies the foot and ankle when walking on uneven ground',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Upper TrP',
      location:
        'Deep in the upper calf, between the shinbone and the fibula, under the soleus. It cannot be pressed directly; tenderness may be felt by pressing deep from the inner edge of the shinbone in the upper calf.',
      clinicalLocation:
        'Proximal belly between the tibia and fibula on the posterior interosseous membrane, deep to the soleus and flexor digitorum longus; not directly palpable, with deep tenderness sometimes elicited through the soleus or along the posteromedial border of the tibia in the proximal third of the leg.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['achilles'],
      spilloverZone: ['calf', 'heel', 'sole', 'lesser_toes', 'big_toe'],
    },
  ],
  referredPain:
    'Pain centres on the Achilles tendon just above the heel, and can spread up the middle of the calf and down over the whole heel and the sole of the foot, including the underside of the toes.',
  clinicalSummary:
    'Refers chiefly to the Achilles tendon region above the heel, with spillover from the mid-calf to the heel and across the entire plantar surface of the foot and toes. Pain is worst when walking or running, especially on uneven surfaces such as gravel or cobbles; inversion against resistance and stretch into dorsiflexion with eversion are painful, and excessive pronation is often present. Differentials include posterior tibial tendon dysfunction, Achilles tendinopathy, chronic deep posterior compartment syndrome, posterior (medial) shin splints and tibial stress fracture, tarsal tunnel syndrome and deep vein thrombosis. Because the muscle lies beneath the tibia, soleus and neurovascular bundle, TrP diagnosis is by exclusion and needling is a specialist procedure.',
  symptoms: [
    'Pain in the sole of the foot when walking or running, worse on rough or uneven ground',
    'Pain around the Achilles tendon just above the heel',
    'Heel pain and aching in the calf',
    'Deep aching along the inner back of the shin, which may be called shin splints',
    'The foot rolling inward and the arch flattening when standing',
  ],
  perpetuatingFactors: [
    'Running or jogging on uneven or sideways-sloping ground',
    'Feet that roll inward (overpronation) or a Morton foot structure (a long second toe with a short first metatarsal)',
    'Worn shoes that let the foot tip inward, or shoes without support',
    'Long walks or runs without building up to them',
  ],
  associatedMuscles: ['flexor_digitorum_longus', 'flexor_hallucis_longus', 'soleus', 'peroneus_longus'],
  selfCare: {
    stretch: {
      name: 'Bent-knee calf stretch with the foot turned out',
      steps: [
        'Stand facing a wall with your hands on it and the sore foot slightly behind the other.',
        'Keep both heels flat and turn the back foot slightly outward, letting the arch drop a little.',
        'Bend both knees and sink down until you feel a deep stretch in the lower calf and inner ankle.',
        'Hold for 30 seconds, breathing slowly, and repeat two or three times.',
      ],
      cautions: [
        'Stop if the inner ankle or arch hurts sharply: a painful, swollen tendon behind the inner ankle or an arch that is collapsing needs a clinician.',
        'Sudden calf pain with swelling, warmth or redness needs medical care, not stretching.',
      ],
    },
    selfPressure: {
      name: 'Warmth and gentle calf massage (the muscle itself is out of reach)',
      steps: [
        'This muscle lies too deep to press on yourself, so work on the calf muscles over it instead.',
        'Warm the calf first with a warm bath or moist heat for 10 to 15 minutes.',
        'Sit with the knee bent and stroke the calf slowly upward with your hands, easing tender spots with gentle thumb pressure for 20 to 60 seconds.',
        'Finish with the bent-knee stretch.',
      ],
      cautions: [
        'Do not dig deep between the bones of the leg: the main vessels and nerve of the calf lie there.',
        'If pain persists, a physiotherapist or doctor trained in trigger points can examine and treat the deep muscle.',
        'Do not press on a calf that is swollen, hot or red.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'footwear_insoles',
      note: 'Supportive shoes that stop the foot rolling inward, replaced before they wear down; an insole with arch support or a pad for Morton foot structure can unload the muscle.',
    },
    { id: 'rest_pacing', note: 'Avoid running on rough or slanted ground while it settles.' },
    { id: 'physical_therapy' },
    { id: 'therapeutic_massage' },
    {
      id: 'trigger_point_injection',
      note: 'Rarely attempted because the muscle lies beneath major vessels and nerves; only by an experienced clinician.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the tibialis posterior muscle' },
    { source: 'lucas_2009_trp_reliability' },
    { source: 'thummar_2020_plantar_fasciopathy_trps' },
  ],
  uncertain:
    'The muscle cannot be felt directly, so its trigger points are inferred from deep tenderness and the referral pattern, and examiners agree poorly on deep trigger points. A study of heel pain found them in nearly half of patients but did not map where they refer.',
} as const satisfies Muscle
