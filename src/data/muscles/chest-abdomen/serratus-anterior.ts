/** Serratus anterior: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const serratusAnterior = {
  name: 'Serratus anterior',
  latin: 'Musculus serratus anterior',
  synonyms: ['serratus', "boxer's muscle", 'side rib muscle'],
  area: 'chest_abdomen',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA13399', right: 'FMA13398' } }],
  attachments: {
    origin: 'Finger-like slips from the outer surfaces of the upper eight or nine ribs, along the side of the chest.',
    insertion:
      'The whole inner (rib-side) edge of the shoulder blade, from its top corner to its bottom tip (costal surface of the medial border of the scapula), with the thickest slips at the bottom tip.',
  },
  actions: [
    'Pulls the shoulder blade forward around the chest wall, as in punching or pushing',
    'Turns the shoulder blade upward so the arm can be raised overhead',
    'Holds the shoulder blade flat against the ribs',
    'Can help lift the ribs when breathing hard, if the shoulder blade is held still',
  ],
  triggerPoints: [
    {
      id: 'mid_axillary',
      label: 'Side-of-chest TrP',
      location:
        'On the side of the chest below the armpit, over the 5th or 6th rib, roughly in line with the middle of the armpit.',
      clinicalLocation:
        'Digitations at the 5th-6th ribs in the mid-axillary line; flat palpation against the ribs with the patient side-lying, or a pincer grip of the slip between rib interspaces with the arm supported in slight abduction.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['lateral_chest', 'scapula_medial_border'],
      spilloverZone: ['upper_arm_medial', 'medial_elbow', 'forearm_anterior', 'palm', 'ring_finger', 'little_finger'],
    },
  ],
  referredPain:
    "Pain on the side of the chest around the trigger point, and a patch of pain near the lower tip of the shoulder blade toward the spine. Sometimes it runs down the inner side of the arm to the palm and the ring and little fingers. It can make a deep breath painful and is a recognised cause of the runner's side stitch.",
  clinicalSummary:
    'Referral is to the anterolateral chest at about the 5th-6th rib level and to the region medial to the inferior angle of the scapula, with spillover down the ulnar aspect of the arm to the palm and 4th-5th digits. Patients report pain on deep inspiration, shortness of breath from guarded breathing, inability to lie on the affected side and, in runners, a side stitch; TrPs are found by flat palpation along the mid-axillary line. Differentials include rib stress fracture, intercostal neuralgia, herpes zoster, C7-C8 radiculopathy and cardiac or pleural chest pain, which needs urgent exclusion.',
  symptoms: [
    'Pain on the side of the chest under the armpit, worse with a deep breath',
    'A side stitch while running that eases when you stop or press on the side',
    'Feeling short of breath because a full breath hurts',
    'Aching near the lower tip of the shoulder blade',
    'Chest pain on the side of the ribs: new or unexplained chest pain needs urgent medical assessment first',
    'Difficulty lying on the sore side',
  ],
  perpetuatingFactors: [
    'Fast or long-distance running, especially when unaccustomed',
    'Push-ups, chin-ups and heavy overhead lifting',
    'Severe, prolonged coughing, for example during a chest infection',
    'Breathing mainly with the upper chest',
  ],
  associatedMuscles: [
    'latissimus_dorsi',
    'rhomboids',
    'middle_trapezius',
    'serratus_posterior_superior',
    'scalenes',
    'external_oblique',
    'intercostals',
  ],
  selfCare: {
    stretch: {
      name: 'Shoulder-blade-back stretch',
      steps: [
        'Sit on a chair with the sore side toward the chair back.',
        'Turn toward the sore side and hold the chair back with both hands.',
        'Gently draw the shoulder blade of the sore side back toward the spine while you rotate a little further.',
        'Breathe slowly into the side of the ribs and hold for about 30 seconds.',
        'Relax and repeat two or three times.',
      ],
      cautions: [
        'Stop if the pain becomes sharp or stabbing.',
        'Take care after a recent rib injury or with osteoporosis.',
      ],
    },
    selfPressure: {
      name: 'Ball against a wall on the side of the ribs',
      steps: [
        'Stand side-on to a wall with a tennis ball between the wall and the side of your chest, below the armpit.',
        'Lean gently into the ball and roll it slowly up and down over the ribs to find a tender spot.',
        'Hold moderate pressure for 30 to 60 seconds until the tenderness eases, breathing slowly.',
        'Move the ball a little forward or back and repeat; finish with the stretch.',
      ],
      cautions: [
        'Keep the pressure moderate over the ribs, especially with osteoporosis or a recent rib injury.',
        'Do not press on breast tissue.',
        'A side stitch that does not settle with rest, or side pain with fever, cough or breathlessness, needs a medical check.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'A ball against a wall, over the ribs below the armpit.' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'rest_pacing',
      note: 'Build running distance and push-up volume gradually; ease off when a stitch appears.',
    },
    { id: 'relaxation_meditation', note: 'Belly breathing reduces the breathing load on this muscle.' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'The slip is held against a rib and the needle kept off the spaces between ribs, because the lung lies beneath.',
    },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Serratus Anterior Muscle"' },
    { source: 'morton_2015_side_stitch' },
    { source: 'gulati_2021_chest_pain_guideline' },
    { source: 'vargas_schaffer_2015_serratus_anterior' },
  ],
  uncertain:
    'A small case series confirms that trigger points in this muscle can cause chronic chest-wall pain that eases after injection, but it did not map the spread down the arm, and the cause of the side stitch is still debated: muscle trigger points are only one of several proposed explanations.',
} as const satisfies Muscle
