/** Tibialis anterior: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const tibialisAnterior = {
  name: 'Tibialis anterior',
  latin: 'Musculus tibialis anterior',
  synonyms: ['shin muscle', 'anterior tibialis', 'tib anterior', 'tibialis anticus'],
  area: 'leg_foot',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22545', right: 'FMA22544' } }],
  attachments: {
    origin:
      'Outer knob (lateral condyle) and upper two-thirds of the outer surface of the shinbone, and the membrane between the shinbone and the fibula.',
    insertion: 'Inner side of the foot: the medial cuneiform bone and the base of the first metatarsal.',
  },
  actions: [
    'Lifts the foot (dorsiflexion), clearing the toes as the leg swings forward',
    'Lowers the foot gently to the ground after the heel strikes',
    'Turns the sole inward (inversion) and supports the inner arch',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Upper-shin TrP',
      location: 'In the upper third of the shin, just to the outer side of the sharp front edge of the shinbone.',
      clinicalLocation:
        'Upper third of the tibialis anterior, just lateral to the tibial crest (anterior border of the tibia); flat palpation against the lateral surface of the tibia with the ankle relaxed.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['anterior_ankle', 'big_toe'],
      spilloverZone: ['shin_anterior'],
    },
  ],
  referredPain:
    'Pain is felt mainly at the front inner ankle and over the top and inner side of the big toe, with some aching down the front of the shin.',
  clinicalSummary:
    'Refers to the anteromedial ankle and the dorsomedial great toe, with spillover along the anterior shin. Dorsiflexion weakness may show as tripping or foot slap, and stretch into plantar flexion with eversion is painful. Differentials include L4-L5 radiculopathy, deep peroneal neuropathy, anterior compartment syndrome, anterior shin splints or tibial stress fracture, and first metatarsophalangeal joint disease such as gout or hallux rigidus.',
  symptoms: [
    'Ankle pain at the front of the ankle, and big toe pain',
    'Aching down the front of the shin, which may be called shin splints',
    'Weak lifting of the foot: tripping, catching the toes, or the foot slapping down',
    'Ankle weakness',
  ],
  perpetuatingFactors: [
    'Walking or running on rough or uneven ground',
    'Ankle sprains, stubbing the big toe, or a fall',
    'Ill-fitting shoes',
  ],
  associatedMuscles: ['peroneus_longus'],
  selfCare: {
    stretch: {
      name: 'Seated shin stretch',
      steps: [
        'Sit toward the front of a chair.',
        'Tuck the sore foot back under the chair so the tops of the toes rest on the floor.',
        'Press gently down and back until you feel a stretch along the front of the shin and ankle.',
        'Hold for 20 to 30 seconds, then relax; repeat two or three times.',
      ],
      cautions: ['Ease off if the foot or toes cramp.', 'Be gentle after a recent ankle sprain.'],
    },
    selfPressure: {
      name: 'Thumb pressure on the upper shin',
      steps: [
        'Sit with the knee bent and the foot flat on the floor.',
        'Find the fleshy muscle just outside the sharp edge of the shinbone, in the upper third of the shin.',
        'Press with your thumbs or a ball and hold tender spots for 20 to 60 seconds.',
        'Work slowly down the muscle, then stretch.',
      ],
      cautions: [
        'Press on the muscle, not on the bone.',
        'A shin that becomes tense, very painful and swollen during or after exercise can be compartment syndrome, which needs urgent medical care.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'Well-fitting shoes with room for the toes.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'physical_therapy' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter "Tibialis Anterior Muscle"' }],
} as const satisfies Muscle
