/** Adductor longus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const adductorLongus = {
  name: 'Adductor longus',
  latin: 'Musculus adductor longus',
  synonyms: ['long adductor', 'adductors', 'hip adductor', 'inner thigh muscle'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22457', right: 'FMA22456' } }],
  attachments: {
    origin:
      'Front of the body of the pubic bone, just below the pubic crest and beside the pubic symphysis, by a narrow rounded tendon you can feel in the groin when the thigh is pulled in.',
    insertion:
      'The middle third of the linea aspera on the back of the thigh bone. The triangular muscle fans out as it runs down and outward across the inner thigh, in front of the adductor brevis and magnus.',
  },
  actions: [
    'Brings the thigh in toward the other leg (adduction)',
    'Helps bend the hip, especially from a straightened position',
    'Steadies the pelvis over the leg when walking, together with the other adductors',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Adductor longus TrP',
      location:
        'High on the inner thigh, a few finger-widths below the pubic bone, in the cord-like muscle that stands out when you pull the knees together.',
      clinicalLocation:
        'Proximal belly a few centimetres distal to the pubic tubercle, where the tendon widens into muscle; pincer or flat palpation of its prominent medial border, patient supine with the knee flexed and the thigh abducted and laterally rotated, the foot resting against the opposite leg.',
      position: { along: 0.25, around: 0 },
      essentialZone: ['groin', 'knee_medial'],
      spilloverZone: ['anterior_thigh', 'medial_thigh', 'shin_anterior'],
    },
  ],
  referredPain:
    'Pain goes two ways: up, deep into the groin and the upper inner front of the thigh, and down, to the upper inner side of the knee and sometimes along the inner shin.',
  clinicalSummary:
    'Proximal TrPs refer deep into the groin and anteromedial thigh and distally to the upper medial knee, with spillover down the anteromedial tibia. Pain is felt mainly on weight-bearing and with sudden twisting of the hip, less at rest, and abduction is restricted. Adductor longus and brevis TrPs share this pattern and cannot be reliably separated. Differentials: adductor-related groin pain as defined by the Doha agreement (tenderness at the adductors with pain on resisted adduction), hip osteoarthritis, pubic-related groin pain, obturator nerve entrapment and medial knee disorders.',
  symptoms: [
    'Groin pain with walking, running or a sudden twist of the hip, rather than at rest',
    'Inner knee pain, sometimes running down the inner shin',
    'Hip stiffness: hard to spread the legs apart',
  ],
  perpetuatingFactors: [
    'A sudden strain, such as slipping on ice or saving yourself from a fall',
    'Horse riding, skiing, and sports with quick side-steps or kicks',
    'Long car journeys or long sitting with the hip held still and bent',
    'Sitting with the legs crossed',
    'Hip osteoarthritis',
  ],
  associatedMuscles: ['adductor_brevis', 'pectineus', 'adductor_magnus', 'gracilis', 'vastus_medialis', 'sartorius'],
  selfCare: {
    stretch: {
      name: 'Lying knee-out stretch',
      steps: [
        'Lie on your back with both knees bent and feet flat.',
        'Slide the foot of the sore side up beside the other knee, so the sole rests against the inside of that knee.',
        'Let the sore-side knee fall slowly out toward the floor until you feel a stretch along the inner thigh.',
        'Hold for 30 seconds, breathing slowly; for more stretch, slide the foot a little further down the other leg.',
        'Bring the knee back up with your hand, and repeat two or three times.',
      ],
      cautions: [
        'Let gravity do the work: do not push the knee down.',
        'After a hip replacement, ask your surgeon before doing this stretch.',
      ],
    },
    selfPressure: {
      name: 'Pinching the upper inner thigh',
      steps: [
        'Sit or lie back with the knee bent and the thigh rolled out, supported on a pillow.',
        'Find the cord-like muscle just below the pubic bone on the inner thigh.',
        'Take it between thumb and fingers and squeeze gently, working down a few centimetres to find tender spots.',
        'Hold each tender spot for 20 to 60 seconds until it eases, then do the stretch.',
      ],
      cautions: [
        'Stay on the inner side of the thigh, away from the pulse at the top of the thigh, where the main artery, vein and nerve run.',
        'A lump or swelling in the groin needs a doctor, not pressure.',
        'Skip the pressure if you have had a blood clot in the leg.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'sitting_habits', note: 'Break up long drives and avoid sitting with the legs crossed.' },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'dry_needling' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the adductor muscles of the hip' },
    { source: 'weir_2015_doha_groin_pain' },
  ],
} as const satisfies Muscle
