/** Transverse perinei: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const transversePerinei = {
  name: 'Transverse perinei',
  latin: 'Musculus transversus perinei superficialis',
  synonyms: [
    'superficial transverse perineal muscle',
    'transverse perineal muscle',
    'transversus perinei',
    'perineal muscle',
    'pelvic floor muscle',
  ],
  area: 'low_back_pelvis',
  layer: 'deep',
  // No reference mesh: the body-model generator shapes it from the attachments below.
  parts: [{ id: 'belly', name: 'Belly' }],
  attachments: {
    origin:
      'Outer end: the inner front part of the sitting bone (ischial tuberosity). A thin, narrow strip of muscle running straight inward across the back of the perineum, in front of the back passage.',
    insertion:
      'Inner end: the central point of the perineum (perineal body), midway between the back passage and the genitals, where it meets its partner from the other side and blends with the anal sphincter and bulbospongiosus.',
  },
  actions: [
    'Steadies the central point of the perineum, anchoring the other pelvic floor muscles',
    'Supports the pelvic floor, with the other perineal muscles',
  ],
  triggerPoints: [
    {
      id: 'central',
      label: 'Transverse perineal TrP',
      location:
        'In the perineum just in front of the back passage, between the sitting bone and the midline. A trained clinician examines it, with your consent.',
      clinicalLocation:
        'Along the superficial transverse perineal muscle between the ischial tuberosity and the perineal body, anterior to the anus; palpated externally on the perineum or per vaginam/per rectum by a trained clinician with consent.',
      position: { along: 0.6, around: 0 },
      essentialZone: ['perineum'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Aching in the perineum, between the back passage and the genitals, sometimes worse when sitting.',
  clinicalSummary:
    "No referral pattern specific to the transverse perinei is well established: Travell and Simons' pelvic floor chapter describes perineal aching from the neighbouring superficial perineal muscles (bulbospongiosus and ischiocavernosus), and the same local perineal pain is assumed here. Palpation is on the perineum between the ischial tuberosity and the perineal body, or intravaginally or intrarectally, by a trained clinician with consent. Differentials: perineal scar pain after tearing or episiotomy, pudendal neuralgia, vulvodynia, prostatitis and chronic pelvic pain syndrome, anorectal disease and skin conditions.",
  symptoms: [
    'Pelvic pain felt in the perineum, between the back passage and the genitals',
    'Discomfort when sitting',
    'Pain with sex in some people',
  ],
  perpetuatingFactors: [
    'Injury to the perineum, including tearing or stitches during childbirth',
    'Sitting for long periods, especially on hard or narrow seats, such as bicycle saddles',
    'Holding the pelvic floor tight for long periods, often with stress or after pain',
  ],
  associatedMuscles: ['bulbospongiosus', 'ischiocavernosus', 'external_anal_sphincter', 'levator_ani'],
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
      ],
      cautions: [
        'See a doctor promptly about bleeding, a discharge, sores or a lump, blood in the urine, fever, or new bladder or bowel problems.',
        'Treatment in this area should only ever be done with your clear consent; you can ask for a chaperone or stop at any time.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'A warm bath relaxes the pelvic floor.' },
    { id: 'relaxation_meditation', note: 'Learning to relax the pelvic floor with slow breathing.' },
    { id: 'sitting_habits', note: 'A cut-out cushion and regular breaks from sitting.' },
    {
      id: 'physical_therapy',
      note: 'A pelvic health physiotherapist can examine and treat the muscle when you agree to it.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Pelvic Floor Muscles"' },
    { source: 'pastore_2012_myofascial_pelvic_pain' },
  ],
  uncertain:
    'No pain map has been published for this small muscle on its own; the pattern shown is the perineal aching described for its neighbours, the bulbospongiosus and ischiocavernosus.',
} as const satisfies Muscle
