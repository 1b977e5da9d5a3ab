/** Intercostal muscles: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const intercostals = {
  name: 'Intercostals',
  latin: 'Musculi intercostales',
  synonyms: [
    'intercostal muscles',
    'external intercostals',
    'internal intercostals',
    'rib muscles',
    'muscles between the ribs',
    'rib cage pain',
    'rib pain',
    'pain between the ribs',
    'breathing muscles',
  ],
  area: 'chest_abdomen',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'External intercostals', fma: { left: 'FMA9756', right: 'FMA9756' } }],
  attachments: {
    origin:
      'Back end: near the spine, where each rib turns forward from the vertebrae. Each intercostal muscle fills the space between two neighbouring ribs, its fibres running from the lower edge of one rib to the upper edge of the rib below; the outer layer (external intercostals) runs from the back of the rib cage forward.',
    insertion:
      'Front end: near the breastbone, where the ribs meet their cartilages; in front, the outer layer gives way to a thin membrane, and the inner layer (internal intercostals) reaches on to the breastbone.',
  },
  actions: [
    'Stiffen the spaces between the ribs so the chest wall does not suck in or bulge out during breathing',
    'The outer layer helps lift the ribs when breathing in; the inner layer helps lower them when breathing out hard',
    'Help twist the trunk',
  ],
  triggerPoints: [
    {
      id: 'anterior',
      label: 'Front intercostal TrP',
      location: 'Between two ribs on the front of the chest, a few finger-widths from the breastbone.',
      clinicalLocation:
        'Anterior intercostal spaces near the costochondral junctions; tender spot palpated with a fingertip pressed into the interspace between two ribs, often reproducing pain on deep inspiration.',
      position: { along: 0.95, around: 0 },
      essentialZone: ['upper_chest'],
      spilloverZone: ['sternum'],
    },
    {
      id: 'lateral',
      label: 'Side intercostal TrP',
      location: 'Between two ribs on the side of the chest, below the armpit.',
      clinicalLocation:
        'Lateral intercostal spaces in the mid-axillary region, palpated in the interspace with the patient side-lying and the arm raised to open the spaces.',
      position: { along: 0.6, around: 0 },
      essentialZone: ['lateral_chest'],
      spilloverZone: ['breast_nipple'],
    },
  ],
  referredPain:
    'Pain in the chest wall close to the sore spot between the ribs, spreading a little along the rib space toward the front of the chest, and sometimes toward the breastbone. It is sharp with a deep breath, a cough or a sneeze.',
  clinicalSummary:
    'Intercostal trigger points refer locally, around the trigger point, with a tendency to spread anteriorly along the interspace rather than posteriorly. Pain is aggravated by deep inspiration, coughing, sneezing and laughing, trunk rotation and lying on the affected side, and chest expansion may be restricted. They are found by palpation within the interspace; Travell and Simons note that persistent coughing, thoracic surgery and herpes zoster can activate them. In primary care, chest-wall pain is the commonest single cause of chest pain, and pain reproduced by palpation, localised muscle tension, a stinging quality and the absence of cough point toward it, but no combination of findings excludes heart disease. Chest-wall pain is a diagnosis only after cardiac, pulmonary and other serious causes are excluded: acute coronary syndrome, pulmonary embolism, pneumothorax, pleurisy and pneumonia, aortic dissection; then rib fracture, costochondritis and Tietze syndrome, slipping rib, thoracic radiculopathy, herpes zoster (before the rash) and postherpetic pain, and malignancy.',
  symptoms: [
    'Chest pain between the ribs, sharp on a deep breath, a cough or a sneeze: new or unexplained chest pain needs urgent medical assessment first',
    'Pain when twisting or reaching, or lying on the sore side',
    'Feeling unable to take a full breath',
  ],
  perpetuatingFactors: [
    'Persistent coughing, for example with a chest infection or asthma',
    'Breathing mainly with the upper chest',
    'Rib injury or chest surgery',
    'Sitting leaning to one side, which closes the rib spaces on that side',
    'A tight bra band or belt around the lower chest',
    'Shingles (herpes zoster) in the area, and the nerve pain that can follow it',
  ],
  associatedMuscles: [
    'serratus_anterior',
    'pectoralis_major',
    'diaphragm',
    'serratus_posterior_superior',
    'serratus_posterior_inferior',
    'iliocostalis_thoracis',
  ],
  selfCare: {
    stretch: {
      name: 'Side-bend breathing stretch',
      steps: [
        'Sit or stand tall and raise the arm of the sore side overhead.',
        'Lean gently to the opposite side until you feel the ribs of the sore side open.',
        'Breathe in slowly and deeply into the stretched side, then breathe out and ease a little further.',
        'Hold for three or four slow breaths, then come back upright; repeat two or three times.',
      ],
      cautions: [
        'Chest pain that is new, unexplained, comes on with exertion, or comes with breathlessness, sweating, feeling sick or faint needs urgent medical care (call emergency services), not a stretch.',
        'After a rib injury or chest surgery, ask your clinician before stretching.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure between the ribs',
      steps: [
        'Find the tender spot by pressing a fingertip gently into the space between two ribs.',
        'Hold light, steady pressure for 20 to 30 seconds while breathing slowly.',
        'Move a little along the space and repeat, then do the stretch.',
      ],
      cautions: [
        'Press between the ribs, never hard on the ribs themselves, especially if your bones are thin (osteoporosis).',
        'Stop and see a clinician if pressing causes a sharp pain over a rib, which can be a sign of a crack.',
        'A painful rash in a band around one side of the chest is shingles, not a trigger point: see a doctor.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'Light fingertip pressure between the ribs, not on them.' },
    { id: 'gentle_stretching_yoga' },
    { id: 'relaxation_meditation', note: 'Slow belly breathing eases upper-chest breathing.' },
    { id: 'posture' },
    { id: 'manual_therapy' },
    {
      id: 'trigger_point_injection',
      note: 'Needling between the ribs can puncture the lung: only by a trained clinician, and breathlessness or chest pain afterward is an emergency.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the intercostal muscles and diaphragm' },
    { source: 'gulati_2021_chest_pain_guideline' },
    { source: 'bosner_2010_chest_wall_syndrome' },
    { source: 'winzenberg_2015_chest_wall_pain' },
  ],
  uncertain:
    "Intercostal trigger points have been studied little beyond Travell and Simons' description: studies of chest-wall pain describe the chest wall as a whole, not these muscles, and the pain can only be put down to them once other causes of chest pain are excluded.",
} as const satisfies Muscle
