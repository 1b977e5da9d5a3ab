/** Adductor magnus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const adductorMagnus = {
  name: 'Adductor magnus',
  latin: 'Musculus adductor magnus',
  synonyms: ['great adductor', 'large adductor', 'adductors', 'hip adductor'],
  area: 'hip_thigh',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22460', right: 'FMA22459' } }],
  attachments: {
    origin:
      'Lower branch of the pubic bone, the branch of the ischium and the lower outer part of the sitting bone (ischial tuberosity).',
    insertion:
      'Nearly the whole length of the back of the thigh bone: from the gluteal tuberosity high up, along the linea aspera and the inner ridge above the knee, and by a tendon to the adductor tubercle just above the inner knee. The large, thick, fan-shaped muscle forms the back wall of the inner thigh, behind the other adductors.',
  },
  actions: [
    'Brings the thigh in toward the other leg (adduction)',
    'Its back part, from the sitting bone, straightens the hip like a hamstring',
    'Steadies the pelvis over the leg when walking and climbing',
  ],
  triggerPoints: [
    {
      id: 'middle',
      label: 'TrP1',
      location: 'On the inner thigh about halfway between the groin and the knee, toward the back of the inner thigh.',
      clinicalLocation:
        'Middle part of the muscle in the medial thigh, roughly midway between the pubis and the knee, posterior to the gracilis and adductor longus; flat palpation against the femur, patient supine with the knee flexed and the thigh abducted and laterally rotated.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['groin', 'medial_thigh'],
      spilloverZone: [],
    },
    {
      id: 'upper',
      label: 'TrP2',
      location: 'High on the back of the inner thigh, just below and to the inner side of the sitting bone.',
      clinicalLocation:
        'Proximal posterior (ischiocondylar) part just distal to the ischial tuberosity, between the gracilis and the medial hamstrings; flat palpation with the patient supine and the hip flexed and abducted, or side-lying on the affected side.',
      position: { along: 0.1, around: 0 },
      essentialZone: ['perineum'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'TrP1 sends pain over the front and inner side of the thigh, from the groin almost down to the knee. TrP2, high up near the sitting bone, causes pain felt deep inside the pelvis: at the pubic bone, in the vagina or the rectum, and sometimes the bladder. This inner pain can be sharp and come in bursts.',
  clinicalSummary:
    'TrP1 in the middle part refers to the anteromedial thigh from the groin almost to the knee. TrP2 in the proximal ischiocondylar part refers to generalised intrapelvic pain (pubic bone, vagina, rectum, possibly bladder), which may be sharp. Abduction is restricted, and patients may struggle to find a comfortable position for the leg at night. Consider pelvic-floor and visceral causes of pelvic pain, adductor-related groin pain (Doha agreement) and proximal hamstring disorders at the ischial tuberosity; the sciatic nerve lies just posterolateral to the upper ischiocondylar part.',
  symptoms: [
    'Inner thigh pain from the groin almost to the knee',
    'Groin pain when climbing, squatting or spreading the legs',
    'Deep pain inside the pelvis, in the vagina or rectum, which can be sharp',
    'Hard to find a comfortable position for the leg at night',
  ],
  perpetuatingFactors: [
    'Slipping on ice or a wet floor, with the legs sliding apart',
    'Climbing, skiing, or riding a horse',
    'Long spells with the hip held still, such as long drives',
    'Sitting with the legs crossed',
  ],
  associatedMuscles: [
    'adductor_longus',
    'adductor_brevis',
    'gracilis',
    'semimembranosus',
    'semitendinosus',
    'vastus_medialis',
  ],
  selfCare: {
    stretch: {
      name: 'Legs-up-the-wall straddle stretch',
      steps: [
        'Lie on your back with your buttocks close to a wall and both legs straight up the wall.',
        'Let the legs slide slowly apart under their own weight until you feel a stretch along the inner thighs.',
        'Breathe slowly and hold for 30 seconds to a minute.',
        'Bring the legs together with your hands under the thighs, then bend the knees and roll to the side to get up.',
      ],
      cautions: [
        'Let gravity do the work: do not force the legs apart.',
        'If the legs tingle or go numb, bend the knees and bring the legs down.',
        'After a hip replacement, ask your surgeon before doing this stretch.',
      ],
    },
    selfPressure: {
      name: 'Pressure along the inner thigh',
      steps: [
        'Sit with the knee bent and the thigh rolled out, supported on a pillow.',
        'With the heel of the hand or flat fingers, press into the back half of the inner thigh, halfway between the groin and the knee.',
        'Press toward the thigh bone and hold each tender spot for 30 to 60 seconds until it eases.',
        'Work slowly up and down the inner thigh, then do the stretch.',
      ],
      cautions: [
        'Leave the spot high up beside the sitting bone to a trained clinician, especially when the pain is felt inside the pelvis.',
        'Pelvic pain, bleeding, or a change in bladder or bowel habits needs a doctor to look for other causes.',
        'Do not press on varicose veins, and skip the pressure if you have had a blood clot in the leg.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    {
      id: 'self_massage_pressure',
      note: 'On the middle of the inner thigh only; the spot near the sitting bone is for a clinician.',
    },
    { id: 'gentle_stretching_yoga' },
    { id: 'sitting_habits', note: 'Break up long drives and avoid sitting with the legs crossed.' },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'The femoral vessels pass through an opening in this muscle above the knee, and the sciatic nerve lies close to its upper back part; a specialist procedure.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the adductor muscles of the hip' },
    { source: 'weir_2015_doha_groin_pain' },
  ],
} as const satisfies Muscle
