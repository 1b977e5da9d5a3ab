/** Sternalis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const sternalis = {
  name: 'Sternalis',
  latin: 'Musculus sternalis',
  synonyms: ['rectus sterni', 'parasternalis', 'breastbone muscle'],
  area: 'chest_abdomen',
  layer: 'superficial',
  // No reference mesh: the body-model generator shapes it from the attachments below.
  parts: [{ id: 'belly', name: 'Belly' }],
  attachments: {
    origin:
      'Upper end: the front of the upper breastbone (manubrium) near the sternal tendon of the sternocleidomastoid and the area just below the inner end of the collarbone. A thin vertical strap, about 1-2 cm wide and a few millimetres thick, running down the front of the chest beside the breastbone, on top of the breastbone attachment of the pectoralis major.',
    insertion:
      'Lower end: varies between people; usually the 3rd to 7th costal cartilages beside the lower breastbone, the fascia over the pectoralis major, or the top of the rectus abdominis sheath.',
  },
  actions: ['No clear action; it may tense the fascia over the front of the chest'],
  triggerPoints: [
    {
      id: 'mid_sternal',
      label: 'Sternalis TrP',
      location: 'On the front of the breastbone, usually about halfway down and a little to one side of the midline.',
      clinicalLocation:
        'Within the vertical parasternal strap overlying the sternal origin of pectoralis major, most often at the mid-sternal level; flat palpation against the sternum with light cross-fibre pressure. TrPs may lie on either side of the midline.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['sternum'],
      spilloverZone: ['upper_chest', 'anterior_shoulder', 'upper_arm_medial'],
    },
  ],
  referredPain:
    'A deep, intense ache over the whole breastbone and seemingly beneath it, sometimes spreading across the upper chest, to the front of the shoulder and down the inner side of the upper arm. The ache does not change with movement, which makes it easy to mistake for heart pain.',
  clinicalSummary:
    'Referral is a deep substernal-feeling ache over the sternum, with spillover to the upper pectoral region, the anterior shoulder and the ulnar aspect of the upper arm; it is not movement-dependent. TrPs are identified by flat palpation over the sternum and often accompany sternal pectoralis major and sternal sternocleidomastoid TrPs; they are described after myocardial infarction and angina. Acute coronary syndrome must be excluded first; costochondritis, sternal lesions and mediastinal disease are further differentials.',
  symptoms: [
    'A deep ache behind or over the breastbone',
    'Chest pain over the breastbone that can resemble heart pain: new or unexplained chest pain needs urgent medical assessment first',
    'Tenderness when pressing on the breastbone',
    'Ache spreading across the upper chest or into the inner arm',
  ],
  perpetuatingFactors: [
    'Heart disease, which can activate these trigger points and keep them going',
    'Trigger points in the pectoralis major or sternocleidomastoid, which often come with these',
    'Direct strain or a blow to the front of the chest',
  ],
  associatedMuscles: ['pectoralis_major', 'sternocleidomastoid'],
  selfCare: {
    stretch: {
      name: 'Open-chest breathing',
      steps: [
        'This small muscle cannot be stretched on its own; opening the chest eases it and the chest muscles around it.',
        'Sit or stand tall and clasp your hands loosely behind your back or rest them on your hips.',
        'Breathe in slowly through the nose, letting your belly and lower ribs widen, and lift the breastbone gently.',
        'Breathe out slowly and relax; repeat five to ten breaths, then do the doorway chest stretch.',
      ],
      cautions: [
        'New, unexplained or exertional chest pain needs urgent medical assessment before any self-treatment.',
        'Stop if breathing deeply causes sharp pain.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure along the breastbone',
      steps: [
        'Sit comfortably and place the pads of two fingers on the front of the breastbone.',
        'Move slowly down the bone, a little to each side of the centre, feeling for a tender spot.',
        'Hold light pressure on a tender spot for 20 to 30 seconds while breathing slowly, then release.',
        'A warm pack over the breastbone afterwards can soothe the area.',
      ],
      cautions: [
        'Only light pressure: the breastbone lies right under the skin.',
        'Be gentle after heart surgery through the breastbone, or with osteoporosis.',
        'If the pain comes with breathlessness, sweating, nausea or pain in the jaw or arm, call emergency services.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'Light fingertip pressure on the breastbone.' },
    { id: 'relaxation_meditation', note: 'Slow belly breathing eases the chest wall.' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'A shallow injection over the bone; only after a heart cause has been ruled out.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Sternalis Muscle"' },
    { source: 'raikos_2011_sternalis' },
    { source: 'gulati_2021_chest_pain_guideline' },
  ],
  uncertain:
    'The sternalis is present in only a minority of people, with reported frequency varying widely between populations; no study beyond the trigger-point manual was found that describes its trigger points, so their pattern rests on clinical observation.',
} as const satisfies Muscle
