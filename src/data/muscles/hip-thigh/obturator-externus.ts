/** Obturator externus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const obturatorExternus = {
  name: 'Obturator externus',
  latin: 'Musculus obturatorius externus',
  synonyms: [
    'external obturator muscle',
    'obturator',
    'deep hip rotator',
    'short lateral rotator',
    'deep groin muscle',
  ],
  area: 'hip_thigh',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22327', right: 'FMA22326' } }],
  attachments: {
    origin:
      'The outer surface of the membrane that closes the obturator foramen (the large hole in the front of the hip bone) and the bone around its front and lower edge, on the pubis and ischium.',
    insertion:
      'The trochanteric fossa, a pit on the inner back side of the greater trochanter at the top of the thigh bone. The fan-shaped muscle narrows to a tendon that runs outward under the neck of the thigh bone and behind it, deep to the pectineus and the adductors in front and the quadratus femoris behind.',
  },
  actions: [
    'Turns the thigh outward (lateral rotation)',
    'Helps bring the thigh in toward the other leg',
    'Steadies the head of the thigh bone in the hip socket, especially when the hip is bent',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Obturator externus TrP',
      location:
        'Very deep in the upper inner thigh, close to the groin crease, under the muscles that pull the thigh inward. It cannot be pressed directly from the surface.',
      clinicalLocation:
        'Belly over the external surface of the obturator membrane, deep to the pectineus and the adductor longus and brevis in the proximal medial thigh; not directly palpable, at most sensed as deep tenderness between the pectineus and the adductors with the hip flexed and abducted. Its tendon passes inferior and posterior to the femoral neck, close to the medial circumflex femoral artery.',
      position: { along: 0.35, around: 0 },
      essentialZone: ['groin'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'Deep aching in the groin and the front of the hip. No pain map has been drawn for this muscle from trigger points; this is where pain is felt when the muscle is strained or torn.',
  clinicalSummary:
    'No trigger-point referral pattern has been published for the obturator externus; Travell and Simons discuss it with the short lateral rotators. In a series of 16 obturator muscle tears in professional footballers, 12 of them in the externus, the main complaint was anterior hip pain, with pain on internal or external rotation of the flexed hip; all were managed conservatively and returned to play in about 11 days on average. It is not directly palpable: it lies on the obturator membrane deep to the pectineus and adductors, so suspected involvement is a diagnosis of exclusion and imaging (MRI) is what shows a strain, oedema or a bursa. Differentials: hip joint disease (osteoarthritis, labral tear, femoroacetabular impingement), adductor- and iliopsoas-related groin pain, inguinal and femoral hernia, obturator neuropathy, pubic bone stress injury, and referred pain from the lumbar spine or pelvic organs.',
  symptoms: [
    'Deep groin or hip pain that is hard to point to',
    'Pain when turning the leg outward or inward against resistance, or in a deep squat',
    'Groin pain in kicking, twisting and cutting sports',
  ],
  perpetuatingFactors: [
    'Sports with kicking, twisting and sudden changes of direction',
    'A sudden forceful stretch of the hip into turning inward and bending',
    'Hip joint problems that change how the hip moves',
  ],
  associatedMuscles: ['pectineus', 'adductor_brevis', 'adductor_longus', 'quadratus_femoris', 'iliopsoas'],
  selfCare: {
    stretch: {
      name: 'Lying knee-inward stretch',
      steps: [
        'Lie on your back with both knees bent and the feet flat, a little wider than hip-width apart.',
        'Let the knee of the sore side fall slowly inward toward the other foot, turning the thigh in, until you feel a gentle stretch deep in the hip.',
        'Breathe slowly and hold for 30 seconds.',
        'Bring the knee back up and repeat two or three times.',
      ],
      cautions: [
        'After a hip replacement, ask your surgeon before turning the thigh inward.',
        'Stop if you feel a sharp pinch in the groin.',
      ],
    },
    selfPressure: {
      name: 'No direct pressure: warmth and easing the nearby groin muscles',
      steps: [
        'This muscle lies too deep in the groin, near large blood vessels and nerves, to press on directly.',
        'Use a warm (not hot) pack over the groin and inner thigh for 15 to 20 minutes.',
        'You may press gently with the fingertips on tender spots in the muscles of the upper inner thigh, a hand-width below the groin crease, for 20 to 30 seconds each.',
        'Follow with the stretch.',
      ],
      cautions: [
        'Do not press where you feel a pulse in the groin.',
        'A lump or swelling in the groin, or groin pain with fever, needs a doctor.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing', note: 'Ease off kicking and twisting sports while it settles.' },
    {
      id: 'physical_therapy',
      note: 'A physiotherapist can sort hip-joint, adductor and iliopsoas causes of groin pain and guide loading.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the piriformis and other short lateral rotators' },
    { source: 'wong_on_2018_obturator_injuries' },
    { source: 'weir_2015_doha_groin_pain' },
  ],
  uncertain:
    'No trigger-point pain map has been published for this muscle; the groin zone is where pain is felt when the muscle is torn (a small series of athletes), and the muscle is too deep to examine directly.',
} as const satisfies Muscle
