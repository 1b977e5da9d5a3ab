/** Iliocostalis thoracis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const iliocostalisThoracis = {
  name: 'Iliocostalis thoracis',
  latin: 'Musculus iliocostalis thoracis',
  synonyms: ['thoracic iliocostalis', 'erector spinae', 'paraspinal muscle', 'mid-back muscle'],
  area: 'low_back_pelvis',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22743', right: 'FMA22742' } }],
  attachments: {
    origin: 'The upper borders of the angles of the lower six ribs (7th to 12th), on the back of the chest.',
    insertion:
      'The angles of the upper six ribs (1st to 6th) and the back of the side projection (transverse process) of the 7th neck vertebra.',
  },
  actions: [
    'Straightens and arches the mid back (extension)',
    'Bends the trunk to the same side',
    'Steadies the rib cage and spine when bending forward and lifting',
  ],
  triggerPoints: [
    {
      id: 'mid_thoracic',
      label: 'Mid-back TrP',
      location:
        'In the mid back, about a hand-width out from the spine, roughly level with the lower half of the shoulder blade.',
      clinicalLocation:
        'Lateral erector column at about the T6 level, over the rib angles lateral to longissimus; flat palpation across the fibres against the ribs with the patient prone or seated slightly flexed.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['scapula_medial_border'],
      spilloverZone: ['posterior_shoulder', 'lateral_chest'],
    },
    {
      id: 'lower_thoracic',
      label: 'Lower-back-of-ribs TrP',
      location:
        'Low on the back of the rib cage, about a hand-width out from the spine, at the level of the lowest ribs.',
      clinicalLocation:
        'Lateral erector column at about the T11 level, over the angles of the lowest ribs; flat palpation against the ribs with the patient prone.',
      position: { along: 0.1, around: 0 },
      essentialZone: ['thoracolumbar'],
      spilloverZone: ['scapula_body', 'low_back', 'upper_abdomen'],
    },
  ],
  referredPain:
    'From the mid back, pain runs up toward the shoulder blade and the back of the shoulder, and can wrap around the side of the chest. From the lower ribs, pain spreads up toward the shoulder blade, down across the low back and sometimes forward into the abdomen.',
  clinicalSummary:
    'A mid-thoracic (about T6) TrP refers medially toward the vertebral border of the scapula and upward toward the shoulder, with spillover to the lateral chest wall; a lower thoracic (about T11) TrP refers upward over the scapula, downward across the lumbar region and anteriorly into the abdomen. TrPs are found by flat palpation over the rib angles and restrict trunk flexion and side-bending. Differentials include thoracic facet and costovertebral pain, intercostal neuralgia, herpes zoster, and visceral (including cardiac, renal and pleural) causes, particularly when pain wraps to the front.',
  symptoms: [
    'Mid-back pain beside the shoulder blade',
    'Aching that wraps around the side of the chest: new or unexplained chest pain needs urgent medical assessment first',
    'Pain across the back of the lower ribs spreading into the low back',
    'Stiffness when bending forward or twisting',
  ],
  perpetuatingFactors: [
    'Sudden overload when lifting while bent forward and twisted',
    'Sitting for long periods slumped, or leaning forward over a desk',
  ],
  associatedMuscles: [
    'longissimus_thoracis',
    'serratus_posterior_inferior',
    'latissimus_dorsi',
    'rhomboids',
    'quadratus_lumborum',
  ],
  selfCare: {
    stretch: {
      name: 'Seated forward bend',
      steps: [
        'Sit on a chair with your feet apart and flat on the floor.',
        'Breathe out and let your head, arms and trunk curl slowly forward between your knees.',
        'Let the weight of your trunk stretch the back for 20 to 30 seconds, breathing slowly.',
        'Add a slight turn toward the opposite knee to reach the side of the back.',
        'Come up slowly with your hands on your thighs.',
      ],
      cautions: [
        'Come up slowly if you feel light-headed.',
        'Skip the forward bend with osteoporosis of the spine unless your clinician has approved it.',
        'Stop if pain runs around the chest or down a leg.',
      ],
    },
    selfPressure: {
      name: 'Tennis ball against a wall',
      steps: [
        'Stand with your back to a wall and a tennis ball between the wall and your back, about a hand-width out from the spine.',
        'Bend your knees slightly and roll slowly up and down over the back of the ribs to find a tender spot.',
        'Hold steady, moderate pressure for 30 to 60 seconds until it eases.',
        'Move to the next spot, then finish with the stretch.',
      ],
      cautions: [
        'Stay off the spine itself.',
        'Keep pressure moderate over the ribs with osteoporosis or a recent rib injury.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat on the back before stretching.' },
    { id: 'self_massage_pressure', note: 'A ball against a wall, beside the spine.' },
    { id: 'gentle_stretching_yoga' },
    { id: 'sitting_habits', note: 'Break up long spells of sitting and avoid working bent forward for long.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection', note: 'The needle is aimed at a rib, because the lung lies between the ribs.' },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Thoracolumbar Paraspinal Muscles"' },
    { source: 'gulati_2021_chest_pain_guideline' },
  ],
  uncertain:
    'The long back muscles lie in overlapping columns that are hard to tell apart by touch, so trigger points are assigned to this muscle by their position; no study beyond the trigger-point manual was found that maps its pattern.',
} as const satisfies Muscle
