/**
 * Muscles of the chest and abdomen. Trigger-point locations and referred-pain patterns follow
 * Simons, Travell & Simons, Vol 1 (2nd ed.); positions use each muscle's `attachments`
 * (origin = `along` 0). Both muscles are in Vol 1, so every entry cites that volume.
 */
import type { Muscle } from '../types.ts'

export const chestAbdomenMuscles = {
  pectoralis_major: {
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
        location:
          'In the upper band of the chest muscle, just below the inner half of the collarbone.',
        position: { part: 'clavicular', along: 0.45, around: 0 },
        essentialZone: ['anterior_shoulder'],
        spilloverZone: ['upper_chest'],
      },
      {
        id: 'sternal',
        label: 'Sternal TrP',
        location:
          'In the middle of the chest muscle, about halfway between the breastbone and the front fold of the armpit.',
        position: { part: 'sternocostal', along: 0.5, around: 0 },
        essentialZone: ['upper_chest'],
        spilloverZone: ['upper_arm_medial', 'medial_elbow', 'forearm_anterior', 'ring_finger', 'little_finger'],
      },
      {
        id: 'lateral_lower',
        label: 'Lower outer TrP',
        location:
          'In the lower outer edge of the muscle, where it forms the front fold of the armpit, to the side of and below the nipple.',
        position: { part: 'abdominal', along: 0.7, around: 0 },
        essentialZone: ['breast_nipple'],
        spilloverZone: ['upper_chest'],
      },
    ],
    referredPain:
      'The upper fibres send pain to the front of the shoulder. The middle fibres cause an ache across the front of the chest that can spread down the inner arm to the inner elbow and, when intense, to the ring and little fingers. The lower outer fibres make the breast sore and the nipple over-sensitive. On the left side the chest pain can feel like heart pain.',
    symptoms: [
      'Aching at the front of the chest and shoulder',
      'Pain down the inner arm toward the inner elbow',
      'Breast soreness and a nipple that is sensitive even to clothing',
      'Chest pain that can resemble angina: new or unexplained chest pain needs a medical check first',
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
    sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter "Pectoralis Major Muscle"' }],
  },

  rectus_abdominis: {
    name: 'Rectus abdominis',
    latin: 'Musculus rectus abdominis',
    synonyms: ['abs', 'six-pack muscle', 'stomach muscles', 'abdominal muscles'],
    area: 'chest_abdomen',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA13378', right: 'FMA13377' } }],
    attachments: {
      origin: 'Crest of the pubic bone and the pubic symphysis (the joint at the front of the pelvis).',
      insertion: 'Lower tip of the breastbone (xiphoid process) and the cartilages of the 5th to 7th ribs.',
    },
    actions: [
      'Bends the trunk forward, as when sitting up from lying',
      'Tilts the front of the pelvis upward (posterior pelvic tilt)',
      'Helps raise the pressure inside the abdomen for coughing, straining and forceful breathing out',
    ],
    triggerPoints: [
      {
        id: 'upper',
        label: 'Upper TrP',
        location:
          'High on the abdomen just under the rib margin, a finger-width or two to the side of the midline, near the lower tip of the breastbone.',
        position: { along: 0.9, around: 0 },
        essentialZone: ['thoracolumbar'],
        spilloverZone: ['upper_abdomen'],
      },
      {
        id: 'lower_lateral',
        label: 'Lower outer-edge TrP',
        location:
          "On the outer edge of the lower part of the muscle, between the navel and the front point of the hip bone; on the right this is near McBurney's point, the classic appendix spot.",
        position: { along: 0.3, around: 0.75 },
        essentialZone: ['lower_abdomen'],
        spilloverZone: [],
      },
      {
        id: 'suprapubic',
        label: 'Lowest TrP',
        location: 'Just above the pubic bone, a finger-width or two to the side of the midline.',
        position: { along: 0.08, around: 0 },
        essentialZone: ['sacroiliac', 'low_back'],
        spilloverZone: ['sacrum'],
      },
    ],
    referredPain:
      'Unusually, this front muscle sends pain to the back. Trigger points high in the muscle can cause a band of pain straight across the back at the level of the lowest ribs, and sometimes fullness or burning in the upper abdomen. Those just above the pubic bone can cause a band of pain across the low back and sacroiliac area. One on the outer edge of the lower muscle causes local lower-abdominal pain that, on the right, can imitate appendicitis.',
    symptoms: [
      'A horizontal band of back pain, across the mid-back or across the low back',
      'Upper abdominal fullness, heartburn-like discomfort or nausea with no digestive cause found',
      'Lower abdominal pain that can resemble appendicitis, or that adds to period pain',
      'Pain when sitting up, coughing or straining',
    ],
    perpetuatingFactors: [
      'Paradoxical breathing: the belly pulls in instead of rising when breathing in',
      'Slumped sitting that keeps the abdomen shortened',
      'Overdoing sit-ups or other abdominal exercise',
      'Abdominal surgery scars or injury to the abdominal wall',
      'Disease of the abdominal or pelvic organs, which can activate trigger points in the abdominal wall',
      'Emotional tension held in the abdomen',
    ],
    associatedMuscles: ['iliopsoas'],
    selfCare: {
      stretch: {
        name: 'Lying press-up (belly stretch)',
        steps: [
          'Lie face down with your hands under your shoulders.',
          'Breathe out and slowly press up onto your forearms, or onto your hands if that is comfortable, keeping the hips on the floor.',
          'Breathe slowly into the belly, letting it rise as you breathe in.',
          'Hold for 20 to 30 seconds, then lower yourself slowly.',
          'Repeat two or three times.',
        ],
        cautions: [
          'Stay on your forearms, or skip the press-up, if it causes back pain.',
          'Do not stretch over a recent abdominal incision or a hernia.',
          'During pregnancy, ask your midwife or doctor first.',
        ],
      },
      selfPressure: {
        name: 'Gentle pressure on a tensed abdominal wall',
        steps: [
          'Lie on your back with knees bent and a pillow under them.',
          'Lift your head slightly so the abdominal muscle tightens; this keeps the pressure in the abdominal wall rather than deeper.',
          'With the flats of your fingers, press gently along the muscle beside the midline and feel for a tender spot.',
          'Hold light pressure for 20 to 30 seconds, or gently pinch the muscle between thumb and fingers, then relax.',
        ],
        cautions: [
          'Never press deeply into the abdomen: the organs lie just beneath the muscle.',
          'Stop if pressure causes sharp or spreading pain; see a doctor about new or unexplained abdominal pain, especially with fever, vomiting or a change in bowel habit.',
          'Avoid during pregnancy, over a hernia or over a recent scar.',
        ],
      },
    },
    treatments: [
      { id: 'heat', note: 'Moist heat over the abdomen can ease the ache.' },
      {
        id: 'relaxation_meditation',
        note: 'Practising slow belly breathing corrects paradoxical breathing, a common reason these trigger points persist.',
      },
      { id: 'gentle_stretching_yoga' },
      { id: 'posture', note: 'Avoid long periods of slumped sitting, which keeps the muscle short.' },
      { id: 'spray_and_stretch' },
      {
        id: 'trigger_point_injection',
        note: 'Once hernia and other structural causes are excluded, a local anaesthetic injection into a tender abdominal-wall spot can both relieve pain and show that it comes from the wall rather than the organs.',
      },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter on the abdominal muscles' },
      { source: 'suleiman_2001_abdominal_wall_pain' },
    ],
    uncertain:
      'Abdominal trigger-point pain overlaps with pain from the organs, and its referral patterns rest mainly on clinical observation, so other causes must be excluded first.',
  },
} as const satisfies Record<string, Muscle>
