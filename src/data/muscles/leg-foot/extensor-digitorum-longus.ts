/** Extensor digitorum longus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const extensorDigitorumLongus = {
  name: 'Extensor digitorum longus',
  latin: 'Musculus extensor digitorum longus',
  synonyms: ['long toe extensor', 'long extensor of the toes', 'EDL'],
  area: 'leg_foot',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22549', right: 'FMA22548' } }],
  attachments: {
    origin:
      'Outer knob (lateral condyle) of the shinbone, the upper three-quarters of the front of the fibula, and the membrane between the leg bones.',
    insertion:
      'Four tendons that cross the front of the ankle and fan out over the top of the foot to the middle and end bones of the second to fifth toes.',
  },
  actions: [
    'Lifts the four smaller toes',
    'Lifts the foot (dorsiflexion) and helps turn the sole outward',
    'Helps the toes and forefoot clear the ground as the leg swings forward in walking',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Upper TrP',
      location:
        'On the front of the outer leg, about a hand-width below the knob of the fibula that sits below the knee, between the shin muscle and the outer calf (peroneal) muscles.',
      clinicalLocation:
        'Proximal extensor digitorum longus about 8 cm distal to the fibular head, in the groove between the tibialis anterior and the peroneus longus; flat palpation against the fibula, with toe extension against resistance to confirm the muscle.',
      position: { along: 0.2, around: 0 },
      essentialZone: ['top_of_foot', 'lesser_toes'],
      spilloverZone: ['anterior_ankle', 'shin_anterior'],
    },
  ],
  referredPain:
    'Pain spreads over the top of the foot and out to the middle three toes; it can also reach the front of the ankle and the lower shin.',
  clinicalSummary:
    'Refers over the dorsum of the foot toward the tips of the middle three toes, with spillover to the anterior ankle and distal anterior leg. Patients may report weak dorsiflexion with foot slap or tripping, night cramps in the toe extensors and, with long-standing shortening, clawed or hammer toes. Differentials include L5 radiculopathy, deep peroneal neuropathy, anterior compartment syndrome, metatarsal stress fracture and extensor tendinopathy.',
  symptoms: [
    'Pain on the top of the foot running out to the toes',
    'Foot cramps or cramps in the front of the leg, sometimes at night',
    'Ankle pain at the front of the ankle',
    'Weak lifting of the foot, with tripping or the foot slapping down',
    'Toes that curl up (claw or hammer toes)',
  ],
  perpetuatingFactors: [
    'Walking or running on uneven ground, or walking on a long slope',
    'Shoes that are tight over the top of the foot, or high heels',
    'Long spells with the foot pointed down, such as driving with the foot on the accelerator or sleeping with the feet pointed',
    'A fall, an ankle sprain, or immobilisation in a cast',
  ],
  associatedMuscles: ['extensor_hallucis_longus', 'tibialis_anterior', 'peroneus_longus', 'peroneus_tertius'],
  selfCare: {
    stretch: {
      name: 'Seated toe-curl shin stretch',
      steps: [
        'Sit toward the front of a chair.',
        'Tuck the sore foot back under the chair so the tops of the toes rest on the floor, toes curled under.',
        'Press gently down and back until you feel a stretch over the top of the foot and the front of the outer shin.',
        'Hold for 20 to 30 seconds, then relax; repeat two or three times.',
      ],
      cautions: ['Ease off if the foot or toes cramp.', 'Be gentle after a recent ankle sprain.'],
    },
    selfPressure: {
      name: 'Thumb pressure on the front of the outer leg',
      steps: [
        'Sit with the knee bent and the foot flat.',
        'Find the knob of the fibula below the outer knee and move about a hand-width down and slightly forward.',
        'Lift your toes to feel the muscle tighten, then relax them and press with your thumb on tender spots for 20 to 60 seconds.',
        'Finish with the stretch.',
      ],
      cautions: [
        'A shin that becomes tense, very painful and swollen during or after exercise can be compartment syndrome, which needs urgent medical care.',
        'Move off any spot that sends tingling into the top of the foot.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'Shoes with room over the top of the foot and a low heel.' },
    {
      id: 'supportive_pillow',
      note: 'A pillow or light frame keeping the bedclothes off the feet stops them being held pointed down during sleep.',
    },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'physical_therapy' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the long extensors of the toes' }],
} as const satisfies Muscle
