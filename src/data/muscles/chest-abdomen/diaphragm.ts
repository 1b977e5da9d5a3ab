/** Diaphragm: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const diaphragm = {
  name: 'Diaphragm',
  latin: 'Diaphragma',
  synonyms: [
    'breathing muscle',
    'thoracic diaphragm',
    'side stitch',
    'stitch in the side',
    'sideache',
    'rib cage pain',
  ],
  area: 'chest_abdomen',
  layer: 'deep',
  // One midline muscle: each side of the model is its half.
  parts: [{ id: 'belly', name: 'Diaphragm', fma: { left: 'FMA13295', right: 'FMA13295' } }],
  attachments: {
    origin:
      'The rim of the lower chest: the inner surfaces of the lower six ribs and their cartilages, the back of the lowest tip of the breastbone (xiphoid), and at the back, by two long legs (crura), the front of the upper lumbar vertebrae and the arched ligaments over the muscles of the back wall of the abdomen.',
    insertion:
      'The central tendon, a flat sheet of tendon at the top of the dome that separates the chest from the abdomen.',
  },
  actions: [
    'The main muscle of breathing in: it pulls the dome down, enlarging the chest',
    'Raises the pressure in the abdomen for coughing, straining, lifting and giving birth',
    'Helps hold the trunk steady when lifting',
  ],
  triggerPoints: [
    {
      id: 'costal',
      label: 'Costal margin TrP',
      location:
        'Under the lower edge of the front of the rib cage, where the ribs curve away from the breastbone. A clinician feels for it by curling the fingers gently up under the ribs while you breathe out.',
      clinicalLocation:
        'Costal fibres near their attachment to the inner aspect of the anterior costal margin; examined supine with the knees bent, the fingers hooked cranially under the costal margin during exhalation while the abdominal wall is relaxed.',
      position: { along: 0.15, around: 0 },
      essentialZone: ['lateral_chest', 'upper_abdomen'],
      spilloverZone: ['upper_shoulder_top'],
    },
  ],
  referredPain:
    'Pain at the lower edge of the rib cage at the front and side of the chest, worst at the end of a full breath in; it has been linked to the "stitch" in the side felt when running. Irritation of the middle of the diaphragm is felt at the top of the shoulder on the same side.',
  clinicalSummary:
    'Travell and Simons attribute pain at the anterolateral costal margin, worse on full inspiration and exertion, to diaphragmatic trigger points, and relate them to the side stitch; irritation of the central diaphragm is referred through the phrenic nerve (C3 to C5) to the top of the shoulder. A review of exercise-related transient abdominal pain found the evidence for diaphragmatic ischaemia or strain weak and favoured irritation of the parietal peritoneum; shoulder-tip pain accompanies the stitch in some athletes. Examination is by hooking the fingers under the costal margin in exhalation. Because lower-chest, upper-abdominal and shoulder-tip pain are typical of serious disease, exclude cardiac ischaemia, pulmonary embolism, pleurisy and pneumonia, subphrenic abscess, gallbladder, liver, splenic, pancreatic and peptic disease, and diaphragmatic hernia before attributing pain to the muscle.',
  symptoms: [
    'A stitch in the side when running, especially soon after eating or drinking, easing when you stop',
    'Pain under the lower ribs at the front or side, worse at the top of a deep breath: new or unexplained chest or upper-abdominal pain needs medical assessment first',
    'Difficulty taking a full breath',
  ],
  perpetuatingFactors: [
    'Running or hard exercise soon after a meal or a large drink',
    'Persistent coughing',
    'Breathing mainly with the upper chest, or habitually holding the belly in',
    'Long spells of slumped sitting',
  ],
  associatedMuscles: [
    'intercostals',
    'rectus_abdominis',
    'external_oblique',
    'transversus_abdominis',
    'serratus_anterior',
    'quadratus_lumborum',
  ],
  selfCare: {
    stretch: {
      name: 'Slow belly breathing',
      steps: [
        'Lie on your back with the knees bent and supported, one hand on the belly and one on the chest.',
        'Breathe in slowly through the nose so the hand on the belly rises and the chest stays quiet.',
        'Breathe out slowly and fully through pursed lips, letting the ribs settle.',
        'Continue for three to five minutes, once or twice a day, and when a stitch comes on during exercise slow down and breathe this way.',
      ],
      cautions: [
        'Chest or upper-abdominal pain that is new, unexplained, comes with exertion, breathlessness, sweating, sickness, fever or yellow skin needs urgent medical care, not an exercise.',
        'Stop if you feel dizzy or tingly: slow the breathing down.',
      ],
    },
    selfPressure: {
      name: 'Gentle fingertip release under the ribs',
      steps: [
        'Lie on your back with the knees bent so the belly is soft.',
        'Place the fingertips just under the lower edge of the rib cage at the front, on the sore side.',
        'As you breathe out, let the fingers sink gently up under the ribs; hold for a few slow breaths.',
        'Move a little along the rib edge and repeat.',
      ],
      cautions: [
        'Keep the pressure gentle; do not press if the belly is tender, swollen or hard, or you have a fever: see a doctor.',
        'Not during pregnancy, after recent abdominal surgery, or with an enlarged liver or spleen.',
      ],
    },
  },
  treatments: [
    { id: 'relaxation_meditation', note: 'Slow belly breathing is the main self-care.' },
    { id: 'heat' },
    { id: 'posture', note: 'Sitting tall gives the diaphragm room to move.' },
    {
      id: 'rest_pacing',
      note: 'For side stitches: avoid large meals and drinks shortly before exercise and build up gradually.',
    },
    { id: 'manual_therapy' },
    { id: 'physical_therapy', note: 'Breathing retraining.' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the intercostal muscles and diaphragm' },
    { source: 'morton_2015_side_stitch' },
    { source: 'gulati_2021_chest_pain_guideline' },
  ],
  uncertain:
    'Trigger points in the diaphragm cannot be examined directly and the pattern rests on clinical observation; the side stitch is now thought more likely to come from the lining of the abdomen than from the diaphragm itself.',
} as const satisfies Muscle
