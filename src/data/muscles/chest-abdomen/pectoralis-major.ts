/** Pectoralis major: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const pectoralisMajor = {
  name: 'Pectoralis major',
  latin: 'Musculus pectoralis major',
  synonyms: ['pecs', 'pec major', 'chest muscle', 'pectoral muscle'],
  area: 'chest_abdomen',
  layer: 'superficial',
  parts: [
    { id: 'clavicular', name: 'Clavicular part', fma: { left: 'FMA34691', right: 'FMA34690' } },
    { id: 'sternocostal', name: 'Sternocostal part', fma: { left: 'FMA79980', right: 'FMA79979' } },
    { id: 'abdominal', name: 'Abdominal part', fma: { left: 'FMA45875', right: 'FMA45874' } },
  ],
  attachments: {
    origin:
      'Inner half of the collarbone (clavicular part); front of the breastbone and the cartilages of the upper six ribs (sternocostal part); the sheath of the outer abdominal muscle (abdominal part).',
    insertion:
      'Outer lip of the groove at the front of the upper arm bone (lateral lip of the bicipital groove of the humerus).',
  },
  actions: [
    'Brings the arm toward and across the body (adduction)',
    'Turns the arm inward (medial rotation)',
    'Clavicular part: helps raise the arm forward (flexion)',
    'Lower parts: pull a raised arm down and forward, as when climbing or pushing up from a chair',
  ],
  triggerPoints: [
    {
      id: 'clavicular',
      label: 'Clavicular TrP',
      location: 'In the upper band of the chest muscle, just below the inner half of the collarbone.',
      clinicalLocation:
        'Clavicular part, mid-belly about 2-3 cm below the medial half of the clavicle; flat palpation against the underlying ribs and pectoralis minor, or pincer grip near the anterior axillary fold with the arm slightly abducted.',
      position: { part: 'clavicular', along: 0.45, around: 0 },
      essentialZone: ['anterior_shoulder'],
      spilloverZone: ['upper_chest'],
    },
    {
      id: 'sternal',
      label: 'Sternal TrP',
      location:
        'In the middle of the chest muscle, about halfway between the breastbone and the front fold of the armpit.',
      clinicalLocation:
        'Intermediate sternocostal fibres, midway between the sternum and the anterior axillary fold at about the 3rd-4th rib level; flat palpation against the ribs with the arm abducted to about 90 degrees to take up slack.',
      position: { part: 'sternocostal', along: 0.5, around: 0 },
      essentialZone: ['upper_chest'],
      spilloverZone: ['upper_arm_medial', 'medial_elbow', 'forearm_anterior', 'ring_finger', 'little_finger'],
    },
    {
      id: 'lateral_lower',
      label: 'Lower outer TrP',
      location:
        'In the lower outer edge of the muscle, where it forms the front fold of the armpit, to the side of and below the nipple.',
      clinicalLocation:
        'Lower lateral free border (costal and abdominal fibres) forming the anterior axillary fold, lateral and inferior to the nipple; pincer palpation of the fold between thumb and fingers, away from breast tissue.',
      position: { part: 'abdominal', along: 0.7, around: 0 },
      essentialZone: ['breast_nipple'],
      spilloverZone: ['upper_chest'],
    },
  ],
  referredPain:
    'The upper fibres send pain to the front of the shoulder. The middle fibres cause an ache across the front of the chest that can spread down the inner arm to the inner elbow and, when intense, to the ring and little fingers. The lower outer fibres make the breast sore and the nipple over-sensitive. On the left side the chest pain can feel like heart pain.',
  clinicalSummary:
    'Clavicular-section TrPs refer to the anterior deltoid region; intermediate sternal TrPs refer to the anterior chest and down the ulnar aspect of the arm to the medial epicondyle, reaching the 4th-5th fingers when intense; lateral costal and abdominal TrPs cause breast soreness and nipple hypersensitivity. Expect restricted horizontal abduction with a protracted, internally rotated shoulder girdle, and taut bands found by pincer palpation of the axillary fold. Left-sided chest pain overlaps with myocardial ischaemia, which must be excluded first; other differentials are costochondritis, breast disease and C7-C8 radiculopathy. Cardiac disease can activate these TrPs, and they may persist after it is treated.',
  symptoms: [
    'Aching at the front of the chest and shoulder',
    'Pain down the inner arm toward the inner elbow',
    'Breast soreness and a nipple that is sensitive even to clothing',
    'Chest pain that can resemble angina or heart pain: new or unexplained chest pain needs urgent medical assessment first',
    'Rounded shoulders, with aching between the shoulder blades from the muscles held on stretch there',
  ],
  perpetuatingFactors: [
    'Slumped, round-shouldered sitting or standing, which keeps the muscle short',
    'Holding the arm against the chest for long periods, for example in a sling',
    'Heavy lifting or sustained reaching in front of the body',
    'Heart disease: pain from the heart can activate trigger points here that outlast the heart problem',
  ],
  associatedMuscles: ['deltoid', 'sternocleidomastoid', 'scalenes', 'rhomboids', 'middle_trapezius'],
  selfCare: {
    stretch: {
      name: 'Doorway stretch',
      steps: [
        'Stand in a doorway and rest your forearms on the frame, elbows at about shoulder height.',
        'Step one foot forward and let your chest move gently through the doorway until you feel a stretch across the front of the chest.',
        'Place the elbows higher to reach the lower fibres, or lower to reach the fibres under the collarbone.',
        'Breathe slowly and hold for about 30 seconds, then step back and relax.',
        'Repeat two or three times, ideally after a warm shower or moist heat.',
      ],
      cautions: [
        'Do not force the stretch if your shoulder has dislocated before or feels unstable.',
        'Stop if you feel tingling or numbness in the hand.',
        'New, unexplained or exertional chest pain needs medical assessment before any self-treatment.',
      ],
    },
    selfPressure: {
      name: 'Pincer squeeze and wall-ball pressure',
      steps: [
        'Sit or stand with the arm relaxed at your side.',
        'For the lower outer part, grip the front fold of the armpit between thumb and fingers and feel for a tender band.',
        'For the middle and upper chest, press with your fingertips, or lean gently into a tennis ball held between your chest and a wall.',
        'Hold mild, comfortable pressure on a tender spot for 20 to 60 seconds until it softens, then move on.',
        'Finish with the doorway stretch.',
      ],
      cautions: [
        'Do not press on breast tissue or lumps; see a doctor about any new breast lump.',
        'Press gently over the ribs, especially with osteoporosis or a recent rib injury.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat over the chest after stretching eases post-treatment soreness.' },
    {
      id: 'gentle_stretching_yoga',
      note: 'The doorway stretch at low, middle and high elbow positions reaches each part of the muscle.',
    },
    { id: 'self_massage_pressure' },
    {
      id: 'posture',
      note: 'Correcting a round-shouldered, head-forward posture stops the muscle being held short all day.',
    },
    { id: 'ergonomic_workstation' },
    {
      id: 'spray_and_stretch',
      note: 'The arm is taken out to the side at several angles so that each group of fibres is lengthened in turn.',
    },
    {
      id: 'trigger_point_injection',
      note: 'The muscle is held in a pincer grip and the needle kept away from the chest wall, to avoid puncturing the lung.',
    },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Pectoralis Major Muscle"' },
    { source: 'gulati_2021_chest_pain_guideline' },
  ],
} as const satisfies Muscle
