/** Pyramidalis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const pyramidalis = {
  name: 'Pyramidalis',
  latin: 'Musculus pyramidalis',
  synonyms: ['pyramidal muscle of the abdomen'],
  area: 'chest_abdomen',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22347', right: 'FMA22346' } }],
  attachments: {
    origin: 'The front of the pubic bone and the joint between the two pubic bones (pubic crest and pubic symphysis).',
    insertion:
      'The midline seam of the abdomen (linea alba), at a point partway up from the pubic bone toward the navel; a small triangle lying in front of the lowest part of the rectus abdominis.',
  },
  actions: ['Tenses the midline seam of the lower abdomen'],
  triggerPoints: [
    {
      id: 'central',
      label: 'Pyramidalis TrP',
      location: 'Just above the pubic bone, close to the midline.',
      clinicalLocation:
        'Within the small triangular muscle immediately above the pubic symphysis, just lateral to the linea alba and superficial to the lowest rectus abdominis, inside the rectus sheath; flat palpation against the pubis with the wall tensed.',
      position: { along: 0.35, around: 0 },
      essentialZone: ['lower_abdomen'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain near the midline of the lower abdomen, between the pubic bone and the navel.',
  clinicalSummary:
    'TrPs refer pain close to the midline between the pubic symphysis and the umbilicus. They lie just above the symphysis and are hard to separate from lower rectus abdominis TrPs, which they often accompany. Bladder, uterine and other pelvic causes of suprapubic pain, and pubic symphysis disorders, must be excluded first.',
  symptoms: [
    'Pain low in the middle of the abdomen, above the pubic bone',
    'Pelvic pain felt just above the pubic bone',
    'Pain when sitting up or straining',
  ],
  perpetuatingFactors: [
    'Overdoing sit-ups or other abdominal exercise',
    'Abdominal or pelvic surgery scars near the pubic bone',
    'Disease of the bladder or other pelvic organs, which can activate trigger points in the abdominal wall',
  ],
  associatedMuscles: ['rectus_abdominis', 'internal_oblique'],
  selfCare: {
    stretch: {
      name: 'Lying press-up (belly stretch)',
      steps: [
        'Lie face down with your hands under your shoulders.',
        'Breathe out and press up slowly onto your forearms, keeping the hips on the floor.',
        'Breathe slowly into the belly and hold for 20 to 30 seconds.',
        'Lower yourself slowly and repeat two or three times.',
      ],
      cautions: [
        'Stay on your forearms, or skip the press-up, if it causes back pain.',
        'Do not stretch over a recent incision or a hernia; in pregnancy, ask your midwife or doctor first.',
      ],
    },
    selfPressure: {
      name: 'Gentle pressure above the pubic bone',
      steps: [
        'Lie on your back with knees bent and an empty bladder.',
        'Lift your head slightly so the lower abdominal wall tightens.',
        'Press gently with two fingertips just above the pubic bone, beside the midline, and feel for a tender spot.',
        'Hold light pressure for 20 to 30 seconds, then relax.',
      ],
      cautions: [
        'Keep the pressure light and aimed down at the bone, not into the abdomen.',
        'New bladder symptoms, blood in the urine or pelvic pain with fever need a doctor first.',
        'Avoid during pregnancy and over a recent scar.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    { id: 'self_massage_pressure', note: 'Light pressure against the pubic bone.' },
    { id: 'manual_therapy' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Abdominal Muscles"' },
    { source: 'suleiman_2001_abdominal_wall_pain' },
  ],
  uncertain:
    'A small muscle that is missing in some people and hard to tell apart from the lowest rectus abdominis; no study beyond the trigger-point manual was found that describes its trigger point, which rests on clinical observation.',
} as const satisfies Muscle
