/** Iliocostalis lumborum: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const iliocostalisLumborum = {
  name: 'Iliocostalis lumborum',
  latin: 'Musculus iliocostalis lumborum',
  synonyms: ['lumbar iliocostalis', 'erector spinae', 'paraspinal muscle', 'low back muscle'],
  area: 'low_back_pelvis',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22741', right: 'FMA22740' } }],
  attachments: {
    origin:
      'The back of the iliac crest and the back of the sacrum, through the broad tendon shared by the long back muscles (erector spinae aponeurosis).',
    insertion:
      'The lower borders of the angles of the lower six to eight ribs, and the tips of the side projections (transverse processes) of the upper lumbar vertebrae.',
  },
  actions: [
    'Straightens and arches the low back (extension)',
    'Bends the trunk to the same side',
    'Controls bending forward and steadies the spine when lifting',
  ],
  triggerPoints: [
    {
      id: 'upper_lumbar',
      label: 'Upper-lumbar TrP',
      location:
        'In the low back, just below the lowest rib, about a hand-width out from the spine, on the outer ridge of the back muscles.',
      clinicalLocation:
        'Lateral erector column at about the L1 level, just below the 12th rib and lateral to longissimus; flat palpation medially against the transverse processes and quadratus lumborum with the patient prone or side-lying.',
      position: { along: 0.55, around: 0 },
      essentialZone: ['buttock'],
      spilloverZone: ['low_back', 'sacroiliac'],
    },
  ],
  referredPain:
    'Pain runs downward from the upper low back and gathers over the middle of the buttock, sometimes with aching across the low back and the sacroiliac area.',
  clinicalSummary:
    'An L1-level TrP refers caudally to concentrate over the mid-buttock, with spillover over the lumbar and sacroiliac region; it limits trunk flexion and is aggravated by sustained bending. With quadratus lumborum and gluteus medius it was among the muscles most often holding active TrPs in chronic non-specific low back pain. Red flags for serious spinal pathology (cauda equina signs, fever, cancer history, trauma, progressive neurological deficit) and lumbar radiculopathy must be considered before treating the pain as myofascial.',
  symptoms: [
    'Low back pain that spreads down into the buttock',
    'Buttock pain without a problem in the hip joint',
    'Pain and stiffness when bending forward or straightening up',
    'Aching after working bent forward for a long time',
  ],
  perpetuatingFactors: [
    'Lifting while bent forward and twisted',
    'Working bent forward for long periods',
    'Sitting for long periods without support for the low back',
    'A leg-length difference or tilted pelvis',
  ],
  associatedMuscles: ['longissimus_thoracis', 'quadratus_lumborum', 'multifidus', 'gluteus_medius', 'iliopsoas'],
  selfCare: {
    stretch: {
      name: 'Knees-to-chest stretch',
      steps: [
        'Lie on your back with knees bent and feet flat.',
        'Bring one knee, then the other, toward your chest and hold them behind the thighs.',
        'Let the low back round gently onto the floor and breathe slowly for 20 to 30 seconds.',
        'Add a slight roll toward the opposite side to reach the outer back muscles.',
        'Lower the feet one at a time.',
      ],
      cautions: [
        'Lower the legs one at a time to protect the back.',
        'Stop if pain runs down a leg, or if you feel numbness or tingling.',
        'After recent spinal surgery, ask your surgeon or therapist first.',
      ],
    },
    selfPressure: {
      name: 'Tennis ball against a wall',
      steps: [
        'Stand with your back to a wall and place a tennis ball just below the lowest rib, about a hand-width out from the spine.',
        'Lean into the ball and roll slowly to find a tender spot on the ridge of back muscle.',
        'Hold steady, moderate pressure for 30 to 60 seconds until it eases.',
        'Finish with the knees-to-chest stretch.',
      ],
      cautions: [
        'Stay off the spine and the tips of the lowest ribs.',
        'The kidney lies deep to this area: keep the pressure moderate and stop if you feel a deep, sick ache.',
        'Seek urgent care for back pain with numbness around the genitals or back passage, new bladder or bowel problems, or weakness in the legs.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat on the low back before stretching.' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'sitting_habits', note: 'Support the low back when sitting and get up regularly.' },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    { id: 'dry_needling' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Thoracolumbar Paraspinal Muscles"' },
    { source: 'iglesias_gonzalez_2013_low_back_trps' },
    { source: 'finucane_2020_spinal_red_flags' },
  ],
  uncertain:
    'Active trigger points here were common in a study of chronic low back pain, but the long back muscles lie in overlapping columns that are hard to tell apart by touch, so trigger points are assigned to this muscle by their position, and no study beyond the trigger-point manual was found that maps its buttock referral.',
} as const satisfies Muscle
