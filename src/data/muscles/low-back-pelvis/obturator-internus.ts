/** Obturator internus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const obturatorInternus = {
  name: 'Obturator internus',
  latin: 'Musculus obturatorius internus',
  synonyms: ['internal obturator muscle', 'obturator', 'deep hip rotator', 'pelvic side-wall muscle'],
  area: 'low_back_pelvis',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22325', right: 'FMA22324' } }],
  attachments: {
    origin:
      'The inner surface of the side wall of the pelvis: the membrane covering the obturator foramen (the large hole in the hip bone) and the bone around its edge, from the pubis and ischium up to just below the pelvic brim.',
    insertion:
      'Its tendon leaves the pelvis through the lesser sciatic notch, turning sharply around the back of the ischium, and runs outward between the two small gemellus muscles to the inner side of the greater trochanter, the bony point on the side of the hip.',
  },
  actions: [
    'Turns the thigh outward (lateral rotation) when the hip is straight',
    'Moves the thigh out to the side when the hip is bent',
    'Holds the head of the thigh bone steady in the hip socket',
    'Forms the side wall of the pelvis, to which the pelvic floor is attached',
  ],
  triggerPoints: [
    {
      id: 'intrapelvic',
      label: 'Pelvic side-wall TrP',
      location:
        'Inside the pelvis on its side wall, above and to the side of the pelvic floor. It cannot be reached from outside: a trained clinician examines it internally.',
      clinicalLocation:
        'Intrapelvic belly on the lateral pelvic wall over the obturator membrane, above the tendinous arch of levator ani; palpated per vaginam or per rectum laterally, confirmed by increased tension when the patient presses the flexed knee outward against resistance (resisted lateral rotation).',
      position: { along: 0.3, around: 0.25 },
      essentialZone: ['perineum', 'coccyx'],
      spilloverZone: ['posterior_thigh'],
    },
  ],
  referredPain:
    'Pain in the area between the back passage and the tailbone, and in the vagina, sometimes with a feeling of fullness in the back passage. The pain can spread to the back of the upper thigh.',
  clinicalSummary:
    'Intrapelvic obturator internus TrPs refer to the anococcygeal region and vagina, with a sense of rectal fullness, and spill over to the posterior thigh. The belly is palpated internally on the lateral pelvic wall and is identified by contraction on resisted hip lateral rotation; the extrapelvic tendon lies deep to gluteus maximus beside the sciatic nerve. Differentials include pudendal neuralgia, piriformis and deep gluteal syndromes, hip joint and ischial bursal pathology, and anorectal or gynaecological disease; saddle anaesthesia, bleeding or new sphincter disturbance needs urgent assessment.',
  symptoms: [
    'Pelvic pain deep in the side of the pelvis',
    'Tailbone pain or pain between the back passage and the tailbone',
    'A feeling of fullness in the back passage',
    'Vaginal pain, or pain with sex',
    'Pain spreading into the back of the upper thigh, worse when sitting',
  ],
  perpetuatingFactors: [
    'Sitting for long periods, especially slumped or on hard seats',
    'A fall onto the buttocks, childbirth or pelvic surgery',
    'Painful conditions of the pelvic organs, which can keep the pelvic floor and side wall tense',
  ],
  associatedMuscles: ['piriformis', 'levator_ani', 'coccygeus', 'gluteus_maximus', 'quadratus_femoris'],
  selfCare: {
    stretch: {
      name: 'Knee-across stretch for the deep hip rotators',
      steps: [
        'Lie on your back with both knees bent and feet flat.',
        'Bring the knee of the sore side toward the opposite shoulder, holding it with the opposite hand.',
        'Keep the pelvis flat and breathe slowly, letting the pelvic floor soften on each breath in.',
        'Hold for 20 to 30 seconds when you feel a stretch deep in the buttock, then lower the leg.',
        'Repeat two or three times.',
      ],
      cautions: [
        'Internal examination and treatment of this muscle are for a trained clinician, such as a pelvic health physiotherapist or a doctor; do not try internal pressure yourself.',
        'After a hip replacement, check with your surgeon before bringing the knee across the body.',
        'Stop if the leg tingles or goes numb.',
      ],
    },
    selfPressure: {
      name: 'No self-pressure: warmth and an easier seat',
      steps: [
        'The main part of this muscle lies inside the pelvis, and its tendon behind the hip runs beside the sciatic nerve, so use warmth and position instead of pressure.',
        'Sit in a warm bath, or rest on a warm (not hot) pack over the buttock, for 15 to 20 minutes.',
        'Use a cushion with a cut-out under the tailbone and get up to move every 20 to 30 minutes.',
        'Follow with the knee-across stretch.',
      ],
      cautions: [
        'Internal treatment is for a trained clinician only.',
        'Get urgent medical care for numbness around the genitals, back passage or inner buttocks (the saddle area), new loss of bladder or bowel control, or new difficulty passing urine.',
        'See a doctor promptly about bleeding from the back passage, blood in the urine or bleeding from the vagina outside your periods, or a lump.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'A warm bath or warm pack over the buttock.' },
    { id: 'gentle_stretching_yoga', note: 'The knee-across stretch reaches the deep hip rotators.' },
    { id: 'sitting_habits', note: 'A cut-out cushion and regular breaks from sitting.' },
    { id: 'relaxation_meditation', note: 'Slow breathing that lets the pelvic floor soften.' },
    {
      id: 'physical_therapy',
      note: 'A pelvic health physiotherapist can examine and treat the muscle, including internally when you agree to it.',
    },
    {
      id: 'manual_therapy',
      note: 'Internal trigger-point release is done only by clinicians trained in pelvic floor work, with consent.',
    },
    { id: 'trigger_point_injection', note: 'A specialist procedure, sometimes guided by imaging.' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Pelvic Floor Muscles"' },
    { source: 'pastore_2012_myofascial_pelvic_pain' },
    { source: 'finucane_2020_spinal_red_flags' },
    { source: 'meister_2018_pelvic_floor_exam_review' },
    { source: 'meister_2019_pelvic_floor_screening_exam' },
  ],
  uncertain:
    "The muscle can only be examined internally. Standard pelvic-floor examinations include it and two examiners' tenderness scores correlated well in one study, but its referral pattern rests mainly on clinical observation.",
} as const satisfies Muscle
