/** Abductor digiti minimi of the foot: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const abductorDigitiMinimiFoot = {
  name: 'Abductor digiti minimi (foot)',
  latin: 'Musculus abductor digiti minimi pedis',
  synonyms: ['little toe abductor', 'abductor digiti quinti', 'abductor digiti minimi'],
  area: 'leg_foot',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA37464', right: 'FMA37463' } }],
  attachments: {
    origin:
      'The outer and inner bumps on the underside of the heel bone (lateral and medial processes of the calcaneal tuberosity) and the plantar fascia.',
    insertion:
      'Along the outer edge of the sole, past the bump at the base of the fifth metatarsal, to the outer side of the base of the first bone of the little toe.',
  },
  actions: ['Moves the little toe outward and helps bend it', 'Supports the outer edge of the foot when standing'],
  triggerPoints: [
    {
      id: 'central',
      label: 'Belly TrP',
      location:
        'Along the outer edge of the sole, in the fleshy strip between the heel and the little toe, about halfway along.',
      clinicalLocation:
        'Abductor digiti minimi belly along the lateral plantar border of the foot, between the calcaneus and the fifth metatarsal base; pincer or flat palpation against the lateral border of the calcaneus and cuboid.',
      position: { along: 0.5, around: 0.75 },
      essentialZone: ['sole'],
      spilloverZone: ['lesser_toes'],
    },
  ],
  referredPain:
    'Pain is felt under the ball of the foot at the base of the little toe, and sometimes spreads around it and into the little toe.',
  clinicalSummary:
    "Refers mainly to the plantar surface of the fifth metatarsal head, with spillover to the surrounding lateral forefoot. Differentials include fifth metatarsal stress fracture or base fracture, tailor's bunion (bunionette), cuboid syndrome, entrapment of the first branch of the lateral plantar nerve and peroneal tendinopathy.",
  symptoms: [
    'Pain under the outer part of the ball of the foot, near the little toe',
    'Aching along the outer edge of the sole when walking',
  ],
  perpetuatingFactors: [
    'Tight or narrow shoes that squeeze the outer side of the foot',
    'Long periods of walking or standing on hard floors',
    'Feet that rest on their outer edges, or uneven wear on the outer sole of shoes',
  ],
  associatedMuscles: ['flexor_digitorum_brevis', 'abductor_hallucis', 'peroneus_brevis'],
  selfCare: {
    stretch: {
      name: 'Little-toe stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Hold the little toe and gently move it toward the fourth toe while bending it slightly upward.',
        'Hold for 20 to 30 seconds until you feel a stretch along the outer edge of the sole.',
        'Release and repeat two or three times.',
      ],
      cautions: ['Be gentle: the little toe is easily strained.'],
    },
    selfPressure: {
      name: 'Thumb pressure along the outer sole',
      steps: [
        'Sit with the sore foot resting on the other knee, sole turned up.',
        'Press with your thumb along the outer edge of the sole, from the heel toward the little toe.',
        'Hold tender spots for 20 to 60 seconds until they ease.',
        'Finish with the little-toe stretch.',
      ],
      cautions: [
        'A sharp pain over the bony bump halfway along the outer edge of the foot after a twist can be a fracture and needs checking.',
        'People with diabetes or reduced feeling in the feet should ask a clinician before firm pressure on the sole.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'Shoes wide enough at the outer side of the forefoot.' },
    { id: 'physical_therapy' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the superficial intrinsic foot muscles' }],
  uncertain:
    'Trigger points in the small foot muscles have been studied little; no study beyond the trigger-point manual was found for this one, so its pattern comes from clinical observation.',
} as const satisfies Muscle
