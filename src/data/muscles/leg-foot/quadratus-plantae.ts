/** Quadratus plantae (flexor accessorius): trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const quadratusPlantae = {
  name: 'Quadratus plantae',
  latin: 'Musculus quadratus plantae',
  synonyms: ['flexor accessorius', 'musculus flexor accessorius', 'quadratus plantae muscle'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA37466', right: 'FMA37465' } }],
  attachments: {
    origin:
      'Two heads from the underside of the heel bone (calcaneus): the inner head from its concave inner surface, the outer head from the outer edge of its underside and the long plantar ligament.',
    insertion:
      'The outer edge of the tendon of the flexor digitorum longus in the sole, in front of the heel, where that tendon divides toward the toes.',
  },
  actions: [
    'Straightens the pull of the long toe flexor so it curls the smaller toes in line with them',
    'Helps the toes press into the ground when the heel lifts in walking',
  ],
  triggerPoints: [
    {
      id: 'central',
      label: 'Belly TrP',
      location:
        'Deep in the sole, just in front of the heel, slightly toward the inner side, under the short toe flexor.',
      clinicalLocation:
        'Quadratus plantae just anterior to the plantar calcaneus, slightly medial, deep to the flexor digitorum brevis and the central plantar aponeurosis; firm deep palpation through the overlying layers, best from the medial side under the abductor hallucis.',
      position: { along: 0.35, around: 0 },
      essentialZone: ['heel'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain is felt strongly on the underside of the heel.',
  clinicalSummary:
    'Refers intensely to the plantar surface of the heel and, because it lies beneath the plantar aponeurosis close to the calcaneus, is readily mistaken for plantar fasciitis or a calcaneal spur. Pain on weight-bearing, especially the first steps after rest, is typical. Differentials include plantar fasciitis, calcaneal stress fracture, fat-pad atrophy, entrapment of the first branch of the lateral plantar nerve, tarsal tunnel syndrome and S1 radiculopathy; dry needling of calf and foot TrPs, this muscle among them, gave a modest benefit for plantar heel pain in a sham-controlled trial.',
  symptoms: [
    'Heel pain under the heel, worst with the first steps after rest',
    'Heel pain that feels like plantar fasciitis or a heel spur',
    'Pain when standing or walking on hard floors',
  ],
  perpetuatingFactors: [
    'Long periods of standing or walking on hard floors, especially barefoot or in thin-soled shoes',
    'Feet that roll inward (overpronation)',
    'Worn shoes with no heel cushioning',
  ],
  associatedMuscles: ['flexor_digitorum_brevis', 'abductor_hallucis', 'flexor_digitorum_longus', 'soleus'],
  selfCare: {
    stretch: {
      name: 'Toe-lift sole stretch',
      steps: [
        'Sit with the sore foot resting on the other knee.',
        'Hold the smaller toes and bend them gently upward while pulling the foot up toward the shin.',
        'Hold for 20 to 30 seconds until you feel a stretch in the sole just in front of the heel.',
        'Release and repeat two or three times.',
      ],
      cautions: ['Stop if it brings on a sharp pain under the heel.'],
    },
    selfPressure: {
      name: 'Thumb or ball pressure just in front of the heel',
      steps: [
        'Sit with the sore foot resting on the other knee, sole turned up.',
        'Press deeply with your thumb just in front of the heel pad, a little toward the inner side; or sit and roll a tennis ball under that spot.',
        'Hold tender spots for 20 to 60 seconds until they ease.',
        'Finish with the toe-lift stretch.',
      ],
      cautions: [
        'This muscle lies under other layers, so pressure must be firm; stop if it causes numbness or burning in the sole.',
        'People with diabetes or reduced feeling in the feet should ask a clinician before firm pressure on the sole.',
        'Heel pain after a fall or a sharp increase in running may be a stress fracture and needs checking.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'footwear_insoles', note: 'Cushioned heels and, where the foot rolls inward, arch support.' },
    {
      id: 'dry_needling',
      note: 'Tried for heel pain in trials; benefit was modest and short-lived soreness after needling was common.',
    },
    { id: 'physical_therapy' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the deep intrinsic foot muscles' },
    { source: 'cotchett_2014_dry_needling_heel_pain' },
    { source: 'he_2017_needling_heel_pain_meta' },
    { source: 'lucas_2009_trp_reliability' },
    { source: 'ortega_santiago_2020_heel_pain_trps' },
    { source: 'thummar_2020_plantar_fasciopathy_trps' },
  ],
} as const satisfies Muscle
