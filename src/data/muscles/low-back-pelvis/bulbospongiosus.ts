/** Bulbospongiosus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const bulbospongiosus = {
  name: 'Bulbospongiosus',
  latin: 'Musculus bulbospongiosus',
  synonyms: ['bulbocavernosus', 'superficial perineal muscle', 'pelvic floor muscle'],
  area: 'low_back_pelvis',
  layer: 'superficial',
  // No reference mesh: the body-model generator shapes it from the attachments below.
  parts: [{ id: 'belly', name: 'Belly' }],
  attachments: {
    origin:
      'Back end: the central point of the perineum (perineal body), midway between the back passage and the genitals, and, in men, the midline seam under the bulb of the penis. A thin superficial muscle, roughly 4-5 cm long, running forward along the midline of the perineum, just under the skin and fat.',
    insertion:
      'Front end: in men, it wraps the bulb of the penis and attaches to the membrane of the perineum and the fibrous covering of the shaft, above and to the sides. In women, it divides to pass either side of the vaginal opening over the vestibular bulbs and attaches to the body of the clitoris.',
  },
  actions: [
    'In men, empties the urethra at the end of passing urine and during ejaculation, and helps maintain erection',
    'In women, narrows the vaginal opening and helps erection of the clitoris',
    'Supports the perineum as part of the outer layer of the pelvic floor',
  ],
  triggerPoints: [
    {
      id: 'central',
      label: 'Perineal TrP',
      location:
        'In the perineum, between the back passage and the genitals, to one side of the midline. A trained clinician examines it, in women through the vaginal opening and in men from outside on the perineum.',
      clinicalLocation:
        'Belly of bulbospongiosus lateral to the midline between the perineal body and the bulb; in women palpated per vaginam at the introitus, in men externally over the bulb of the penis in the perineum.',
      position: { along: 0.4, around: 0 },
      essentialZone: ['perineum'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'Aching in the perineum. In women it can cause pain at the vaginal opening, especially on entry during sex. In men it can cause aching in the perineum and at the root of the penis below the scrotum, and discomfort when sitting upright.',
  clinicalSummary:
    'Bulbospongiosus TrPs refer to the perineum; in women they are associated with entry dyspareunia and introital aching, in men with perineal aching, discomfort on sitting upright and pain at the base of the penis, and Travell and Simons also linked them to erectile difficulty. Palpation is per vaginam at the introitus or externally over the bulb, by a trained clinician with consent. Vulvodynia and vestibulodynia, dermatological and infective causes, urethral and prostatic disease, and pudendal neuralgia are the main differentials.',
  symptoms: [
    'Pelvic pain felt in the perineum, between the back passage and the genitals',
    'Pain at the vaginal opening, especially on entry during sex',
    'Aching at the base of the penis or behind the scrotum',
    'Discomfort when sitting upright',
  ],
  perpetuatingFactors: [
    'Sitting for long periods, especially on hard or narrow seats',
    'Injury to the perineum, including tearing or stitches during childbirth',
    'Pelvic surgery',
    'Holding the pelvic floor tight for long periods, often with stress or after pain',
  ],
  associatedMuscles: [
    'ischiocavernosus',
    'transverse_perinei',
    'external_anal_sphincter',
    'levator_ani',
    'obturator_internus',
  ],
  selfCare: {
    stretch: {
      name: 'Pelvic-floor relaxation breathing',
      steps: [
        'Lie on your back with knees bent and supported by pillows, legs gently apart.',
        'Put one hand on your belly and breathe in slowly, letting the belly rise.',
        'As you breathe in, let the area between the legs soften and drop; do not push.',
        'Breathe out gently without squeezing; repeat for five minutes once or twice a day.',
      ],
      cautions: [
        'Internal examination and treatment of this muscle are for a trained clinician, such as a pelvic health physiotherapist or a doctor.',
        'Get urgent medical care for numbness around the genitals, back passage or inner buttocks (the saddle area), new loss of bladder or bowel control, or new difficulty passing urine.',
      ],
    },
    selfPressure: {
      name: 'No self-pressure: warmth and comfort',
      steps: [
        'Self-pressure is not advised here; use warmth and comfort instead.',
        'Sit in a warm bath, or rest a warm (not hot) pack wrapped in a towel against the perineum, for 15 to 20 minutes.',
        'Use a soft or cut-out cushion and take breaks from long sitting.',
        'If sex is painful, stop and talk to a clinician: a pelvic health physiotherapist can guide you, at your pace.',
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
