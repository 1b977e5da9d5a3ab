/** Gluteus medius: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const gluteusMedius = {
  name: 'Gluteus medius',
  latin: 'Musculus gluteus medius',
  synonyms: ['glute med', 'glutes', 'hip abductor', 'side hip muscle'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22331', right: 'FMA22330' } }],
  attachments: {
    origin:
      'Outer surface of the hip bone between the anterior and posterior gluteal lines, just below the iliac crest (the top rim of the hip bone).',
    insertion: 'Outer surface of the greater trochanter, the bony point on the side of the hip.',
  },
  actions: [
    'Moves the thigh out to the side (abduction)',
    'Keeps the pelvis level when standing on one leg, as at every step',
    'Front fibres turn the thigh inward; back fibres may help turn it outward',
  ],
  triggerPoints: [
    {
      id: 'trp1',
      label: 'TrP1',
      location: 'Just below the back part of the top rim of the hip bone, close to the sacroiliac joint.',
      clinicalLocation:
        'Posterior fibres just below the iliac crest near the posterior superior iliac spine, beside the sacroiliac joint; flat palpation against the ilium, patient side-lying on the unaffected side.',
      position: { along: 0.1, around: 0.15 },
      essentialZone: ['sacroiliac', 'low_back'],
      spilloverZone: ['sacrum', 'buttock'],
    },
    {
      id: 'trp2',
      label: 'TrP2',
      location: 'Below the middle of the top rim of the hip bone, halfway between its back and front.',
      clinicalLocation:
        'Middle fibres a few centimetres below the midpoint of the iliac crest; flat palpation against the ilium, side-lying.',
      position: { along: 0.2, around: 0 },
      essentialZone: ['buttock'],
      spilloverZone: ['posterior_thigh', 'lateral_thigh'],
    },
    {
      id: 'trp3',
      label: 'TrP3',
      location: 'Just below the front part of the top rim of the hip bone, a little behind its front bony point.',
      clinicalLocation:
        'Anterior fibres just below the iliac crest, a little posterior to the anterior superior iliac spine, where the muscle borders the tensor fasciae latae; flat palpation against the ilium.',
      position: { along: 0.15, around: 0.85 },
      essentialZone: ['low_back', 'sacrum'],
      spilloverZone: ['sacroiliac'],
    },
  ],
  referredPain:
    'Pain is felt mainly along the back of the top rim of the hip bone, over the sacroiliac joint and sacrum, and across the buttock, sometimes spreading to the back and the outer side of the upper thigh. It is a common and often overlooked source of low back pain.',
  clinicalSummary:
    'TrPs lie in a row below the iliac crest: TrP1 refers along the posterior crest, over the sacroiliac joint and sacrum and into the buttock; TrP2 to the mid and lateral buttock, with spillover to the upper posterior and lateral thigh; TrP3 along the crest to the lower lumbar and sacral area, making the muscle an often overlooked source of low back pain. Walking and lying on the affected side are painful and adduction is restricted; Morton foot structure and leg-length inequality are classic perpetuating factors. Differentials: gluteal tendinopathy (greater trochanteric pain syndrome), which localises pain and tenderness to the greater trochanter and is provoked by side-lying and single-leg loading; sacroiliac joint dysfunction; lumbar facet and radicular pain.',
  symptoms: [
    'Low back and buttock pain when walking',
    'Pain lying on the back or on the affected side',
    'Pain when sitting slumped in a chair',
  ],
  perpetuatingFactors: [
    'Morton foot structure (a short first metatarsal with a relatively long second toe), which lets the foot roll and overloads the hip',
    'A leg-length difference',
    'Standing with the weight on one leg for long periods',
    'Long walks on soft sand, or long tennis matches',
    'Sitting in one position too long, or on a wallet in a back pocket',
    'Sleeping on the side without a pillow between the knees',
  ],
  associatedMuscles: ['gluteus_minimus', 'piriformis', 'quadratus_lumborum', 'tensor_fasciae_latae', 'gluteus_maximus'],
  selfCare: {
    stretch: {
      name: 'Side-lying leg-drop stretch',
      steps: [
        'Lie on your good side near the edge of a bed, with the lower knee bent for balance.',
        'Straighten the top leg and take it slightly behind you.',
        'Let it hang down over the edge of the bed until you feel a stretch at the side of the hip.',
        'Hold for 30 seconds, breathing slowly; then bring the leg a little in front of you and let it drop again to reach the back fibres.',
        'Lift the leg back up with support before rolling away from the edge.',
      ],
      cautions: [
        'Make sure you cannot roll off the bed.',
        'After a hip replacement, ask your surgeon before taking the leg across the midline.',
      ],
    },
    selfPressure: {
      name: 'Tennis ball at the side of the hip',
      steps: [
        'Stand with your side to a wall and a tennis ball between the wall and the upper outer buttock, just below the top rim of the hip bone.',
        'Lean into the ball and move slowly along the rim from back to front to find tender spots.',
        'Hold steady, comfortable pressure on each for 30 to 60 seconds.',
        'For firmer pressure, lie on the ball on the floor; finish with the stretch.',
      ],
      cautions: ['Stay below the bony rim rather than on it.', 'Ease off if the pressure sends tingling down the leg.'],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'footwear_insoles',
      note: 'A pad under the first metatarsal head corrects Morton foot structure; a heel lift corrects a measured leg-length difference.',
    },
    {
      id: 'supportive_pillow',
      note: 'When lying on the good side, a pillow between the knees keeps the top leg from dropping.',
    },
    { id: 'sitting_habits', note: 'Change position often and take the wallet out of the back pocket.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Gluteus Medius Muscle"' },
    { source: 'grimaldi_2015_gluteal_tendinopathy' },
  ],
} as const satisfies Muscle
