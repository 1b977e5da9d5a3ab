/** Abductor hallucis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const abductorHallucis = {
  name: 'Abductor hallucis',
  latin: 'Musculus abductor hallucis',
  synonyms: ['big toe abductor', 'abductor hallucis muscle'],
  area: 'leg_foot',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA37460', right: 'FMA37459' } }],
  attachments: {
    origin:
      'The inner bump on the underside of the heel bone (medial process of the calcaneal tuberosity), the band over the inner ankle tunnel (flexor retinaculum) and the plantar fascia.',
    insertion:
      'Along the inner edge of the foot to the inner side of the base of the first bone of the big toe, with the inner sesamoid bone.',
  },
  actions: [
    'Moves the big toe away from the second toe and helps bend it at its base',
    'Supports the inner arch of the foot when standing and walking',
  ],
  triggerPoints: [
    {
      id: 'central',
      label: 'Belly TrP',
      location:
        'Along the inner edge of the foot, in the fleshy ridge of the arch, a little in front of the heel and below the inner ankle bone.',
      clinicalLocation:
        'Abductor hallucis belly along the medial border of the foot, from just anterior to the medial calcaneal tubercle toward the navicular, plantar to the medial malleolus and tarsal tunnel; pincer or flat palpation against the medial tarsal bones.',
      position: { along: 0.35, around: 0 },
      essentialZone: ['heel'],
      spilloverZone: ['sole'],
    },
  ],
  referredPain:
    'Pain is felt mainly on the inner side of the heel and can spread along the inner edge of the sole (the instep).',
  clinicalSummary:
    'Refers to the medial heel with spillover along the medial plantar arch (instep). A taut abductor hallucis can compress the tibial nerve or its plantar branches against the medial tarsal bones, giving tarsal-tunnel-like burning or numbness in the sole. Differentials include plantar fasciitis, calcaneal stress fracture, tarsal tunnel syndrome, entrapment of the first branch of the lateral plantar nerve, posterior tibial tendon dysfunction and S1 radiculopathy; dry needling of calf and foot TrPs, this muscle among them, gave a modest benefit for plantar heel pain in a sham-controlled trial.',
  symptoms: [
    'Heel pain on the inner side of the heel, worse when walking',
    'Pain along the inner arch of the foot that can be mistaken for plantar fasciitis',
    'Burning or numbness in the sole if the muscle presses on the nerves beside the inner ankle',
  ],
  perpetuatingFactors: [
    'Tight shoes, or shoes that press on the inner side of the foot or heel',
    'Feet that roll inward (overpronation)',
    'Long periods of standing or walking, especially barefoot on hard floors',
    'Ankle injuries and immobilisation in a cast',
  ],
  associatedMuscles: ['flexor_digitorum_brevis', 'quadratus_plantae', 'flexor_hallucis_brevis', 'soleus'],
  selfCare: {
    stretch: {
      name: 'Big-toe and arch stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Hold the big toe and gently pull it up and a little toward the second toe.',
        'With the other hand, pull the foot gently up toward the shin until you feel a stretch along the inner arch.',
        'Hold for 20 to 30 seconds and repeat two or three times.',
      ],
      cautions: ['Be gentle if the big toe joint is swollen, red or stiff: see a clinician about that first.'],
    },
    selfPressure: {
      name: 'Rolling and thumb pressure along the inner arch',
      steps: [
        'Sit with a tennis ball or a firm rolling pin under the inner edge of the sore foot.',
        'Roll slowly from just in front of the heel along the inner arch, using only as much weight as feels comfortable.',
        'Stop on tender spots, or press them with your thumb, for 20 to 60 seconds.',
        'Finish with the stretch.',
      ],
      cautions: [
        'Do not press into the hollow just behind and below the inner ankle bone, where the nerves and vessels to the sole run.',
        'Numbness or burning in the sole that does not settle needs a clinician.',
        'People with diabetes or reduced feeling in the feet should not use hard rollers: ask a clinician first.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'footwear_insoles',
      note: 'Shoes that do not squeeze the inner side of the foot, with arch support if the foot rolls inward.',
    },
    {
      id: 'dry_needling',
      note: 'Tried for heel pain in trials; benefit was modest and short-lived soreness after needling was common.',
    },
    { id: 'trigger_point_injection' },
    { id: 'physical_therapy' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the superficial intrinsic foot muscles' },
    { source: 'cotchett_2014_dry_needling_heel_pain' },
    { source: 'he_2017_needling_heel_pain_meta' },
    { source: 'thummar_2020_plantar_fasciopathy_trps' },
  ],
  uncertain:
    'A study of heel pain found trigger points here in about two in five patients but did not map where they refer; the pattern comes from clinical observation, and the needling trials treated several calf and foot muscles together, so the share of this one is unknown.',
} as const satisfies Muscle
