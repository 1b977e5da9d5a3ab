/** Flexor digitorum longus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const flexorDigitorumLongus = {
  name: 'Flexor digitorum longus',
  latin: 'Musculus flexor digitorum longus',
  synonyms: ['long toe flexor', 'long flexor of the toes', 'FDL'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA65017', right: 'FMA65016' } }],
  attachments: {
    origin:
      'The back of the shinbone (tibia) below the soleal line, over its middle part, on the inner side of the deep calf.',
    insertion:
      'Its tendon passes behind the inner ankle bone into the sole, where it splits into four tendons to the end bones of the second to fifth toes.',
  },
  actions: [
    'Curls the four smaller toes, pressing them into the ground',
    'Helps point the foot down and turn the sole inward',
    'Steadies the foot and supports the arch when the heel lifts in walking',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Upper TrP',
      location:
        'On the inner side of the upper calf, pressing in from just behind the inner edge of the shinbone, under the edge of the calf muscles.',
      clinicalLocation:
        'Proximal flexor digitorum longus on the posterior tibia, reached from the medial side between the posteromedial border of the tibia and the medial gastrocnemius and soleus, which are pushed posteriorly; deep flat palpation against the tibia in the proximal half of the leg.',
      position: { along: 0.25, around: 0.25 },
      essentialZone: ['sole'],
      spilloverZone: ['lesser_toes', 'medial_ankle', 'calf'],
    },
  ],
  referredPain:
    'Pain is felt in the middle of the sole, under the front of the foot just behind the four smaller toes; it may spread into those toes and up over the inner ankle and the inner calf.',
  clinicalSummary:
    'Refers to the plantar forefoot just proximal to the lesser toes, with spillover into the plantar lesser toes and occasionally over the medial ankle and medial calf. Pain on weight-bearing and walking is typical, and toe-flexor overactivity may be associated with clawing of the lesser toes. Differentials include metatarsalgia, Morton neuroma, metatarsal stress fracture, tarsal tunnel syndrome, chronic deep posterior compartment syndrome and medial tibial stress syndrome.',
  symptoms: [
    'Pain in the sole of the foot under the ball of the foot, worse when walking',
    'Foot cramps and cramps in the toes',
    'Aching on the inner side of the ankle and calf',
    'Toes that curl under (claw or hammer toes)',
  ],
  perpetuatingFactors: [
    'Running or walking on uneven ground, slopes or soft sand',
    'Shoes with stiff soles, thin soles that give no cushioning, or sandals the toes must grip to keep on',
    'Feet that roll inward (overpronation) or a Morton foot structure',
    'Weak or stiff calf and foot muscles after immobilisation',
  ],
  associatedMuscles: ['tibialis_posterior', 'flexor_hallucis_longus', 'soleus', 'quadratus_plantae'],
  selfCare: {
    stretch: {
      name: 'Toe-lift calf stretch',
      steps: [
        'Stand facing a wall with the sore foot behind, heel down.',
        'Slip a folded towel or a thin book under the toes so they bend up.',
        'Bend the back knee slightly and lean forward until you feel a stretch in the sole and the deep calf.',
        'Hold for 20 to 30 seconds, breathing slowly, and repeat two or three times.',
      ],
      cautions: [
        'Stop if the sole or the inner ankle hurts sharply.',
        'Sudden calf pain with swelling, warmth or redness needs medical care, not stretching.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure on the inner upper calf',
      steps: [
        'Sit with the sore leg crossed over the other knee so the inner calf faces up.',
        'Find the inner edge of the shinbone in the upper half of the leg and slide your thumb just behind it.',
        'Press forward toward the back of the bone and hold tender spots for 20 to 60 seconds.',
        'Finish with the toe-lift stretch.',
      ],
      cautions: [
        'Keep the pressure against the bone; do not dig deep into the middle of the calf, where the main vessels and nerve run.',
        'Do not press on varicose veins or a calf that is swollen, hot or red.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'footwear_insoles',
      note: 'Cushioned, flexible soles; avoid sandals the toes must grip, and consider arch support if the foot rolls inward.',
    },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'Approached from the inner side of the leg, behind the shinbone, away from the main vessels and nerve.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the long flexors of the toes' },
    { source: 'zuil_escobar_2024_high_arch_latent_trps' },
  ],
  uncertain:
    'The muscle lies deep under the calf, so its trigger points are found only indirectly; a study examined it for latent trigger points, but none has mapped its referral, which rests on clinical observation.',
} as const satisfies Muscle
