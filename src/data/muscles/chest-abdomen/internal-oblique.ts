/** Internal oblique: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const internalOblique = {
  name: 'Internal oblique',
  latin: 'Musculus obliquus internus abdominis',
  synonyms: ['internal abdominal oblique', 'obliques', 'deep side abdominal muscle'],
  area: 'chest_abdomen',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA13893', right: 'FMA13892' } }],
  attachments: {
    origin:
      'The deep layer of the low-back fascia (thoracolumbar fascia), the front two-thirds of the iliac crest and the outer half of the inguinal ligament.',
    insertion:
      'The lower borders of the 10th to 12th ribs, the midline seam of the abdomen (linea alba) through a broad flat tendon, and the crest of the pubic bone through a tendon shared with the transversus abdominis (conjoint tendon).',
  },
  actions: [
    'Bends the trunk forward and to the same side',
    'Turns the trunk toward the same side',
    'Compresses the abdomen to raise its pressure, as in coughing, straining and forceful breathing out',
  ],
  triggerPoints: [
    {
      id: 'lower_suprapubic',
      label: 'Lower TrP',
      location:
        'Low in the abdomen, just above the outer half of the groin crease and along the upper edge of the pubic bone.',
      clinicalLocation:
        'Lower internal oblique fibres just above the lateral half of the inguinal ligament and along the superior pubic rim, deep to the external oblique aponeurosis; flat palpation against the pubic rim with the wall tensed.',
      position: { along: 0.75, around: 0 },
      essentialZone: ['groin', 'lower_abdomen'],
      spilloverZone: ['perineum'],
    },
  ],
  referredPain:
    'Trigger points low in the muscle, above the groin and the pubic bone, cause pain in the groin and lower abdomen and can make the bladder irritable, with a frequent urge to pass urine or difficulty starting.',
  clinicalSummary:
    'Lower TrPs along the lateral inguinal ligament and superior pubic rim refer to the groin and lower abdomen and are associated with urinary frequency, urgency or retention. Abdominal-wall origin is supported by a positive Carnett sign and reproduction of the pain on palpation with the wall tensed. Urinary infection, renal or ureteric colic, inguinal hernia and gynaecological or testicular causes must be excluded, and new urinary symptoms warrant medical assessment before the wall is treated.',
  symptoms: [
    'Groin pain and lower abdominal pain, often one-sided',
    'Needing to pass urine often, or trouble starting, with no infection or other cause found',
    'Pelvic pain felt low in the abdomen above the pubic bone',
  ],
  perpetuatingFactors: [
    'Slumped sitting that keeps the abdominal wall shortened',
    'Repeated twisting and bending, or heavy lifting',
    'Chronic cough',
    'Abdominal or pelvic surgery scars',
    'Disease of the bladder or other pelvic organs, which can activate trigger points in the abdominal wall',
  ],
  associatedMuscles: [
    'external_oblique',
    'transversus_abdominis',
    'rectus_abdominis',
    'pyramidalis',
    'quadratus_lumborum',
    'iliopsoas',
  ],
  selfCare: {
    stretch: {
      name: 'Side-lying trunk rotation stretch',
      steps: [
        'Lie on your back with knees bent and feet flat.',
        'Let both knees fall slowly to the side opposite the sore side while your shoulders stay on the floor.',
        'Reach the arm of the sore side out and breathe into the side of the belly.',
        'Hold for 20 to 30 seconds, bring the knees back up, and repeat two or three times.',
      ],
      cautions: [
        'Move slowly and stop if the stretch causes back pain.',
        'Do not stretch over a recent abdominal incision or a hernia.',
        'During pregnancy, ask your midwife or doctor first.',
      ],
    },
    selfPressure: {
      name: 'Gentle pressure above the groin',
      steps: [
        'Lie on your back with knees bent and a pillow under them.',
        'Lift your head slightly so the abdominal wall tightens.',
        'With the flats of your fingers, press gently just above the groin crease and along the top of the pubic bone, feeling for a tender spot.',
        'Hold light pressure for 20 to 30 seconds, then relax.',
      ],
      cautions: [
        'Never press deep into the abdomen: the bladder, bowel and, in women, the ovaries lie beneath.',
        'New bladder symptoms, blood in the urine, fever or pain on passing urine need a doctor first.',
        'A groin lump needs medical assessment; avoid pressure over a hernia, in pregnancy or over a recent scar.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'posture', note: 'Avoid long periods of slumped sitting.' },
    { id: 'gentle_stretching_yoga' },
    { id: 'self_massage_pressure' },
    { id: 'physical_therapy' },
    {
      id: 'trigger_point_injection',
      note: 'Once hernia and other structural causes are excluded, a local anaesthetic injection into a tender abdominal-wall spot can relieve pain and show that it comes from the wall.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Abdominal Muscles"' },
    { source: 'suleiman_2001_abdominal_wall_pain' },
    { source: 'montenegro_2009_abdominal_myofascial_pelvic_pain' },
    { source: 'rajkannan_2019_abdominal_wall_dry_needling' },
  ],
  uncertain:
    'A review and a small clinical series confirm that trigger points in the abdominal muscles can cause lower abdominal and pelvic pain, but none separates this layer from the others or maps its own pattern; the pattern and the bladder-related symptoms rest on clinical observation.',
} as const satisfies Muscle
