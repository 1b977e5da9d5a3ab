/** Extensor hallucis brevis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const extensorHallucisBrevis = {
  name: 'Extensor hallucis brevis',
  latin: 'Musculus extensor hallucis brevis',
  synonyms: ['short extensor of the big toe', 'EHB'],
  area: 'leg_foot',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA51145', right: 'FMA51144' } }],
  attachments: {
    origin:
      'The upper surface of the front of the heel bone (calcaneus) and the inferior extensor retinaculum, together with the extensor digitorum brevis, of which it is the innermost part.',
    insertion:
      'A tendon that runs forward and inward across the top of the foot, over the artery on the top of the foot, to the top of the base of the first bone of the big toe.',
  },
  actions: ['Lifts the big toe at its base joint, helping the long big-toe extensor'],
  triggerPoints: [
    {
      id: 'central',
      label: 'Belly TrP',
      location:
        'On the top of the foot, in the inner part of the small muscle bulge in front of the outer ankle, slightly nearer the middle of the foot.',
      clinicalLocation:
        'Medial belly of the short extensor mass on the dorsal midfoot, just medial to the extensor digitorum brevis belly and lateral to the extensor hallucis longus tendon; flat palpation against the tarsal bones with resisted extension of the great toe.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['top_of_foot'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain is felt locally, over the top of the middle of the foot.',
  clinicalSummary:
    'Refers locally over the dorsal midfoot, together with and indistinguishable from the extensor digitorum brevis. Differentials include midfoot (tarsometatarsal) arthritis, dorsal osteophytes compressed by footwear, navicular or metatarsal stress fracture, and entrapment of the deep peroneal nerve beneath its tendon.',
  symptoms: ['Pain on the top of the middle of the foot', 'Aching on top of the foot in tight shoes'],
  perpetuatingFactors: [
    'Tight shoes or laces pressing on the top of the foot',
    'Ankle sprains and immobilisation in a cast',
    'Walking or running on uneven ground',
  ],
  associatedMuscles: ['extensor_digitorum_brevis', 'extensor_hallucis_longus'],
  selfCare: {
    stretch: {
      name: 'Big-toe-curl stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Hold the big toe and gently bend it down at its base.',
        'Hold for 20 to 30 seconds until you feel a stretch over the top of the foot.',
        'Release and repeat two or three times.',
      ],
      cautions: ['Be gentle if the big toe joint is swollen, red or stiff: see a clinician about that first.'],
    },
    selfPressure: {
      name: 'Fingertip pressure on the top of the foot',
      steps: [
        'Sit with the foot resting flat or on the other knee.',
        'Lift the big toe to feel the small muscle tighten on top of the foot, then relax it.',
        'Press on tender spots with a fingertip and hold for 20 to 60 seconds.',
        'Finish with the stretch.',
      ],
      cautions: [
        'Avoid pressing hard on the pulse on top of the foot.',
        'Pain over a bone on top of the foot that is worse with walking can be a stress fracture and needs checking.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'Shoes roomy over the top of the foot; loosen laces that press there.' },
    { id: 'physical_therapy' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the superficial intrinsic foot muscles' }],
  uncertain:
    'This small muscle is usually described together with the extensor digitorum brevis; no study beyond the trigger-point manual was found on its trigger points, so the pattern comes from clinical observation.',
} as const satisfies Muscle
