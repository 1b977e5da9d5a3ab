/** Adductor brevis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const adductorBrevis = {
  name: 'Adductor brevis',
  latin: 'Musculus adductor brevis',
  synonyms: ['short adductor', 'adductors', 'hip adductor'],
  area: 'hip_thigh',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22454', right: 'FMA22452' } }],
  attachments: {
    origin:
      'Outer surface of the body and lower branch of the pubic bone, below and behind the origin of the adductor longus.',
    insertion:
      'Upper third of the back of the thigh bone: the line from the lesser trochanter down to the upper linea aspera, behind the pectineus. The short triangular muscle lies between the pectineus and adductor longus in front and the adductor magnus behind.',
  },
  actions: ['Brings the thigh in toward the other leg (adduction)', 'Helps bend the hip'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Adductor brevis TrP',
      location: 'Deep in the upper inner thigh, beneath the adductor longus, a few finger-widths below the pubic bone.',
      clinicalLocation:
        'Proximal belly deep to the adductor longus and pectineus in the upper medial thigh; not directly palpable, so tenderness is sought by deep flat palpation through the adductor longus, patient supine with the thigh abducted and laterally rotated.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['groin', 'knee_medial'],
      spilloverZone: ['anterior_thigh', 'medial_thigh', 'shin_anterior'],
    },
  ],
  referredPain:
    'Like the adductor longus above it, it sends pain deep into the groin and the upper inner thigh, and down to the inner side of the knee and sometimes the inner shin.',
  clinicalSummary:
    'Shares the adductor longus pattern: deep groin and anteromedial thigh, the upper medial knee, and spillover down the anteromedial tibia, chiefly on weight-bearing and twisting. Its TrPs lie under the adductor longus and pectineus, so they are identified by tenderness and referral on deep pressure rather than a palpable band, and examiner agreement on TrPs is poor in general. Differentials as for the adductor longus: adductor-related groin pain (Doha agreement), hip joint disease, pubic-related groin pain and obturator nerve entrapment, since the obturator nerve divides around this muscle.',
  symptoms: [
    'Groin pain on standing, walking or twisting',
    'Inner thigh pain reaching the inner knee',
    'Hip stiffness when spreading the legs apart',
  ],
  perpetuatingFactors: [
    'A sudden strain, such as slipping on ice or saving yourself from a fall',
    'Horse riding, skiing, and sports with quick side-steps',
    'Long spells of sitting with the hip held still',
    'Hip osteoarthritis',
  ],
  associatedMuscles: ['adductor_longus', 'pectineus', 'adductor_magnus', 'gracilis'],
  selfCare: {
    stretch: {
      name: 'Lying knee-out stretch',
      steps: [
        'Lie on your back with both knees bent and feet flat.',
        'Slide the foot of the sore side up beside the other knee, so the sole rests against the inside of that knee.',
        'Let the sore-side knee fall slowly out toward the floor until you feel a stretch high in the inner thigh.',
        'Hold for 30 seconds, breathing slowly.',
        'Bring the knee back up with your hand, and repeat two or three times.',
      ],
      cautions: [
        'Let gravity do the work: do not push the knee down.',
        'After a hip replacement, ask your surgeon before doing this stretch.',
      ],
    },
    selfPressure: {
      name: 'Warmth and gentle pressure through the inner thigh',
      steps: [
        'Lie back with the knee bent and the thigh rolled out, supported on a pillow.',
        'Place a warm pack high on the inner thigh for 15 minutes to relax the muscles over this deep one.',
        'Then press slowly and gently with flat fingers into the upper inner thigh, a few finger-widths below the pubic bone.',
        'Hold a tender spot for 20 to 30 seconds, then do the stretch.',
      ],
      cautions: [
        'This muscle is deep: press only as far as stays comfortable, and use no ball or tool in the groin.',
        'Stay on the inner side of the thigh, away from the pulse at the top of the thigh.',
        'Skip the pressure if you have had a blood clot in the leg.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    { id: 'self_massage_pressure' },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'The muscle lies deep among the branches of the obturator nerve and vessels; a specialist procedure.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the adductor muscles of the hip' },
    { source: 'weir_2015_doha_groin_pain' },
    { source: 'lucas_2009_trp_reliability' },
  ],
} as const satisfies Muscle
