/** Rectus femoris: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const rectusFemoris = {
  name: 'Rectus femoris',
  latin: 'Musculus rectus femoris',
  synonyms: ['quads', 'quadriceps', 'thigh muscle', 'hip flexor'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA38929', right: 'FMA38928' } }],
  attachments: {
    origin:
      'Lower front bony point of the hip bone (anterior inferior iliac spine) and the groove just above the hip socket.',
    insertion:
      'Top of the kneecap through the quadriceps tendon, and on through the patellar ligament to the bump below the knee (tibial tuberosity).',
  },
  actions: ['Straightens the knee', 'Bends the hip; it is the only part of the quadriceps that crosses the hip'],
  triggerPoints: [
    {
      id: 'upper',
      label: 'High TrP',
      location:
        'High on the front of the thigh, just below the front of the hip joint, a few finger-widths below the front bony point of the hip bone.',
      clinicalLocation:
        'Proximal belly just distal to the anterior inferior iliac spine, near the hip joint, in the angle between the sartorius and the tensor fasciae latae; flat palpation, patient supine, staying lateral to the femoral neurovascular bundle.',
      position: { along: 0.1, around: 0 },
      essentialZone: ['knee_anterior'],
      spilloverZone: ['anterior_thigh'],
    },
  ],
  referredPain:
    'A trigger point high in the muscle, near the hip, sends pain down to the kneecap and deep into the front of the knee, sometimes with an ache along the lower front of the thigh.',
  clinicalSummary:
    'A proximal TrP refers deep into the patella and around the front of the knee, with spillover to the distal anterior thigh; patients often report knee pain at night and weakness descending stairs. Knee flexion is limited when combined with hip extension (a short rectus femoris), while knee flexion with the hip flexed is free. Exclude patellofemoral and intra-articular knee disorders, and examine the other quadriceps heads, which often share the picture.',
  symptoms: [
    'Aching in and around the kneecap, often at night',
    'Weakness or pain going down stairs',
    'Difficulty bending the knee fully or kneeling',
  ],
  perpetuatingFactors: [
    'Sudden overload, such as stumbling, stepping into a hole or off a kerb',
    'Long periods of sitting with the hips bent',
    'Tight hamstrings, which the quadriceps must work against',
    'Injections into the front of the thigh, which can activate latent trigger points',
  ],
  associatedMuscles: [
    'vastus_lateralis',
    'vastus_medialis',
    'vastus_intermedius',
    'iliopsoas',
    'tensor_fasciae_latae',
    'sartorius',
  ],
  selfCare: {
    stretch: {
      name: 'Side-lying thigh stretch',
      steps: [
        'Lie on your good side with the lower knee bent for balance.',
        'Bend the top knee and hold the ankle, or a strap looped around it.',
        'Draw the heel gently toward the buttock, then take the thigh slightly backward until you feel a stretch along the front of the thigh and hip.',
        'Keep the low back from arching and hold for 30 seconds.',
        'Release slowly and repeat two or three times.',
      ],
      cautions: [
        'Use a strap rather than forcing the knee if it does not bend fully.',
        'Stop if you feel a pinch at the front of the knee.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure high on the front of the thigh',
      steps: [
        'Sit back or lie on your back with the leg relaxed.',
        'Place your fingertips high on the front of the thigh, just below the hip crease and toward the outer side.',
        'Press gently and feel for a tender band running down the thigh.',
        'Hold comfortable pressure for 20 to 60 seconds until it eases.',
      ],
      cautions: [
        'Work toward the outer side of the front of the thigh: no deep pressure over the inner groin (the femoral triangle), where the femoral artery, vein and nerve run.',
        'Stop if you feel a pulse under your fingers.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    {
      id: 'gentle_stretching_yoga',
      note: 'The stretch must combine a bent knee with a straightened hip to reach this muscle.',
    },
    { id: 'sitting_habits', note: 'Stand up and walk regularly rather than sitting for long with the hips bent.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'physical_therapy' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the quadriceps femoris group' }],
} as const satisfies Muscle
