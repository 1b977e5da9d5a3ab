/** Gluteus maximus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const gluteusMaximus = {
  name: 'Gluteus maximus',
  latin: 'Musculus gluteus maximus',
  synonyms: ['glutes', 'glute max', 'buttock muscle', 'bum muscle'],
  area: 'hip_thigh',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22329', right: 'FMA22328' } }],
  attachments: {
    origin:
      'Back of the outer hip bone behind the posterior gluteal line, the back of the sacrum and tailbone, and the sacrotuberous ligament.',
    insertion:
      'The iliotibial band (the long fibrous band down the outer thigh) and the gluteal tuberosity on the back of the upper thigh bone.',
  },
  actions: [
    'Straightens the hip, driving the thigh back, as in climbing stairs, rising from a chair or running',
    'Turns the thigh outward (lateral rotation)',
    'Upper fibres help lift the leg out to the side; lower fibres help bring it in',
    'Through the iliotibial band, helps steady the straightened knee',
  ],
  triggerPoints: [
    {
      id: 'trp1',
      label: 'TrP1',
      location: 'Beside the sacrum at the upper inner edge of the buttock, just outside the sacroiliac joint.',
      clinicalLocation:
        'Upper medial fibres close to the lateral border of the sacrum, at about the level of the lower sacroiliac joint; flat palpation against the underlying bone, patient side-lying on the other side with the hip flexed.',
      position: { along: 0.12, around: 0.1 },
      essentialZone: ['sacroiliac', 'buttock'],
      spilloverZone: ['posterior_thigh'],
    },
    {
      id: 'trp2',
      label: 'TrP2',
      location: 'Low in the buttock, just above the sitting bone (ischial tuberosity).',
      clinicalLocation:
        'Lower fibres just cephalad to the ischial tuberosity; flat palpation against the ischium with the hip flexed. The sciatic nerve runs deep to the muscle just lateral to the tuberosity.',
      position: { along: 0.4, around: 0 },
      essentialZone: ['buttock', 'sacrum'],
      spilloverZone: [],
    },
    {
      id: 'trp3',
      label: 'TrP3',
      location: 'In the lowest, innermost fibres of the buttock, close to the tailbone.',
      clinicalLocation:
        'Lowest, most medial fibres arising beside the coccyx and from the sacrotuberous ligament; flat palpation just lateral to the coccyx, patient side-lying.',
      position: { along: 0.1, around: 0.25 },
      essentialZone: ['coccyx'],
      spilloverZone: ['buttock'],
    },
  ],
  referredPain:
    'Pain stays in the buttock region. TrP1, beside the sacrum, causes a crescent of pain along the sacroiliac joint and the crease between the buttocks down to the buttock fold. TrP2, above the sitting bone, makes the whole buttock ache and can reach the lower sacrum; sitting on it can feel like sitting on a nail. TrP3, beside the tailbone, refers pain to the tailbone.',
  clinicalSummary:
    'Referral stays regional. TrP1 projects a crescent along the sacroiliac joint and natal cleft down to the gluteal fold, with spillover to the proximal posterior thigh; TrP2 refers across the whole buttock and the lower sacrum and makes sitting on that side hard to bear; TrP3 refers to the coccyx and is a muscular contributor to coccygodynia. Hip flexion with the knee bent is restricted and painful, and the patient shifts restlessly when seated. Consider sacroiliac joint dysfunction, coccygodynia from other causes, and proximal hamstring tendinopathy, which gives deep pain at the ischial tuberosity on sitting and on loading the hamstrings.',
  symptoms: [
    'Restlessness and pain when sitting for long, especially on hard seats',
    'Pain walking uphill or climbing stairs, worse when leaning forward',
    'Buttock pain when bending forward',
    'Tailbone pain',
  ],
  perpetuatingFactors: [
    'Long periods of sitting, particularly slumped or on hard seats',
    'Walking or climbing uphill while leaning forward',
    'A fall onto the buttocks, or catching yourself from a fall',
    'Repeated bending and lifting',
  ],
  associatedMuscles: ['gluteus_medius', 'piriformis', 'biceps_femoris', 'semitendinosus'],
  selfCare: {
    stretch: {
      name: 'Knee-to-chest stretch',
      steps: [
        'Lie on your back with both knees bent and feet flat.',
        'Hold behind the knee of the sore side and draw it slowly toward your chest.',
        'To reach the lower fibres, aim the knee toward the armpit on the same side.',
        'Breathe slowly and hold for about 30 seconds, then lower the leg.',
        'Repeat two or three times.',
      ],
      cautions: [
        'After a hip replacement, ask your surgeon before bending the hip deeply.',
        'Stop if you feel a pinch at the front of the hip.',
      ],
    },
    selfPressure: {
      name: 'Tennis ball under the buttock',
      steps: [
        'Lie on your back, or stand against a wall, with a tennis ball under the sore buttock.',
        'Roll slowly until you find a tender spot.',
        'Let your weight rest on it for 30 to 60 seconds until the tenderness eases.',
        'Move on to the next spot, then finish with the stretch.',
      ],
      cautions: [
        'Keep off the bony sitting bone and the tailbone.',
        'Move the ball if pain shoots down the leg or the leg goes numb: the sciatic nerve runs under the lower buttock.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'A tennis ball under the buttock while lying or against a wall.' },
    { id: 'gentle_stretching_yoga' },
    { id: 'sitting_habits', note: 'Get up regularly and use a cushioned seat rather than a hard one.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Gluteus Maximus Muscle"' },
    { source: 'goom_2016_proximal_hamstring_tendinopathy' },
  ],
} as const satisfies Muscle
