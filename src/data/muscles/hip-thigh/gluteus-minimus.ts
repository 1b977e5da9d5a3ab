/** Gluteus minimus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const gluteusMinimus = {
  name: 'Gluteus minimus',
  latin: 'Musculus gluteus minimus',
  synonyms: ['glute min', 'glutes', 'hip abductor', 'pseudo-sciatica'],
  area: 'hip_thigh',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22333', right: 'FMA22332' } }],
  attachments: {
    origin:
      'Outer surface of the hip bone between the anterior and inferior gluteal lines, beneath the gluteus medius.',
    insertion: 'Front of the greater trochanter, the bony point on the side of the hip.',
  },
  actions: [
    'Moves the thigh out to the side (abduction)',
    'Front fibres turn the thigh inward (medial rotation)',
    'Keeps the pelvis level when standing on one leg, together with the gluteus medius',
  ],
  triggerPoints: [
    {
      id: 'anterior',
      label: 'Front TrP',
      location:
        'Deep under the outer front of the hip, a few finger-widths below the top rim of the hip bone and behind its front bony point.',
      clinicalLocation:
        'Anterior fibres, deep to the tensor fasciae latae and the anterior gluteus medius, between the anterior superior iliac spine and the greater trochanter; locate the tensor by resisted medial rotation and palpate firmly just posterior to it, patient supine.',
      position: { along: 0.35, around: 0.8 },
      essentialZone: ['buttock', 'lateral_thigh', 'knee_lateral', 'lateral_leg'],
      spilloverZone: ['lateral_ankle'],
    },
    {
      id: 'posterior',
      label: 'Back TrP',
      location: 'Deep in the upper buttock, below the middle of the top rim of the hip bone.',
      clinicalLocation:
        'Posterior fibres along the upper border of the piriformis, below the middle of the iliac crest, deep to the gluteus medius and maximus; deep flat palpation, patient side-lying on the unaffected side. The sciatic nerve lies close below.',
      position: { along: 0.35, around: 0.2 },
      essentialZone: ['buttock', 'posterior_thigh', 'knee_posterior', 'calf'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'Pain can be severe, persistent and far from the muscle. The front trigger points send it over the lower outer buttock, down the outer thigh and knee, and along the outer leg to the ankle. The back trigger points send it over the lower buttock, down the back of the thigh and the back of the knee into the calf. Because it follows the leg like sciatica, it is called pseudo-sciatica.',
  clinicalSummary:
    'Referral is extensive and can be intense: anterior TrPs refer to the lower lateral buttock, lateral thigh and knee and along the fibular side of the leg to the ankle; posterior TrPs to the lower medial buttock, posterior thigh, popliteal region and calf. Both patterns run without a break from the buttock to the leg. This pseudo-sciatica differs from L5 or S1 radiculopathy in lacking dermatomal sensory loss, reflex change and myotomal weakness, although the two can coexist. Pain on rising from a chair, an antalgic gait and pain lying on the affected side are typical. Also consider gluteal tendinopathy (pain and tenderness localised to the greater trochanter) and hip joint disease.',
  symptoms: [
    'Hip pain that causes a limp',
    'Pain getting up from a chair and standing up straight',
    'Pain lying on the affected side, which can wake the person',
    'Hard to find any comfortable position to sit, stand or lie',
    'Sciatica-like pain down the side or back of the leg without nerve signs such as numbness or weakness',
  ],
  perpetuatingFactors: [
    'Staying in one position too long, including long drives with the foot held on the pedal',
    'Standing with the weight on one leg',
    'A leg-length difference or sacroiliac joint dysfunction',
    'Long walks, especially on soft sand',
    'A wallet in the back pocket pressing on the buttock',
    'Injections into the buttock, which can irritate trigger points there',
  ],
  associatedMuscles: [
    'gluteus_medius',
    'piriformis',
    'quadratus_lumborum',
    'tensor_fasciae_latae',
    'vastus_lateralis',
    'peroneus_longus',
  ],
  selfCare: {
    stretch: {
      name: 'Side-lying leg-drop stretch',
      steps: [
        'Lie on your good side near the edge of a bed, with the lower knee bent for balance.',
        'Straighten the top leg and take it slightly behind you, turning the knee a little outward.',
        'Let it hang down over the edge of the bed until you feel a stretch deep at the side of the hip.',
        'Hold for 30 seconds; then bring the leg a little in front of you and let it drop again to reach the back fibres.',
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
        'Stand with your side to a wall and a tennis ball between the wall and the outer hip, a few finger-widths below the top rim of the hip bone.',
        'Lean into the ball and move slowly forward and back to find tender spots.',
        'Hold firm but tolerable pressure for 30 to 60 seconds on each spot.',
        'For more pressure, lie on the ball on the floor; finish with the stretch.',
      ],
      cautions: [
        'The muscle is deep, but press only to a level that stays comfortable.',
        'Move the ball if the pressure sends tingling or numbness down the leg.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'supportive_pillow',
      note: 'When lying on the good side, a pillow between the knees keeps the top leg from dropping.',
    },
    {
      id: 'sitting_habits',
      note: 'Change position often, break up long drives, and take the wallet out of the back pocket.',
    },
    { id: 'footwear_insoles', note: 'A heel lift corrects a leg-length difference that a clinician has measured.' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'The back part of this deep muscle lies close to the sciatic nerve, which the injecting clinician must avoid.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Gluteus Minimus Muscle"' },
    { source: 'grimaldi_2015_gluteal_tendinopathy' },
  ],
} as const satisfies Muscle
