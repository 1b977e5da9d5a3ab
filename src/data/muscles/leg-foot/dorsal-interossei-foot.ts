/** Dorsal interossei of the foot: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const dorsalInterosseiFoot = {
  name: 'Dorsal interossei (foot)',
  latin: 'Musculi interossei dorsales pedis',
  synonyms: ['dorsal interosseous muscles of the foot', 'interossei', 'interosseous muscles'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA74141', right: 'FMA74140' } }],
  attachments: {
    origin:
      'Four small two-headed muscles, each from the facing sides of two neighbouring metatarsals, filling the spaces between the five long foot bones.',
    insertion:
      'The bases of the first bones of the second, third and fourth toes and their extensor hoods: the first to the inner side of the second toe, the second to its outer side, the third and fourth to the outer sides of the third and fourth toes.',
  },
  actions: [
    'Spread the second to fourth toes away from the line of the second toe',
    'Help bend the toes at their base joints while straightening the end joints, keeping the toes flat on the ground',
    'Steady the long foot bones when the foot pushes off',
  ],
  triggerPoints: [
    {
      id: 'first',
      label: 'First dorsal interosseous TrP',
      location:
        'On the top of the foot in the groove between the first and second long foot bones, a little behind the web between the big toe and the second toe.',
      clinicalLocation:
        'First dorsal interosseous in the first intermetatarsal space, in the distal half of the space proximal to the metatarsal heads; flat palpation from the dorsum between the first and second metatarsals, or pincer palpation between dorsal and plantar fingers.',
      position: { along: 0.6, around: 0 },
      essentialZone: ['lesser_toes'],
      spilloverZone: ['top_of_foot', 'sole', 'big_toe'],
    },
  ],
  referredPain:
    'Pain runs along the side of the toe that the affected muscle pulls on, on both its top and underside, and may spread over the top and the sole of the foot nearby. The first one can also cause tingling in the big toe.',
  clinicalSummary:
    'Each dorsal interosseous refers along the side of the toe to which it attaches, dorsally and plantarly, with spillover over the adjacent dorsum and sole; the first may also give tingling in the great toe and altered sensation over the dorsum of the foot. Associated with clawing and hammer toes when the interossei are weak or shortened. Differentials include Morton neuroma, metatarsal stress fracture, plantar plate injury, Freiberg disease and deep peroneal nerve entrapment.',
  symptoms: [
    'Pain along the side of one of the middle toes, top and bottom',
    'Pain between the long bones on the top of the foot',
    'Tingling or numbness in the big toe or on top of the foot',
    'Toes that curl up (claw or hammer toes)',
  ],
  perpetuatingFactors: [
    'Tight, narrow shoes that squeeze the toes together',
    'Morton foot structure (a short first metatarsal with a relatively long second toe)',
    'Long periods of walking or standing on hard floors',
    'Stiff joints in the middle of the foot',
  ],
  associatedMuscles: [
    'adductor_hallucis',
    'extensor_digitorum_longus',
    'flexor_digitorum_longus',
    'flexor_hallucis_brevis',
  ],
  selfCare: {
    stretch: {
      name: 'Toe-spread and squeeze stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Gently squeeze two neighbouring toes together, then spread them apart, holding each position for a few seconds.',
        'Gently bend each of the middle toes down at its base, holding for 20 to 30 seconds.',
        'Repeat two or three times.',
      ],
      cautions: ['Be gentle with toes that are stiff, swollen or red.'],
    },
    selfPressure: {
      name: 'Fingertip pressure between the foot bones',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Place a fingertip in the groove between two long bones on the top of the foot, starting with the one between the big toe and the second toe.',
        'Press gently down into the groove and hold tender spots for 20 to 60 seconds; a finger underneath can press up from the sole at the same time.',
        'Work along each groove, then do the toe stretch.',
      ],
      cautions: [
        'Pain over one spot on a long foot bone that gets worse with walking can be a stress fracture and needs checking.',
        'Sharp or burning pain between two toes can be a nerve problem (Morton neuroma): see a clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'footwear_insoles',
      note: 'Shoes wide enough for the toes to lie flat; a pad under the first metatarsal head corrects Morton foot structure.',
    },
    { id: 'physical_therapy' },
    { id: 'trigger_point_injection' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the deep intrinsic foot muscles' }],
  uncertain:
    'Trigger points in these small muscles have been studied little; no study beyond the trigger-point manual was found, and their patterns come from clinical observation, mostly of the first dorsal interosseous.',
} as const satisfies Muscle
