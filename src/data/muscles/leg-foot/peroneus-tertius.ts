/** Peroneus tertius: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const peroneusTertius = {
  name: 'Peroneus tertius',
  latin: 'Musculus fibularis tertius',
  synonyms: ['fibularis tertius', 'third peroneal'],
  area: 'leg_foot',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22551', right: 'FMA22550' } }],
  attachments: {
    origin:
      'Lower third of the front surface of the fibula and the neighbouring membrane between the leg bones; it is often joined to the lower part of the long toe extensor.',
    insertion:
      'Its tendon crosses the front of the ankle, in front of the outer ankle bone, to the top of the base of the fifth metatarsal.',
  },
  actions: [
    'Lifts the foot (dorsiflexion) and turns the sole outward (eversion)',
    'Helps the outer side of the foot clear the ground as the leg swings forward',
  ],
  triggerPoints: [
    {
      id: 'central',
      label: 'Belly TrP',
      location:
        'On the front of the outer lower leg, a little below its middle, just in front of the fibula and beside the long toe extensor.',
      clinicalLocation:
        'Peroneus tertius just distal to mid-leg, over the anterior surface of the fibula, anterior to the peroneus brevis and lateral to the extensor digitorum longus; flat palpation against the fibula with the foot relaxed.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['anterior_ankle'],
      spilloverZone: ['lateral_ankle', 'heel'],
    },
  ],
  referredPain:
    'Pain is felt over the front and outer side of the ankle, and sometimes spreads behind the outer ankle bone to the outer side of the heel.',
  clinicalSummary:
    'Refers to the anterolateral ankle, with spillover behind the lateral malleolus to the lateral heel. It is absent in a minority of people and often clinically inseparable from the lower extensor digitorum longus. Associated with weak ankles and pain on dorsiflexion with eversion; differentials include anterolateral ankle impingement, sinus tarsi syndrome, lateral ankle ligament injury and superficial or deep peroneal nerve irritation.',
  symptoms: [
    'Ankle pain at the front and outer side of the ankle',
    'Pain at the outer side of the heel',
    'Weak ankles that turn over easily',
  ],
  perpetuatingFactors: [
    'Ankle sprains and immobilisation in a cast',
    'Walking or running on uneven ground',
    'Morton foot structure (a short first metatarsal with a relatively long second toe)',
  ],
  associatedMuscles: ['extensor_digitorum_longus', 'peroneus_longus', 'peroneus_brevis', 'tibialis_anterior'],
  selfCare: {
    stretch: {
      name: 'Seated foot-point-and-turn stretch',
      steps: [
        'Sit and rest the ankle of the sore leg on the other knee.',
        'Hold the foot and gently point it down while turning the sole inward.',
        'Hold for 20 to 30 seconds until you feel a stretch over the front and outer ankle.',
        'Release and repeat two or three times.',
      ],
      cautions: ['Be gentle after a recent ankle sprain.', 'Ease off if the foot or toes cramp.'],
    },
    selfPressure: {
      name: 'Thumb pressure on the front of the outer lower leg',
      steps: [
        'Sit with the knee bent and the foot flat.',
        'Find the fibula on the outer leg and slide your thumb just in front of it, a little below the middle of the leg.',
        'Hold tender spots with gentle pressure for 20 to 60 seconds.',
        'Finish with the stretch.',
      ],
      cautions: ['Press on the muscle, not on a swollen or bruised ankle.'],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'A pad under the first metatarsal head corrects Morton foot structure.' },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the peroneal muscles' }],
  uncertain:
    'The muscle is missing in some people and hard to tell apart from the long toe extensor; no study beyond the trigger-point manual was found, so its referral pattern rests on limited clinical observation.',
} as const satisfies Muscle
