/** External anal sphincter: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const externalAnalSphincter = {
  name: 'External anal sphincter',
  latin: 'Musculus sphincter ani externus',
  synonyms: [
    'anal sphincter',
    'sphincter ani',
    'back passage muscle',
    'pelvic floor muscle',
    'rectal pain',
    'anal pain',
    'pain in the back passage',
    'proctalgia',
  ],
  area: 'low_back_pelvis',
  layer: 'deep',
  // One ring around the back passage: each side of the model is its half.
  parts: [{ id: 'belly', name: 'External anal sphincter', fma: { left: 'FMA21930', right: 'FMA21930' } }],
  attachments: {
    origin:
      'Back end: the tip of the tailbone (coccyx), through a fibrous band (the anococcygeal ligament) behind the back passage. The muscle is a ring of voluntary muscle around the lowest 2 to 3 cm of the anal canal, just under the skin and deeper, blending above with the levator ani.',
    insertion:
      'Front end: the central point of the perineum (perineal body), between the back passage and the genitals, where it blends with the transverse perineal and bulbospongiosus muscles.',
  },
  actions: [
    'Keeps the back passage closed, and tightens it at will to hold in stool and wind',
    'Relaxes to let a bowel movement pass',
    'Supports the perineum as part of the pelvic floor',
  ],
  triggerPoints: [
    {
      id: 'sphincter',
      label: 'Anal sphincter TrP',
      location:
        'In the ring of muscle around the back passage, to one side. A trained clinician examines it with a gloved finger, with your consent.',
      clinicalLocation:
        'In the external sphincter at the side of the anal canal, palpated on digital rectal examination as a tender band within the sphincter ring; examined by a trained clinician with consent.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['perineum'],
      spilloverZone: ['coccyx'],
    },
  ],
  referredPain:
    'A poorly localised ache around the back passage and the back of the pelvic floor, sometimes toward the tailbone. It may be worse during or after a bowel movement or when sitting.',
  clinicalSummary:
    'Travell and Simons describe sphincter ani trigger points as referring poorly localised aching to the anal region and the posterior pelvic floor, with painful bowel movements; the pattern overlaps those of the levator ani and coccygeus, which reach the coccyx. Palpation is by digital rectal examination. Anal and rectal pain must first be checked for local disease: fissure, haemorrhoids (thrombosed), abscess and fistula, proctitis and inflammatory bowel disease, and anorectal cancer; functional anorectal pain as the Rome IV criteria define it (levator ani syndrome, unspecified functional anorectal pain, proctalgia fugax), pudendal neuralgia and coccydynia are the main functional differentials, and pelvic floor biofeedback is an effective treatment for levator ani syndrome. Rectal bleeding, a change in bowel habit, weight loss, saddle anaesthesia or new incontinence need prompt assessment.',
  symptoms: [
    'Aching around the back passage, hard to pin down',
    'Pain during or after a bowel movement',
    'Discomfort when sitting',
    'Tailbone pain in some people',
  ],
  perpetuatingFactors: [
    'Straining on the toilet, hard stools or constipation',
    'Sitting for long periods, especially on hard seats',
    'Anal fissure, haemorrhoids or surgery in the area',
    'Holding the pelvic floor tight for long periods, often with stress or after pain',
  ],
  associatedMuscles: ['levator_ani', 'coccygeus', 'obturator_internus', 'transverse_perinei', 'bulbospongiosus'],
  selfCare: {
    stretch: {
      name: 'Pelvic-floor relaxation breathing',
      steps: [
        'Lie on your back with knees bent and supported by pillows, legs gently apart.',
        'Put one hand on your belly and breathe in slowly, letting the belly rise.',
        'As you breathe in, let the area around the back passage soften and drop; do not push.',
        'Breathe out gently without squeezing; repeat for five minutes once or twice a day.',
      ],
      cautions: [
        'Internal examination and treatment of this muscle are for a trained clinician, such as a pelvic health physiotherapist or a doctor.',
        'Get urgent medical care for numbness around the genitals, back passage or inner buttocks (the saddle area), or new loss of bladder or bowel control.',
      ],
    },
    selfPressure: {
      name: 'No self-pressure: warmth and easier bowel movements',
      steps: [
        'Self-pressure is not advised here; use warmth and comfort instead.',
        'Sit in a warm bath for 10 to 15 minutes, especially after a bowel movement.',
        'Keep stools soft with enough fluid and fibre, and on the toilet rest your feet on a low stool and breathe out gently instead of straining.',
        'Use a soft or cut-out cushion and take breaks from long sitting.',
      ],
      cautions: [
        'Pain in the back passage needs a doctor to check for a tear (fissure), piles, an abscess or other bowel disease before it is put down to a muscle.',
        'See a doctor promptly about bleeding from the back passage, a change in bowel habit, a lump, fever or weight loss.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'A warm bath relaxes the sphincter.' },
    { id: 'relaxation_meditation', note: 'Learning to relax the pelvic floor with slow breathing.' },
    { id: 'sitting_habits', note: 'A cut-out cushion and regular breaks from sitting.' },
    {
      id: 'physical_therapy',
      note: 'A pelvic health physiotherapist can examine and treat the muscle, including internally when you agree to it, and can teach pelvic floor relaxation with biofeedback.',
    },
    {
      id: 'manual_therapy',
      note: 'Internal trigger-point release is done only by clinicians trained in pelvic floor work, with consent.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Pelvic Floor Muscles"' },
    { source: 'pastore_2012_myofascial_pelvic_pain' },
    { source: 'rao_2016_anorectal_disorders' },
    { source: 'finucane_2020_spinal_red_flags' },
  ],
  uncertain:
    'The muscle can only be examined internally, few studies describe its trigger points, and its pattern rests mainly on clinical observation.',
} as const satisfies Muscle
