/** Extensor hallucis longus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const extensorHallucisLongus = {
  name: 'Extensor hallucis longus',
  latin: 'Musculus extensor hallucis longus',
  synonyms: ['long extensor of the big toe', 'big toe extensor', 'EHL'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22547', right: 'FMA22546' } }],
  attachments: {
    origin:
      'Middle half of the front surface of the fibula and the neighbouring membrane between the leg bones, lying between the shin muscle and the long toe extensor.',
    insertion:
      'Its tendon crosses the front of the ankle and runs along the top of the foot to the base of the end bone of the big toe.',
  },
  actions: [
    'Lifts the big toe',
    'Helps lift the foot (dorsiflexion)',
    'Helps the big toe clear the ground as the leg swings forward',
  ],
  triggerPoints: [
    {
      id: 'lower',
      label: 'Lower TrP',
      location:
        'On the front of the lower leg, a little below its middle, just in front of the fibula and deep under the shin muscle and the long toe extensor.',
      clinicalLocation:
        'Extensor hallucis longus just distal to the junction of the middle and distal thirds of the leg, anterior to the fibula and deep between the tibialis anterior and extensor digitorum longus; deep flat palpation with resisted great-toe extension to identify the belly.',
      position: { along: 0.45, around: 0 },
      essentialZone: ['top_of_foot'],
      spilloverZone: ['big_toe', 'anterior_ankle'],
    },
  ],
  referredPain:
    'Pain is felt on the top of the foot over the first long foot bone, near the base of the big toe, and can spread out over the big toe and back toward the front of the ankle.',
  clinicalSummary:
    'Refers to the dorsum of the foot over the distal first metatarsal, with spillover over the great toe and back toward the anterior ankle. Weak great-toe extension, foot slap and night cramps may accompany it. Differentials include first metatarsophalangeal joint disease (gout, hallux rigidus), L5 radiculopathy, deep peroneal nerve entrapment at the ankle and extensor tendinopathy.',
  symptoms: [
    'Pain on the top of the foot near the base of the big toe',
    'Big toe pain on the top of the toe',
    'Foot cramps, sometimes at night',
    'Weak lifting of the big toe or the foot, with tripping',
  ],
  perpetuatingFactors: [
    'Walking or running on uneven ground or slopes',
    'Shoes that press on the top of the foot or the big toe',
    'Long spells with the foot pointed down, such as driving or sleeping with the feet pointed',
    'A fall, an ankle sprain, or immobilisation in a cast',
  ],
  associatedMuscles: ['extensor_digitorum_longus', 'tibialis_anterior', 'peroneus_tertius'],
  selfCare: {
    stretch: {
      name: 'Big-toe-curl stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Hold the big toe and gently bend it down while you point the foot down.',
        'Hold for 20 to 30 seconds until you feel a stretch along the top of the foot and the front of the lower leg.',
        'Release and repeat two or three times.',
      ],
      cautions: ['Be gentle if the big toe joint is swollen, red or stiff: see a clinician about that first.'],
    },
    selfPressure: {
      name: 'Deep thumb pressure on the front of the lower leg',
      steps: [
        'Sit with the knee bent and the foot flat.',
        'Place your thumb just in front of the fibula, a little below the middle of the lower leg.',
        'Lift your big toe to feel the muscle tighten under the others, relax it, then press gently and deeply for 20 to 60 seconds on tender spots.',
        'Finish with the stretch.',
      ],
      cautions: [
        'A shin that becomes tense, very painful and swollen during or after exercise needs urgent medical care.',
        'Move off any spot that sends tingling into the top of the foot or the big toe.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'Shoes with room over the big toe and the top of the foot.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'physical_therapy' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the long extensors of the toes' }],
} as const satisfies Muscle
