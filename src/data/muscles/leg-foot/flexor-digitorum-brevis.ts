/** Flexor digitorum brevis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const flexorDigitorumBrevis = {
  name: 'Flexor digitorum brevis',
  latin: 'Musculus flexor digitorum brevis',
  synonyms: ['short toe flexor', 'short flexor of the toes', 'FDB'],
  area: 'leg_foot',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA37462', right: 'FMA37461' } }],
  attachments: {
    origin:
      'The inner bump on the underside of the heel bone (medial process of the calcaneal tuberosity) and the middle of the plantar fascia, which covers it.',
    insertion:
      'Four tendons running forward along the middle of the sole to the sides of the middle bones of the second to fifth toes.',
  },
  actions: [
    'Bends the four smaller toes, pressing them into the ground',
    'Supports the long arch of the foot when standing and walking',
  ],
  triggerPoints: [
    {
      id: 'central',
      label: 'Belly TrP',
      location: 'In the middle of the sole, in the arch, about halfway between the heel and the ball of the foot.',
      clinicalLocation:
        'Flexor digitorum brevis belly in the central plantar midfoot, deep to the thick central plantar aponeurosis; firm flat palpation through the aponeurosis with the toes passively extended to tension the muscle.',
      position: { along: 0.4, around: 0 },
      essentialZone: ['sole'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'Pain is felt in the ball of the foot, under the heads of the second, third and fourth long foot bones.',
  clinicalSummary:
    'Refers to the plantar surface over the second to fourth metatarsal heads, so it presents as forefoot pain on walking with a tender mid-arch that can be mistaken for plantar fasciitis. Differentials include metatarsalgia, Morton neuroma, metatarsal stress fracture, plantar plate injury, plantar fasciitis and peripheral neuropathy; dry needling of calf and foot TrPs, this muscle among them, gave a modest benefit for plantar heel pain in a sham-controlled trial.',
  symptoms: [
    'Pain in the ball of the foot when walking',
    'Sore arch that is tender to press and can be mistaken for plantar fasciitis',
  ],
  perpetuatingFactors: [
    'Shoes with stiff or thin soles, or worn-out shoes without cushioning',
    'Long periods of walking or standing on hard floors',
    'Feet that roll inward (overpronation) or a Morton foot structure',
    'Immobilisation of the foot in a cast',
  ],
  associatedMuscles: [
    'abductor_hallucis',
    'abductor_digiti_minimi_foot',
    'quadratus_plantae',
    'flexor_digitorum_longus',
  ],
  selfCare: {
    stretch: {
      name: 'Toe-lift sole stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Hold all the smaller toes and bend them gently upward, pulling the foot up toward the shin.',
        'Hold for 20 to 30 seconds until you feel a stretch along the middle of the sole.',
        'Release and repeat two or three times.',
      ],
      cautions: ['Stop if it brings on a sharp pain under the heel.'],
    },
    selfPressure: {
      name: 'Ball or rolling-pin pressure under the arch',
      steps: [
        'Sit and put a tennis ball, golf ball or rolling pin under the middle of the sore foot.',
        'Roll slowly from just in front of the heel to just behind the ball of the foot, using only as much weight as feels comfortable.',
        'Pause on tender spots for 20 to 60 seconds.',
        'Finish with the toe-lift stretch.',
      ],
      cautions: [
        'Sitting gives better control than standing on the ball.',
        'People with diabetes or reduced feeling in the feet should not use hard balls or rollers: ask a clinician first.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'Cushioned, flexible soles; replace worn-out shoes.' },
    {
      id: 'dry_needling',
      note: 'Tried for heel pain in trials; benefit was modest and short-lived soreness after needling was common.',
    },
    { id: 'physical_therapy' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the superficial intrinsic foot muscles' },
    { source: 'cotchett_2014_dry_needling_heel_pain' },
    { source: 'martinez_jimenez_2021_fdb_dry_needling' },
  ],
  uncertain:
    'Trigger points in this muscle were found and needled in a small study, but no study beyond the trigger-point manual was found that maps where they refer; the muscle lies under the thick plantar fascia, so tenderness there is hard to attribute to one structure.',
} as const satisfies Muscle
