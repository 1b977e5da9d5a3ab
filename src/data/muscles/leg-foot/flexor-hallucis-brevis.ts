/** Flexor hallucis brevis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const flexorHallucisBrevis = {
  name: 'Flexor hallucis brevis',
  latin: 'Musculus flexor hallucis brevis',
  synonyms: ['short flexor of the big toe', 'FHB'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [
    { id: 'medial_head', name: 'Medial head', fma: { left: 'FMA45972', right: 'FMA45971' } },
    { id: 'lateral_head', name: 'Lateral head', fma: { left: 'FMA45974', right: 'FMA45973' } },
  ],
  attachments: {
    origin:
      'Both heads: the underside of the cuboid and the outer (lateral) cuneiform bone, and slips of the tibialis posterior tendon, in the middle of the sole.',
    insertion:
      'Medial head: the inner side of the base of the first bone of the big toe, through the inner sesamoid bone. Lateral head: the outer side of the same bone, through the outer sesamoid bone. The two heads run forward under the first metatarsal.',
  },
  actions: [
    'Bends the big toe at its base, pressing it into the ground for push-off',
    'Supports the inner arch and steadies the sesamoid bones under the big toe joint',
  ],
  triggerPoints: [
    {
      id: 'medial',
      label: 'Medial-head TrP',
      location:
        'Under the inner part of the sole, beneath the long bone leading to the big toe, a little behind the ball of the foot.',
      clinicalLocation:
        'Medial head on the plantar surface of the first metatarsal shaft, proximal to its head, deep to the abductor hallucis; deep flat palpation against the first metatarsal with the great toe passively extended.',
      position: { part: 'medial_head', along: 0.6, around: 0 },
      essentialZone: ['sole'],
      spilloverZone: ['big_toe', 'lesser_toes'],
    },
    {
      id: 'lateral',
      label: 'Lateral-head TrP',
      location:
        'Under the sole just to the outer side of the long bone leading to the big toe, behind the ball of the foot.',
      clinicalLocation:
        'Lateral head on the plantar aspect of the first metatarsal shaft, lateral to the flexor hallucis longus tendon and proximal to the lateral sesamoid, deep to the plantar aponeurosis; deep flat palpation with the great toe extended.',
      position: { part: 'lateral_head', along: 0.6, around: 0 },
      essentialZone: ['sole'],
      spilloverZone: ['big_toe', 'lesser_toes'],
    },
  ],
  referredPain:
    'Pain is felt mainly under and on the inner side of the ball of the foot behind the big toe, and can spread into the big toe and the second toe.',
  clinicalSummary:
    'Refers to the plantar and medial aspects of the first metatarsal head, with spillover into the great toe and second toe. Push-off and toe-walking are painful. Differentials include sesamoiditis or sesamoid fracture, hallux rigidus, gout, first metatarsophalangeal capsulitis or turf toe, and entrapment of the medial plantar digital nerve.',
  symptoms: [
    'Pain in the ball of the foot behind the big toe',
    'Big toe pain when pushing off in walking or standing on tiptoe',
  ],
  perpetuatingFactors: [
    'High heels and thin-soled or worn shoes that load the ball of the foot',
    'Long periods of walking or standing on hard floors',
    'A stiff big-toe joint or a bunion',
    'Feet that roll inward (overpronation) or a Morton foot structure',
  ],
  associatedMuscles: ['flexor_hallucis_longus', 'abductor_hallucis', 'adductor_hallucis'],
  selfCare: {
    stretch: {
      name: 'Big-toe lift stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Hold the big toe and gently bend it upward at its base.',
        'Hold for 20 to 30 seconds until you feel a stretch under the ball of the foot and the inner sole.',
        'Release and repeat two or three times.',
      ],
      cautions: ['Be gentle if the big toe joint is swollen, red or stiff: see a clinician about that first.'],
    },
    selfPressure: {
      name: 'Thumb pressure under the big-toe bone',
      steps: [
        'Sit with the sore foot resting on the other knee, sole turned up.',
        'Find the long bone leading to the big toe and press with your thumb just under it, a little behind the ball of the foot.',
        'Hold tender spots for 20 to 60 seconds until they ease; work slightly toward the inner and outer sides of the bone.',
        'Finish with the big-toe lift stretch.',
      ],
      cautions: [
        'Do not press hard on the two small round bones (sesamoids) right under the ball of the big toe if they are very tender: that needs checking.',
        'People with diabetes or reduced feeling in the feet should ask a clinician before firm pressure on the sole.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'Low heels and cushioning under the ball of the foot.' },
    { id: 'physical_therapy' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the deep intrinsic foot muscles' },
    { source: 'lucas_2009_trp_reliability' },
    { source: 'ortega_santiago_2020_heel_pain_trps' },
  ],
  uncertain:
    'The muscle lies deep in the sole under other layers. A case-control study found active trigger points here in over half of people with heel pain, reproducing their heel pain, which the pattern drawn here (sole and toes, from clinical observation) does not include; it is also hard to tell from big-toe joint and sesamoid pain.',
} as const satisfies Muscle
