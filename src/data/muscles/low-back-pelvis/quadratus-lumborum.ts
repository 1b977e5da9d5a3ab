/** Quadratus lumborum: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const quadratusLumborum = {
  name: 'Quadratus lumborum',
  latin: 'Musculus quadratus lumborum',
  synonyms: ['QL', 'low back muscle', 'hip hiker', 'quadratus'],
  area: 'low_back_pelvis',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22349', right: 'FMA22348' } }],
  attachments: {
    origin: 'Back part of the iliac crest (the top rim of the hip bone) and the iliolumbar ligament.',
    insertion:
      'Lower border of the 12th (lowest) rib and the tips of the side projections (transverse processes) of the first four lumbar vertebrae.',
  },
  actions: [
    'Bends the trunk to the same side',
    'Hitches the hip up on the same side when the trunk is held still',
    'Steadies the lumbar spine and pelvis when standing and walking; both sides together help arch the low back',
    'Anchors the lowest rib during deep breathing in',
  ],
  triggerPoints: [
    {
      id: 'superficial_upper',
      label: 'Upper outer TrP',
      location:
        'Deep in the side of the waist just below the lowest rib, in the soft angle in front of the long back muscles.',
      clinicalLocation:
        'Superficial (lateral) fibres just below the 12th rib, in the angle between the rib and the lateral border of the erector spinae; flat palpation medially toward the transverse processes with the patient side-lying over a roll, uppermost arm overhead and uppermost leg extended.',
      position: { along: 0.85, around: 0.75 },
      essentialZone: ['flank'],
      spilloverZone: ['low_back', 'lower_abdomen', 'groin'],
    },
    {
      id: 'superficial_lower',
      label: 'Lower outer TrP',
      location: 'In the side of the waist just above the top rim of the hip bone, in front of the long back muscles.',
      clinicalLocation:
        'Superficial (lateral) fibres just above the posterior iliac crest, lateral to the erector spinae; flat palpation downward against the crest and medially, in the same side-lying position.',
      position: { along: 0.15, around: 0.75 },
      essentialZone: ['lateral_hip_trochanter'],
      spilloverZone: ['lateral_thigh'],
    },
    {
      id: 'deep',
      label: 'Deep inner TrPs',
      location:
        'Close to the spine, under the long back muscles, between the lowest rib and the hip bone; reached only with firm pressure angled in toward the spine.',
      clinicalLocation:
        'Deep (medial, iliotransverse) fibres near the tips of the L3-L5 transverse processes, beneath the erector spinae; firm pressure directed medially toward the transverse processes from the lateral border of the erector spinae, with the patient side-lying.',
      position: { along: 0.5, around: 0.25 },
      essentialZone: ['sacroiliac', 'buttock'],
      spilloverZone: ['sacrum'],
    },
  ],
  referredPain:
    'A deep ache that can turn sharp with movement. The outer trigger points send pain along the top rim of the hip bone, sometimes into the lower abdomen and groin, and to the bony point on the side of the hip and the upper outer thigh. The inner trigger points send pain to the sacroiliac joint and the lower buttock.',
  clinicalSummary:
    'Superficial lateral TrPs refer along the iliac crest, sometimes to the lower abdominal quadrant and groin, and to the greater trochanter and upper lateral thigh; deep medial TrPs refer to the sacroiliac joint and lower buttock. The pain is deep and aching at rest and sharp on turning, rising, coughing or sneezing; TrPs are examined in side-lying with the muscle pre-lengthened, and active TrPs here were among the most prevalent in chronic non-specific low back pain. Trochanteric bursitis, sacroiliac joint pain, lumbar radiculopathy and renal causes are differentials, and red flags for serious spinal pathology must be screened first.',
  symptoms: [
    'Deep, aching low back pain, present even at rest',
    'Sharp pain when turning over in bed, standing up from a chair or bending',
    'Coughing or sneezing can be very painful',
    'Difficulty standing upright or walking when it is severe',
    'Tenderness over the side of the hip that can be mistaken for bursitis',
  ],
  perpetuatingFactors: [
    'A leg-length difference or a smaller half of the pelvis, which tilts the pelvis and overloads one side',
    'Bending and twisting to lift, or reaching down to one side',
    'Long periods of standing with the weight on one leg, or working bent forward',
    'A soft, sagging mattress',
    'A sudden fall or car accident',
  ],
  associatedMuscles: ['gluteus_minimus', 'gluteus_medius', 'iliopsoas'],
  selfCare: {
    stretch: {
      name: 'Side-lying leg-drop stretch',
      steps: [
        'Lie on your side on a bed, sore side up, with your back close to the edge.',
        'Reach the top arm overhead and hold the head of the bed if you can.',
        'Let the top leg slide back and hang down over the edge of the bed, so the waist opens up.',
        'Breathe in, then breathe out slowly and let the leg sink a little further.',
        'Stay for 20 to 30 seconds, then lift the leg back up with support and roll away from the edge.',
      ],
      cautions: [
        'Move slowly: this muscle can cramp if it is stretched suddenly.',
        'Stop if the pain becomes sharp or runs down the leg.',
        'Make sure you cannot roll off the bed.',
      ],
    },
    selfPressure: {
      name: 'Tennis ball against a wall',
      steps: [
        'Stand with your back to a wall and place a tennis ball in the soft area between the lowest rib and the top of the hip bone, about a hand-width out from the spine.',
        'Lean gently into the ball and turn your body slightly so the pressure points in toward the spine.',
        'When you find a tender spot, hold steady pressure for 30 to 60 seconds until it eases.',
        'Move the ball a little up or down and repeat, then finish with the stretch.',
      ],
      cautions: [
        'Stay off the spine and off the tips of the lowest ribs.',
        'The kidney lies deep to this area: keep the pressure moderate and stop if it causes a deep, sick feeling.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat on the low back before stretching.' },
    { id: 'self_massage_pressure', note: 'A ball against a wall, angled in toward the spine.' },
    { id: 'gentle_stretching_yoga', note: 'The side-lying leg-drop stretch.' },
    {
      id: 'footwear_insoles',
      note: 'A heel lift corrects a leg-length difference that a clinician has measured; this is one of the main reasons these trigger points persist.',
    },
    {
      id: 'sitting_habits',
      note: 'A thin pad under the buttock on the lower side levels a smaller half of the pelvis when sitting.',
    },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'A deep injection that needs an experienced clinician, because the kidney and the lower edge of the lung lie nearby.',
    },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Quadratus Lumborum Muscle"' },
    { source: 'lucas_2009_trp_reliability' },
    { source: 'iglesias_gonzalez_2013_low_back_trps' },
    { source: 'finucane_2020_spinal_red_flags' },
    { source: 'njoo_1994_quadratus_lumborum_reliability' },
    { source: 'holm_jensen_2020_lumbogluteal_trp_reproducibility' },
  ],
  uncertain:
    'The muscle lies deep. Two studies found moderate agreement between examiners on whether trigger points are present, with local tenderness the most reliable sign, but one found referred pain neither reliable nor useful for diagnosis and examiners often marked different spots, so the referral pattern still rests on clinical observation.',
} as const satisfies Muscle
