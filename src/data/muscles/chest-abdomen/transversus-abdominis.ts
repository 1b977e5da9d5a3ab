/** Transversus abdominis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const transversusAbdominis = {
  name: 'Transversus abdominis',
  latin: 'Musculus transversus abdominis',
  synonyms: ['transverse abdominis', 'transverse abdominal muscle', 'TA', 'TVA', 'deep core muscle'],
  area: 'chest_abdomen',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22345', right: 'FMA22344' } }],
  attachments: {
    origin:
      'The inner surfaces of the lower six rib cartilages (7th to 12th), the deep layer of the low-back fascia (thoracolumbar fascia), the front two-thirds of the iliac crest and the outer third of the inguinal ligament.',
    insertion:
      'Through a broad flat tendon into the midline seam of the abdomen (linea alba), and low down into the crest of the pubic bone through the tendon shared with the internal oblique (conjoint tendon).',
  },
  actions: [
    'Draws the abdominal wall in like a corset, raising the pressure inside the abdomen',
    'Helps with forceful breathing out, coughing, straining and childbirth',
    'Tightens the low-back fascia, helping to steady the lumbar spine',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Upper TrP',
      location: 'High on the front of the abdomen just under the rib edge, to the side of the six-pack muscle.',
      clinicalLocation:
        'Upper transversus fibres arising from the inner surfaces of the lower costal cartilages, just below the anterior costal margin and lateral to the rectus sheath; not separable by palpation from the overlying obliques, identified by depth and the horizontal fibre direction with the wall tensed.',
      position: { along: 0.3, around: 0.2 },
      essentialZone: ['upper_abdomen'],
      spilloverZone: [],
      otherSide: { essential: ['upper_abdomen'] },
    },
  ],
  referredPain:
    'A band of pain straight across the upper abdomen between the two rib edges. It can feel like a digestive problem.',
  clinicalSummary:
    'Upper transversus TrPs refer a transverse band of pain across the upper abdomen between the anterior costal margins. The muscle is the deepest layer of the lateral wall and cannot be palpated separately, so its TrPs are inferred from depth, fibre direction and reproduction of the band-like pain with the wall tensed (Carnett sign). Biliary, gastric, pancreatic and cardiac causes of upper abdominal pain must be excluded first.',
  symptoms: [
    'A band of pain across the upper abdomen under the ribs',
    'Upper abdominal pain with no digestive cause found',
    'Pain on coughing, sneezing or straining',
  ],
  perpetuatingFactors: [
    'Chronic cough or repeated forceful straining',
    'Slumped sitting that keeps the abdominal wall slack and short',
    'Abdominal surgery scars',
    'Disease of the abdominal organs, which can activate trigger points in the abdominal wall',
  ],
  associatedMuscles: ['external_oblique', 'internal_oblique', 'rectus_abdominis'],
  selfCare: {
    stretch: {
      name: 'Belly breathing with a lying press-up',
      steps: [
        'Lie on your back with knees bent and one hand on your belly.',
        'Breathe in slowly through the nose and let the belly and lower ribs rise and widen; breathe out slowly and let them fall.',
        'Repeat for five to ten breaths to relax the abdominal wall.',
        'Then lie face down and press up gently onto your forearms, breathing into the belly, for 20 to 30 seconds.',
      ],
      cautions: [
        'Stay on your forearms, or skip the press-up, if it causes back pain.',
        'Do not stretch over a recent abdominal incision or a hernia.',
        'During pregnancy, ask your midwife or doctor first.',
      ],
    },
    selfPressure: {
      name: 'Gentle pressure just under the rib edge',
      steps: [
        'Lie on your back with knees bent and a pillow under them.',
        'Lift your head slightly so the abdominal wall tightens.',
        'With the flats of your fingers, press gently just under the rib edge, to the side of the six-pack muscle, and feel for a tender spot.',
        'Hold light pressure for 20 to 30 seconds, then relax.',
      ],
      cautions: [
        'Never press deep into the abdomen or up under the ribs: the liver, gallbladder, stomach and spleen lie there.',
        'New or unexplained upper abdominal pain, especially with fever, vomiting, yellow skin or pain spreading to the back or shoulder, needs a doctor first.',
        'Avoid during pregnancy, over a hernia or over a recent scar.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'relaxation_meditation', note: 'Slow belly breathing relaxes the abdominal wall.' },
    { id: 'posture' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'trigger_point_injection',
      note: 'Once organ causes are excluded, a local anaesthetic injection into a tender abdominal-wall spot can relieve pain and show that it comes from the wall.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Abdominal Muscles"' },
    { source: 'suleiman_2001_abdominal_wall_pain' },
    { source: 'montenegro_2009_abdominal_myofascial_pelvic_pain' },
  ],
  uncertain:
    "As the deepest layer of the abdominal wall the muscle cannot be felt on its own; studies of abdominal-wall trigger points treat the wall as a whole, so this muscle's trigger point and pattern still rest on clinical observation.",
} as const satisfies Muscle
