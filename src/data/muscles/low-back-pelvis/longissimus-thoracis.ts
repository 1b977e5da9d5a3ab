/** Longissimus thoracis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const longissimusThoracis = {
  name: 'Longissimus thoracis',
  latin: 'Musculus longissimus thoracis',
  synonyms: ['thoracic longissimus', 'erector spinae', 'paraspinal muscle', 'back extensor'],
  area: 'low_back_pelvis',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22753', right: 'FMA22751' } }],
  attachments: {
    origin:
      'The back of the sacrum, the back of the iliac crest and the spines of the lumbar vertebrae, through the broad tendon shared by the long back muscles (erector spinae aponeurosis), and the side projections (transverse processes) of the lumbar vertebrae.',
    insertion:
      'The tips of the side projections (transverse processes) of all twelve thoracic vertebrae and the lower nine or ten ribs between their tubercles and angles.',
  },
  actions: [
    'Straightens and arches the back (extension)',
    'Bends the trunk to the same side',
    'Controls bending forward and holds the trunk upright',
  ],
  triggerPoints: [
    {
      id: 'lower_thoracic',
      label: 'Lower-thoracic TrP',
      location: 'Beside the spine, about two finger-widths out, at the level of the lowest ribs.',
      clinicalLocation:
        'Longissimus column at about the T10-T11 level, 2-4 cm lateral to the spinous processes and medial to iliocostalis; flat palpation across the fibres with the patient prone and a pillow under the abdomen.',
      position: { along: 0.45, around: 0 },
      essentialZone: ['low_back', 'sacroiliac'],
      spilloverZone: ['buttock'],
    },
    {
      id: 'upper_lumbar',
      label: 'Upper-lumbar TrP',
      location: 'Beside the spine, about two finger-widths out, just below the level of the lowest ribs.',
      clinicalLocation:
        'Longissimus column at about the L1 level, lateral to the multifidi and medial to iliocostalis lumborum; flat palpation across the fibres with the patient prone.',
      position: { along: 0.32, around: 0 },
      essentialZone: ['buttock'],
      spilloverZone: ['sacroiliac', 'low_back'],
    },
  ],
  referredPain:
    'Pain travels a long way down from the trigger point, to the lower low back, the sacroiliac area and the buttock. Because the pain is felt far below the trigger point, the source is easily missed.',
  clinicalSummary:
    'TrPs at about T10-T11 and L1 refer caudally, several segments below their level, to the low lumbar and sacroiliac region and the buttock; the distance between TrP and pain makes them easy to overlook when only the painful area is examined. They are found by flat palpation of the longissimus column beside the thoracolumbar junction and limit flexion. Sacroiliac joint pain, lumbar facet and disc pain, and red flags for serious spinal pathology are the main considerations before attributing the pain to these TrPs.',
  symptoms: [
    'Low back pain and buttock pain with the tender spot higher up the back',
    'Pain over the sacroiliac joint',
    'Difficulty straightening up after bending or sitting',
  ],
  perpetuatingFactors: [
    'Lifting while bent forward and twisted',
    'Sitting for long periods slumped, without support for the low back',
    'Working bent forward for long periods',
  ],
  associatedMuscles: [
    'iliocostalis_lumborum',
    'iliocostalis_thoracis',
    'multifidus',
    'quadratus_lumborum',
    'serratus_posterior_inferior',
  ],
  selfCare: {
    stretch: {
      name: 'Seated forward bend',
      steps: [
        'Sit on a chair with your feet apart and flat on the floor.',
        'Breathe out and let your head, arms and trunk curl slowly forward between your knees.',
        'Let the weight of your trunk stretch the back for 20 to 30 seconds, breathing slowly.',
        'Come up slowly with your hands on your thighs; repeat two or three times.',
      ],
      cautions: [
        'Come up slowly if you feel light-headed.',
        'Skip the forward bend with osteoporosis of the spine unless your clinician has approved it.',
        'Stop if pain runs down a leg.',
      ],
    },
    selfPressure: {
      name: 'Two tennis balls in a sock',
      steps: [
        'Put two tennis balls in a sock and tie it, so the balls sit either side of the spine without pressing on it.',
        'Lie on your back, or lean against a wall, with the balls at the level of the lowest ribs.',
        'Move slowly up or down to find a tender spot and let your weight rest on it for 30 to 60 seconds.',
        'Finish with the forward-bend stretch.',
      ],
      cautions: [
        'Keep the balls either side of the spine, never on it.',
        'Seek urgent care for back pain with numbness around the genitals or back passage, new bladder or bowel problems, or weakness in the legs.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat on the back before stretching.' },
    { id: 'self_massage_pressure', note: 'Pressure at the level of the lowest ribs, not where the pain is felt.' },
    { id: 'gentle_stretching_yoga' },
    { id: 'sitting_habits', note: 'Support the low back when sitting and get up regularly.' },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Thoracolumbar Paraspinal Muscles"' },
    { source: 'finucane_2020_spinal_red_flags' },
  ],
  uncertain:
    'The long back muscles lie in overlapping columns that are hard to tell apart by touch, so trigger points are assigned to this muscle by their position; no study beyond the trigger-point manual was found that maps its long downward referral.',
} as const satisfies Muscle
