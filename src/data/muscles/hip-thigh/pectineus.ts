/** Pectineus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const pectineus = {
  name: 'Pectineus',
  latin: 'Musculus pectineus',
  synonyms: ['pectineal muscle', 'hip adductor'],
  area: 'hip_thigh',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22451', right: 'FMA22450' } }],
  attachments: {
    origin:
      'The ridge on the upper branch of the pubic bone (pecten pubis), between the pubic tubercle and the bump where the pubis meets the ilium.',
    insertion:
      'The pectineal line on the back of the thigh bone, running from just below the lesser trochanter toward the linea aspera. The flat, four-sided muscle slopes down, back and out from the pubis, in the floor of the groin between the iliopsoas (outer side) and the adductor longus (inner side).',
  },
  actions: ['Brings the thigh in toward the other leg (adduction)', 'Bends the hip'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Pectineus TrP',
      location:
        'In the groin crease, just below the pubic bone and a little to the inner side of where you can feel the pulse at the top of the thigh.',
      clinicalLocation:
        'Proximal belly just distal to the superior pubic ramus, in the floor of the femoral triangle between the femoral vein laterally and the adductor longus medially; flat palpation against the underlying bone after locating the femoral pulse, patient supine with the thigh slightly flexed, abducted and laterally rotated.',
      position: { along: 0.25, around: 0 },
      essentialZone: ['groin'],
      spilloverZone: ['medial_thigh', 'anterior_thigh'],
    },
  ],
  referredPain:
    'A deep ache is felt in the groin, just below the crease at the top of the inner thigh, and it can spread over the upper inner front of the thigh.',
  clinicalSummary:
    'Refers a deep, localised ache to the groin just below the inguinal ligament, sometimes spreading over the upper anteromedial thigh. Abduction is restricted and painful, for example in the cross-legged or frog position, and TrPs usually coexist with iliopsoas and adductor TrPs. Differentials: hip joint disease, inguinal and femoral hernia, obturator nerve entrapment, and the clinical entities of the Doha classification (adductor-, iliopsoas-, inguinal- and pubic-related groin pain). The femoral vessels and nerve lie immediately lateral, which governs palpation and needling.',
  symptoms: [
    'Groin pain: a deep ache in the crease at the top of the inner thigh',
    'Hip pain or stiffness when spreading the knees apart or sitting cross-legged',
    'Groin pain that persists after a fall, a hip injury or hip surgery',
  ],
  perpetuatingFactors: [
    'Tripping or falling, especially with a sudden strain at the hip',
    'Sitting for long spells with the hips sharply bent or the legs crossed',
    'Hip joint disease, or recovery from a hip fracture or hip surgery',
    'Activities that load the inner thigh hard, such as gymnastics or gripping a horse with the thighs',
  ],
  associatedMuscles: ['iliopsoas', 'adductor_longus', 'adductor_brevis', 'adductor_magnus', 'gracilis'],
  selfCare: {
    stretch: {
      name: 'Lying knee-out stretch',
      steps: [
        'Lie on your back with both knees bent and feet flat.',
        'Slide the foot of the sore side up beside the other knee, so the sole rests against the inside of that knee.',
        'Let the sore-side knee fall slowly out toward the floor under its own weight until you feel a gentle stretch in the groin.',
        'Breathe slowly and hold for 30 seconds; a pillow under the knee lets you relax into it.',
        'Bring the knee back up with your hand, and repeat two or three times.',
      ],
      cautions: [
        'Let gravity do the work: do not push the knee down.',
        'After a hip replacement, ask your surgeon before doing this stretch.',
      ],
    },
    selfPressure: {
      name: 'Warmth and gentle pressure, once a clinician has shown you the spot',
      steps: [
        'The safest home care here is the stretch and a warm pack over the groin for 15 to 20 minutes.',
        'If a clinician has shown you where the muscle lies, lie on your back with the knee bent and turned out, supported on a pillow.',
        'Find the pulse at the top of the thigh, then place your fingertips just to its inner side, below the pubic bone.',
        'Press gently, hold for 20 to 30 seconds if you find a tender spot, and release.',
      ],
      cautions: [
        'The main artery, vein and nerve of the leg run right beside this muscle: never press on the pulse, and use no ball or tool here.',
        'Stop if you feel throbbing, tingling or numbness, or if there is a lump or swelling in the groin; a groin lump needs a doctor.',
        'Skip the pressure if you have had a blood clot in the leg or take blood-thinning medicine.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'self_massage_pressure',
      note: 'Only gentle fingertip pressure beside the pulse, after a clinician has shown the spot.',
    },
    { id: 'sitting_habits', note: 'Avoid long spells sitting cross-legged or with the legs tucked under.' },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'A specialist procedure here, because the femoral artery, vein and nerve lie immediately beside the muscle.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the pectineus' },
    { source: 'weir_2015_doha_groin_pain' },
  ],
} as const satisfies Muscle
