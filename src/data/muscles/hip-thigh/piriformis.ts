/** Piriformis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const piriformis = {
  name: 'Piriformis',
  latin: 'Musculus piriformis',
  synonyms: ['piriformis syndrome', 'deep hip rotator', 'pyriformis'],
  area: 'hip_thigh',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22341', right: 'FMA22340' } }],
  attachments: {
    origin: 'Inner (front) surface of the sacrum; the muscle leaves the pelvis through the greater sciatic notch.',
    insertion: 'Upper border of the greater trochanter, the bony point on the side of the hip.',
  },
  actions: [
    'Turns the thigh outward (lateral rotation) when the hip is straight',
    'Helps move the thigh out to the side when the hip is bent to a right angle',
    'Steadies the hip and checks excessive inward turning of the thigh in walking and running',
  ],
  triggerPoints: [
    {
      id: 'lateral',
      label: 'TrP1',
      location:
        'Deep in the buttock, a little way in from the bony point at the side of the hip, on a line toward the top of the tailbone.',
      clinicalLocation:
        'Lateral belly near the greater trochanter, at about the junction of the middle and lateral thirds of a line from the top of the greater trochanter to the sacral border at the upper end of the greater sciatic notch; deep flat palpation through a relaxed gluteus maximus, patient side-lying with the hip flexed toward 90 degrees.',
      position: { along: 0.7, around: 0 },
      essentialZone: ['sacroiliac', 'buttock'],
      spilloverZone: ['posterior_thigh'],
    },
    {
      id: 'medial',
      label: 'TrP2',
      location: 'Deeper and farther in, near the edge of the sacrum where the muscle passes out of the pelvis.',
      clinicalLocation:
        'Medial belly at the lateral border of the sacrum, where the muscle passes through the greater sciatic foramen; tender through the gluteus maximus, and reachable on intrapelvic (rectal or vaginal) examination by a trained clinician.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['sacroiliac', 'buttock'],
      spilloverZone: ['posterior_thigh'],
    },
  ],
  referredPain:
    'Pain is felt over the sacroiliac area, across the buttock and over the back of the hip joint, and sometimes over the upper two-thirds of the back of the thigh. Separately, a tight piriformis can press on the sciatic nerve and nearby nerves, adding pain, tingling or numbness down the back of the thigh, leg and foot.',
  clinicalSummary:
    'Myofascial referral goes to the sacroiliac region, across the buttock and over the posterior hip joint, with spillover to the proximal two-thirds of the posterior thigh. Separately, the muscle can entrap the sciatic nerve and neighbouring nerves at the greater sciatic foramen, adding neuropathic pain and paraesthesia in the posterior thigh, leg and foot. The features most often reported for piriformis syndrome are buttock pain, pain aggravated by sitting, tenderness near the greater sciatic notch and pain on manoeuvres that tense the muscle; there is no reference standard test. Exclude lumbosacral radiculopathy, sacroiliac joint pain, proximal hamstring tendinopathy and ischiofemoral impingement.',
  symptoms: [
    'Buttock and hip pain that is worse when sitting and when getting up from sitting',
    'Low back pain',
    'Pain, tingling or numbness down the back of the leg (sciatica) if the sciatic nerve is compressed',
    'Pain in the pelvic floor or during bowel movements in some people',
  ],
  perpetuatingFactors: [
    'Long periods of sitting, especially on hard seats',
    'Long drives with the foot held on the pedal',
    'Catching yourself from a fall, or a sudden twisting load on the hip',
    'Sacroiliac joint dysfunction or a leg-length difference',
  ],
  associatedMuscles: [
    'gluteus_minimus',
    'gluteus_medius',
    'gluteus_maximus',
    'quadratus_femoris',
    'obturator_internus',
  ],
  selfCare: {
    stretch: {
      name: 'Knee-across-the-body stretch',
      steps: [
        'Lie on your back with both knees bent and feet flat.',
        'Bring the knee of the sore side up until the hip is bent to about a right angle.',
        'With the opposite hand, draw the knee slowly across the body toward the opposite shoulder until you feel a stretch deep in the buttock.',
        'Breathe slowly and hold for 30 seconds, then release.',
        'Repeat two or three times.',
      ],
      cautions: [
        'After a hip replacement, do not bring the knee across the body unless your surgeon agrees.',
        'Stop if tingling or numbness runs down the leg.',
      ],
    },
    selfPressure: {
      name: 'Tennis ball in the buttock',
      steps: [
        'Sit on a firm chair or lie on your back with a tennis ball under the sore buttock, midway between the bony point of the hip and the tailbone.',
        'Shift your weight slowly to find a tender spot.',
        'Let your weight rest on it for 30 to 60 seconds, breathing slowly, until it eases.',
        'Follow with the stretch.',
      ],
      cautions: [
        'If the pressure sends tingling, burning or numbness down the leg you are on the sciatic nerve: move the ball.',
        'Keep off the sitting bone and the tailbone.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'sitting_habits', note: 'Break up long periods of sitting and long drives.' },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'A specialist procedure here, because the sciatic nerve runs beside the muscle.',
    },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the piriformis and other short lateral rotators' },
    { source: 'hopayian_2010_piriformis_syndrome' },
    { source: 'goom_2016_proximal_hamstring_tendinopathy' },
    { source: 'wu_2023_ischiofemoral_impingement' },
    { source: 'holm_jensen_2020_lumbogluteal_trp_reproducibility' },
  ],
  uncertain:
    'Piriformis syndrome is controversial and has no agreed test; the features most often reported are buttock pain, pain worse on sitting, tenderness near the sciatic notch and pain when the muscle is tensed. In one study two examiners mostly agreed on whether piriformis trigger points were present, but across the muscles examined many trigger-point sites were found by only one of them.',
} as const satisfies Muscle
