/** Adductor hallucis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const adductorHallucis = {
  name: 'Adductor hallucis',
  latin: 'Musculus adductor hallucis',
  synonyms: ['big toe adductor', 'adductor hallucis muscle'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [
    { id: 'oblique_head', name: 'Oblique head', fma: { left: 'FMA46019', right: 'FMA46018' } },
    { id: 'transverse_head', name: 'Transverse head', fma: { left: 'FMA46021', right: 'FMA46020' } },
  ],
  attachments: {
    origin:
      'Oblique head: the bases of the second to fourth metatarsals and the sheath of the peroneus longus tendon, deep in the middle of the sole. Transverse head: the ligaments under the joints at the bases of the third to fifth toes, across the ball of the foot.',
    insertion:
      'Both heads join on the outer side of the base of the first bone of the big toe, with the outer sesamoid bone.',
  },
  actions: [
    'Pulls the big toe toward the second toe and helps bend it at its base',
    'Helps hold the front of the foot together across the ball of the foot (the transverse arch)',
  ],
  triggerPoints: [
    {
      id: 'oblique',
      label: 'Oblique-head TrP',
      location:
        'Deep in the middle of the sole, under the shafts of the second to fourth long foot bones, behind the ball of the foot.',
      clinicalLocation:
        'Oblique head deep in the central plantar midfoot, beneath the long flexor tendons and flexor digitorum brevis, over the shafts of the second to fourth metatarsals; deep flat palpation with the toes passively extended.',
      position: { part: 'oblique_head', along: 0.5, around: 0 },
      essentialZone: ['sole'],
      spilloverZone: [],
    },
    {
      id: 'transverse',
      label: 'Transverse-head TrP',
      location: 'Under the ball of the foot, just behind the bases of the middle toes.',
      clinicalLocation:
        'Transverse head across the plantar forefoot just proximal to the third and fourth metatarsophalangeal joints; flat palpation between the metatarsal heads with the toes extended.',
      position: { part: 'transverse_head', along: 0.35, around: 0 },
      essentialZone: ['sole'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'Pain is felt across much of the ball of the foot, under the front ends of the long foot bones, and can feel numb or swollen there.',
  clinicalSummary:
    'Refers to the plantar forefoot over the metatarsal heads, sometimes with a sense of numbness or swelling. The muscle is shortened in hallux valgus, and the forefoot pain overlaps that of metatarsalgia. Differentials include metatarsalgia, Morton neuroma, metatarsal stress fracture, plantar plate injury, sesamoiditis and peripheral neuropathy.',
  symptoms: ['Pain in the ball of the foot when walking', 'A numb or swollen feeling under the ball of the foot'],
  perpetuatingFactors: [
    'Tight, narrow or pointed shoes that squeeze the forefoot, or high heels',
    'Long periods of walking or standing on hard floors',
    'Stiff or painful joints at the base of the toes, such as a bunion',
  ],
  associatedMuscles: [
    'flexor_hallucis_brevis',
    'dorsal_interossei_foot',
    'flexor_digitorum_brevis',
    'flexor_hallucis_longus',
  ],
  selfCare: {
    stretch: {
      name: 'Toe-spread and lift stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Hold the big toe and gently move it away from the second toe, then bend all the toes gently upward.',
        'Hold for 20 to 30 seconds until you feel a stretch across the ball of the foot.',
        'Release and repeat two or three times.',
      ],
      cautions: ['Be gentle if the big toe joint is swollen, red or stiff: see a clinician about that first.'],
    },
    selfPressure: {
      name: 'Ball pressure under the front of the sole',
      steps: [
        'Sit and put a tennis ball or golf ball under the sore foot, just behind the ball of the foot.',
        'Roll slowly across the front of the sole from side to side, using only as much weight as feels comfortable.',
        'Pause on tender spots for 20 to 60 seconds.',
        'Finish with the stretch.',
      ],
      cautions: [
        'Sharp or burning pain between two toes can be a nerve problem (Morton neuroma): stop and see a clinician.',
        'People with diabetes or reduced feeling in the feet should not use hard balls: ask a clinician first.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'footwear_insoles',
      note: 'Shoes wide at the front with low heels; a metatarsal pad may unload the ball of the foot.',
    },
    { id: 'physical_therapy' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the deep intrinsic foot muscles' },
    { source: 'lucas_2009_trp_reliability' },
    { source: 'ortega_santiago_2020_heel_pain_trps' },
  ],
  uncertain:
    'This deep muscle of the sole cannot be felt apart from the layers over it. A case-control study of heel pain examined it for trigger points, but its own referral pattern rests on clinical observation alone.',
} as const satisfies Muscle
