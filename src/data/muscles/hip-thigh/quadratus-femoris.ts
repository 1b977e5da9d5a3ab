/** Quadratus femoris: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const quadratusFemoris = {
  name: 'Quadratus femoris',
  latin: 'Musculus quadratus femoris',
  synonyms: ['deep hip rotator', 'short lateral rotator'],
  area: 'hip_thigh',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22339', right: 'FMA22338' } }],
  attachments: {
    origin: 'Outer edge of the sitting bone (lateral border of the ischial tuberosity).',
    insertion:
      'The quadrate tubercle on the bony ridge between the greater and lesser trochanters at the back of the thigh bone (intertrochanteric crest), and the line just below it. The flat, four-sided muscle runs straight across from the sitting bone to the back of the upper thigh bone, below the piriformis and the gemelli and deep to the gluteus maximus; the sciatic nerve crosses its back surface.',
  },
  actions: [
    'Turns the thigh outward (lateral rotation)',
    'Helps bring the thigh in toward the other leg',
    'Steadies the head of the thigh bone in the hip socket',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Quadratus femoris TrP',
      location:
        'Deep in the lower buttock, between the sitting bone and the bony point at the side of the hip, below the level of the piriformis.',
      clinicalLocation:
        'Deep in the inferior gluteal region between the lateral border of the ischial tuberosity and the posterior greater trochanter, caudal to the piriformis; reached only by deep palpation through the gluteus maximus, patient prone or side-lying. The sciatic nerve crosses its posterior surface, so palpation that reproduces paraesthesia is over the nerve.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['buttock'],
      spilloverZone: ['posterior_thigh'],
    },
  ],
  referredPain:
    'Pain is felt deep in the lower buttock and at the back of the hip, and may spread down the back of the thigh. If the sciatic nerve, which runs over this muscle, is irritated, there may also be pain, tingling or numbness down the leg.',
  clinicalSummary:
    'No referral pattern specific to this muscle is well established: the trigger-point literature groups it with the piriformis and the other short lateral rotators, and the published myofascial reports are a single case of gluteal pain confirmed by guided injection and a small uncontrolled series in which guided injection eased deep lower-buttock pain. Tenderness lies deep between the ischial tuberosity and the greater trochanter. The main differential is ischiofemoral impingement, in which the quadratus femoris is compressed between the ischium and the lesser trochanter, with oedema of the muscle on MRI, buttock or hip pain that may radiate down the posterior thigh and sometimes sciatic nerve irritation. Also consider piriformis syndrome, proximal hamstring tendinopathy and lumbosacral radiculopathy.',
  symptoms: [
    'Deep hip pain at the back of the hip, low in the buttock near the sitting bone',
    'Pain sitting for long, or on long strides',
    'Sciatica-like pain, tingling or numbness down the back of the thigh if the nearby sciatic nerve is irritated',
  ],
  perpetuatingFactors: [
    'Long periods of sitting',
    'A sudden twisting load on the hip, or catching yourself from a fall',
    'Sports and activities that push the hip hard into extension and rotation, such as long running strides',
    'Hip surgery or a narrow space between the sitting bone and the thigh bone (for a clinician to assess)',
  ],
  associatedMuscles: ['piriformis', 'obturator_internus', 'gemellus_inferior', 'gluteus_maximus', 'gluteus_minimus'],
  selfCare: {
    stretch: {
      name: 'Lying knee-inward stretch',
      steps: [
        'Lie on your back with both knees bent and the feet flat, a little wider than hip-width apart.',
        'Let the knee of the sore side fall slowly inward toward the other foot, turning the thigh in, until you feel a gentle stretch deep in the buttock.',
        'Breathe slowly and hold for 30 seconds.',
        'Bring the knee back up and repeat two or three times.',
      ],
      cautions: [
        'After a hip replacement, ask your surgeon before turning the thigh inward.',
        'Stop if you feel a pinch in the groin or tingling down the leg.',
      ],
    },
    selfPressure: {
      name: 'Gentle ball pressure low in the buttock',
      steps: [
        'The safest home care is warmth on the buttock and the stretch; try pressure only if those are comfortable.',
        'Lie on your back with a tennis ball under the lower buttock, between the sitting bone and the bony point at the side of the hip.',
        'Let your weight settle gently and hold a tender spot for 20 to 30 seconds.',
        'Move the ball a little and repeat, then do the stretch.',
      ],
      cautions: [
        'The sciatic nerve runs right over this muscle: if the pressure sends tingling, burning or numbness down the leg, move the ball at once.',
        'Keep off the sitting bone itself.',
        'Buttock pain with weakness or numbness in the leg needs a clinician to check the nerves of the back and hip.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    { id: 'self_massage_pressure', note: 'Gently, and away from the sciatic nerve.' },
    { id: 'sitting_habits', note: 'Break up long periods of sitting.' },
    { id: 'physical_therapy' },
    {
      id: 'trigger_point_injection',
      note: 'A specialist procedure under image guidance, because the sciatic nerve crosses the muscle.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the piriformis and other short lateral rotators' },
    { source: 'dalmau_carola_2010_quadratus_femoris' },
    { source: 'wu_2023_ischiofemoral_impingement' },
    { source: 'kim_2016_quadratus_femoris_injection' },
  ],
  uncertain:
    'Evidence is thin: a single case and a small uncontrolled series link deep lower-buttock pain to this muscle and its relief to injecting it, but no study maps a referral pattern separate from that of the piriformis and the other short rotators, so the spread down the thigh is not confirmed.',
} as const satisfies Muscle
