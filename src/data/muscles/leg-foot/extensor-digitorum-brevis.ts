/** Extensor digitorum brevis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const extensorDigitorumBrevis = {
  name: 'Extensor digitorum brevis',
  latin: 'Musculus extensor digitorum brevis',
  synonyms: ['short toe extensor', 'short extensor of the toes', 'EDB'],
  area: 'leg_foot',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA51143', right: 'FMA51142' } }],
  attachments: {
    origin:
      'The upper and outer surface of the front of the heel bone (calcaneus), just in front of the outer ankle, and the band that holds the extensor tendons down (inferior extensor retinaculum).',
    insertion:
      'Three slender tendons that run forward and inward across the top of the foot to join the long extensor tendons of the second, third and fourth toes.',
  },
  actions: ['Lifts the second to fourth toes, helping the long toe extensor'],
  triggerPoints: [
    {
      id: 'central',
      label: 'Belly TrP',
      location:
        'On the top of the foot toward the outer side, in the small fleshy bulge a thumb-width or two in front of the outer ankle bone.',
      clinicalLocation:
        'Belly of the extensor digitorum brevis on the dorsolateral midfoot, distal and anterior to the lateral malleolus over the sinus tarsi and calcaneocuboid region; flat palpation against the tarsal bones, with resisted extension of the lesser toes to outline the belly.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['top_of_foot'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain is felt locally, over the top of the foot around and just in front of the trigger point.',
  clinicalSummary:
    'Refers locally over the dorsolateral midfoot. The belly is easily palpated and often tender after ankle sprains or with tight footwear. Differentials include sinus tarsi syndrome, midfoot or tarsal joint arthritis, tarsal coalition, stress fracture of the metatarsals or navicular, and deep peroneal nerve entrapment on the dorsum of the foot.',
  symptoms: [
    'Pain on the top of the foot, toward the outer side',
    'Aching on top of the foot when walking in tight or stiff shoes',
  ],
  perpetuatingFactors: [
    'Tight shoes or laces pressing on the top of the foot',
    'Ankle sprains and immobilisation in a cast',
    'Walking or running on uneven ground',
  ],
  associatedMuscles: ['extensor_hallucis_brevis', 'extensor_digitorum_longus', 'peroneus_tertius'],
  selfCare: {
    stretch: {
      name: 'Toe-curl stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Hold the smaller toes and gently curl them downward while pointing the foot.',
        'Hold for 20 to 30 seconds until you feel a stretch over the top of the foot.',
        'Release and repeat two or three times.',
      ],
      cautions: ['Ease off if the foot cramps.', 'Be gentle after a recent ankle sprain.'],
    },
    selfPressure: {
      name: 'Fingertip pressure on the top of the foot',
      steps: [
        'Sit with the foot resting flat or on the other knee.',
        'Lift your toes to feel the small muscle bulge in front of the outer ankle bone, then relax them.',
        'Press on tender spots with a fingertip and hold for 20 to 60 seconds.',
        'Finish with the toe-curl stretch.',
      ],
      cautions: [
        'Press on the muscle, not on a swollen, bruised or newly sprained area.',
        'Pain over a bone on top of the foot that is worse with walking can be a stress fracture and needs checking.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'Shoes roomy over the top of the foot; loosen or re-lace laces that press there.' },
    { id: 'physical_therapy' },
    { id: 'trigger_point_injection' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the superficial intrinsic foot muscles' }],
  uncertain:
    'The intrinsic foot muscles have been studied little as sources of trigger-point pain; no study beyond the trigger-point manual was found for this muscle, so its pattern comes from clinical observation.',
} as const satisfies Muscle
