/** Sartorius: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const sartorius = {
  name: 'Sartorius',
  latin: 'Musculus sartorius',
  synonyms: ["tailor's muscle", 'tailors muscle'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22355', right: 'FMA22354' } }],
  attachments: {
    origin: 'Front bony point of the hip bone (anterior superior iliac spine) and the notch just below it.',
    insertion:
      'Upper inner surface of the shinbone just below the knee, in front of the gracilis and semitendinosus tendons (the pes anserinus). The thin strap runs from its origin obliquely across the front of the thigh to the inner side of the knee.',
  },
  actions: [
    'Bends the hip and turns the thigh outward, as when sitting cross-legged',
    'Helps move the thigh out to the side',
    'Helps bend the knee and turn the lower leg inward',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Upper TrP',
      location:
        'High on the front of the thigh, a few finger-widths below the front bony point of the hip bone, just under the skin.',
      clinicalLocation:
        'Proximal third, a few centimetres distal to the anterior superior iliac spine as the muscle begins to cross the anterior thigh; superficial, found by light flat palpation or a pincer grasp with the hip slightly flexed and laterally rotated.',
      position: { along: 0.2, around: 0 },
      essentialZone: ['anterior_thigh'],
      spilloverZone: ['medial_thigh'],
    },
    {
      id: 'middle',
      label: 'Middle TrP',
      location: 'Halfway down the thigh, where the strap-like muscle crosses from the front to the inner side.',
      clinicalLocation:
        'Mid-thigh, where the muscle crosses over the femoral vessels and forms the roof of the adductor canal; light flat palpation only, because the femoral artery and vein lie directly beneath.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['medial_thigh'],
      spilloverZone: ['anterior_thigh', 'knee_medial'],
    },
    {
      id: 'lower',
      label: 'Lower TrP',
      location: 'On the inner side of the thigh, a hand-width or less above the inner knee.',
      clinicalLocation:
        'Distal third on the medial thigh, proximal to the medial femoral condyle and the pes anserinus; light pincer or flat palpation, knee slightly flexed.',
      position: { along: 0.8, around: 0 },
      essentialZone: ['knee_medial'],
      spilloverZone: ['medial_thigh'],
    },
  ],
  referredPain:
    'The pain is felt close to the skin, as a sharp or tingling pain rather than a deep ache, and runs along the path of the muscle: over the front of the thigh from the upper trigger points, and down to the inner side of the knee from the lower ones.',
  clinicalSummary:
    'TrPs are superficial and can lie anywhere along the muscle; they refer a superficial, sharp or tingling pain along its course, over the anterior thigh from proximal TrPs and to the medial knee from distal ones, rather than a deep ache. Sartorius TrPs seldom occur alone, so examine the rectus femoris, vastus medialis and adductors too. Differentials: meralgia paresthetica (entrapment of the lateral femoral cutaneous nerve near the anterior superior iliac spine, with burning or numbness of the anterolateral thigh), pes anserine bursitis and medial knee joint disorders.',
  symptoms: [
    'Sharp or tingling pain along the front and inner side of the thigh',
    'Inner knee pain',
    'Pain felt close to the skin rather than deep in the thigh',
  ],
  perpetuatingFactors: [
    'Sitting for long spells cross-legged, with the hip bent and turned out and the knee bent',
    'A sudden twisting strain or a fall',
    'Trigger points in the neighbouring thigh muscles, which this muscle seldom escapes',
  ],
  associatedMuscles: ['rectus_femoris', 'vastus_medialis', 'adductor_longus', 'gracilis', 'tensor_fasciae_latae'],
  selfCare: {
    stretch: {
      name: 'Side-lying leg-back stretch',
      steps: [
        'Lie on your good side near the edge of a bed, with the lower knee bent for balance.',
        'Straighten the top leg and take it gently back behind you, keeping the knee straight.',
        'Let the leg sink a little toward the floor behind you until you feel a stretch along the front and inner thigh.',
        'Hold for 30 seconds, breathing slowly, then bring the leg forward again with support.',
        'Repeat two or three times.',
      ],
      cautions: [
        'Keep the low back from arching; tighten the stomach muscles a little.',
        'After a hip replacement, ask your surgeon before taking the leg behind you.',
      ],
    },
    selfPressure: {
      name: 'Gentle skin-level pressure along the thigh',
      steps: [
        'Sit with the leg relaxed and the knee slightly bent and turned out.',
        'Follow the thin strap of muscle from just below the front bony point of the hip, diagonally across the thigh to the inner knee, with light fingertip pressure.',
        'Where you find a tender spot, hold light pressure for 20 to 30 seconds until it eases.',
        'Follow with the stretch.',
      ],
      cautions: [
        'This muscle lies just under the skin: light pressure is enough.',
        'Halfway down the thigh the main artery and vein of the leg run directly underneath; press lightly there and stop if you feel a pulse.',
        'Burning or numbness on the outer front of the thigh comes from a skin nerve, not this muscle: ease off and mention it to a clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'Light pressure only; the muscle is superficial.' },
    { id: 'gentle_stretching_yoga' },
    { id: 'sitting_habits', note: 'Avoid long spells sitting cross-legged.' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'Mid-thigh TrPs lie over the femoral vessels, which the injecting clinician must avoid.',
    },
    { id: 'therapeutic_massage' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the tensor fasciae latae and sartorius' }],
} as const satisfies Muscle
