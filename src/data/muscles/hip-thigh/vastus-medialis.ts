/** Vastus medialis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const vastusMedialis = {
  name: 'Vastus medialis',
  latin: 'Musculus vastus medialis',
  synonyms: ['quads', 'quadriceps', 'VMO', 'inner quad', 'teardrop muscle'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA38933', right: 'FMA38932' } }],
  attachments: {
    origin: 'Inner back of the thigh bone: the lower intertrochanteric line and the inner lip of the linea aspera.',
    insertion:
      'Inner edge of the kneecap and the quadriceps tendon, and through the patellar ligament to the bump below the knee.',
  },
  actions: ['Straightens the knee', 'Its lowest fibres help hold the kneecap in its groove'],
  triggerPoints: [
    {
      id: 'lower',
      label: 'Lower TrP',
      location: 'In the teardrop-shaped bulge a few finger-widths above and to the inner side of the kneecap.',
      clinicalLocation:
        'Distal belly (the oblique fibres) just proximal and medial to the superomedial border of the patella; flat palpation against the femur, patient supine with the knee slightly flexed on a pillow.',
      position: { along: 0.85, around: 0 },
      essentialZone: ['knee_anterior'],
      spilloverZone: ['knee_medial'],
    },
    {
      id: 'upper',
      label: 'Upper TrP',
      location: 'Higher on the inner front of the thigh, about halfway between the groin and the knee.',
      clinicalLocation:
        'Mid-thigh portion on the anteromedial side, about midway between the groin and the knee, anterior to the sartorius and the adductor canal; flat palpation, keeping off the femoral vessels.',
      position: { along: 0.55, around: 0 },
      essentialZone: ['knee_medial'],
      spilloverZone: ['medial_thigh'],
    },
  ],
  referredPain:
    'Pain is felt at the front of the knee and over its inner side, sometimes in a line up the lower inner thigh.',
  clinicalSummary:
    'Refers to the anterior and medial knee, with a strip of spillover along the distal medial thigh. After an initial painful phase the muscle may become inhibited, so the knee buckles unexpectedly with little pain. Differentials: patellofemoral pain, medial meniscal and medial collateral ligament injury, pes anserine bursitis, and referral from adductor longus TrPs, which also reaches the medial knee.',
  symptoms: [
    'Aching at the front and inner side of the knee',
    'The knee suddenly giving way (buckling), which can follow once the pain has faded',
    'Difficulty with stairs and kneeling',
  ],
  perpetuatingFactors: [
    'Morton foot structure, which lets the foot roll inward and strains the knee',
    'Kneeling, squatting and deep knee bends',
    'Jogging or running, especially on uneven ground',
    'Falls on a bent knee or direct blows to the thigh',
  ],
  associatedMuscles: ['rectus_femoris', 'vastus_lateralis', 'vastus_intermedius', 'adductor_longus'],
  selfCare: {
    stretch: {
      name: 'Knee-bend thigh stretch',
      steps: [
        'Stand holding a chair or wall for balance, or lie on your good side.',
        'Bend the knee of the sore leg and hold the ankle, or a strap looped around it.',
        'Draw the heel gently toward the buttock until you feel a stretch above and inside the knee.',
        'Hold for 30 seconds, release slowly and repeat two or three times.',
      ],
      cautions: [
        'Use a strap if you cannot reach comfortably, and do not force a painful knee.',
        'Hold on to something stable if standing.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure above the inner knee',
      steps: [
        'Sit with the leg straight out and relaxed, supported on a stool.',
        'Find the soft bulge on the inner thigh just above the kneecap and press with your fingertips or thumb.',
        'Work up along the inner front of the thigh, looking for tender bands.',
        'Hold each tender spot for 20 to 60 seconds until it eases.',
      ],
      cautions: [
        'Keep to the front of the inner thigh; the main vessels and nerve of the leg run deeper along the inner thigh and through the groin.',
        'Do not press on varicose veins.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'footwear_insoles',
      note: 'A pad under the first metatarsal head corrects Morton foot structure, which overloads this muscle.',
    },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'physical_therapy' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the quadriceps femoris group' }],
} as const satisfies Muscle
