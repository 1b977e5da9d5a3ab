/** Ischiocavernosus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const ischiocavernosus = {
  name: 'Ischiocavernosus',
  latin: 'Musculus ischiocavernosus',
  synonyms: ['erector penis', 'erector clitoridis', 'superficial perineal muscle', 'pelvic floor muscle'],
  area: 'low_back_pelvis',
  layer: 'superficial',
  // No reference mesh: the body-model generator shapes it from the attachments below.
  parts: [{ id: 'belly', name: 'Belly' }],
  attachments: {
    origin:
      'Back end: the inner surface of the sit bone (ischial tuberosity) and the bony bar running forward from it toward the pubis (ischial ramus). A thin muscle, roughly 4-6 cm long, lying along the inner edge of this bony bar, on each side of the perineum.',
    insertion:
      'Front end: the covering of the crus, the root of the penis or clitoris that is attached to the bony bar, near where the two crura meet under the pubic arch.',
  },
  actions: [
    'Presses on the root of the penis or clitoris, helping to maintain erection',
    'Supports the perineum as part of the outer layer of the pelvic floor',
  ],
  triggerPoints: [
    {
      id: 'central',
      label: 'Perineal-edge TrP',
      location:
        'At the side of the perineum, along the inner edge of the bony bar that runs forward from the sit bone. A trained clinician examines it.',
      clinicalLocation:
        'Belly of ischiocavernosus along the medial surface of the ischiopubic ramus, between the ischial tuberosity and the crus; palpated externally against the ramus in the perineum, or per vaginam laterally at the introitus, by a trained clinician.',
      position: { along: 0.4, around: 0 },
      essentialZone: ['perineum'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Aching in the perineum, on the same side, felt between the sit bone and the genitals.',
  clinicalSummary:
    'Ischiocavernosus TrPs refer aching to the perineum and are reportedly less likely than bulbospongiosus TrPs to cause dyspareunia. They are found by palpation against the medial ischiopubic ramus, externally or per vaginam, by a trained clinician with consent. Pudendal neuralgia (which follows the same region), ischial tuberosity and adductor origin pain, and urological or gynaecological causes are the main differentials.',
  symptoms: [
    'Pelvic pain as an ache in the perineum on one side',
    'Aching between the sit bone and the genitals, worse with long sitting',
  ],
  perpetuatingFactors: [
    'Sitting for long periods, especially on hard or narrow seats',
    'Injury to the perineum, including during childbirth',
    'Pelvic surgery',
    'Holding the pelvic floor tight for long periods, often with stress or after pain',
  ],
  associatedMuscles: ['bulbospongiosus', 'levator_ani', 'obturator_internus'],
  selfCare: {
    stretch: {
      name: 'Pelvic-floor relaxation breathing',
      steps: [
        'Lie on your back with knees bent and supported by pillows, legs gently apart.',
        'Put one hand on your belly and breathe in slowly, letting the belly rise.',
        'As you breathe in, let the area between the legs soften and widen; do not push.',
        'Breathe out gently without squeezing; repeat for five minutes once or twice a day.',
      ],
      cautions: [
        'Examination and treatment of this muscle are for a trained clinician, such as a pelvic health physiotherapist or a doctor.',
        'Get urgent medical care for numbness around the genitals, back passage or inner buttocks (the saddle area), new loss of bladder or bowel control, or new difficulty passing urine.',
      ],
    },
    selfPressure: {
      name: 'No self-pressure: warmth and comfort',
      steps: [
        'Self-pressure is not advised here; use warmth and comfort instead.',
        'Sit in a warm bath, or rest a warm (not hot) pack wrapped in a towel against the perineum, for 15 to 20 minutes.',
        'Use a soft or cut-out cushion and take breaks from long sitting.',
      ],
      cautions: [
        'See a doctor promptly about bleeding, a discharge, sores or a lump, blood in the urine, fever, or new bladder or bowel problems.',
        'Treatment in this area should only ever be done with your clear consent; you can ask for a chaperone or stop at any time.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'A warm bath or a wrapped warm pack.' },
    { id: 'relaxation_meditation', note: 'Learning to let the pelvic floor relax with slow breathing.' },
    { id: 'sitting_habits', note: 'A soft or cut-out cushion and regular breaks from sitting.' },
    {
      id: 'physical_therapy',
      note: 'A pelvic health physiotherapist can examine and treat the muscle with consent.',
    },
    {
      id: 'manual_therapy',
      note: 'Trigger-point release here is done only by clinicians trained in pelvic floor work, with consent.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Pelvic Floor Muscles"' },
    { source: 'pastore_2012_myofascial_pelvic_pain' },
    { source: 'finucane_2020_spinal_red_flags' },
  ],
  uncertain:
    'Trigger points in this small perineal muscle are described mainly from clinical observation; no study beyond the trigger-point manual was found on their patterns or treatment.',
} as const satisfies Muscle
