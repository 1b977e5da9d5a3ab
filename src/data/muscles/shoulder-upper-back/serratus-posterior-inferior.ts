/** Serratus posterior inferior: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const serratusPosteriorInferior = {
  name: 'Serratus posterior inferior',
  latin: 'Musculus serratus posterior inferior',
  synonyms: ['lower serratus posterior', 'inferior posterior serratus'],
  area: 'shoulder_upper_back',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Serratus posterior inferior', fma: { left: 'FMA13406', right: 'FMA13405' } }],
  attachments: {
    origin:
      'The spines of the lowest two thoracic and upper two or three lumbar vertebrae (T11 to L2 or L3), through the low-back fascia (thoracolumbar fascia).',
    insertion: 'The lower borders of the last four ribs (9th to 12th), just outside their angles.',
  },
  actions: [
    'Pulls the lowest ribs down and back; its part in breathing is debated.',
    'Helps steady the lower ribs when the trunk turns and bends.',
  ],
  triggerPoints: [
    {
      id: 'lower_ribs',
      label: 'Serratus posterior inferior TrP',
      location: "In the back just above the waist, over the lowest ribs, about a hand's width out from the spine.",
      clinicalLocation:
        'Over the 9th to 12th ribs near their attachments, lateral to the erector spinae at about the T10-L1 level; flat palpation against the ribs with the patient prone or side-lying.',
      position: { along: 0.8, around: 0 },
      essentialZone: ['thoracolumbar'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'A nagging ache over the lower ribs in the back, in and around the muscle itself, which can linger after other low-back pain has settled.',
  clinicalSummary:
    'Produces a local, nagging ache over the lower posterior ribs at the thoracolumbar junction, around the muscle itself; Travell and Simons describe it as a residual ache that often remains once other sources of low-back pain have been treated. Palpate over the 9th to 12th ribs lateral to the erector spinae. Renal, rib and thoracolumbar facet sources, and the quadratus lumborum and iliocostalis thoracis, which refer to the same area, need consideration.',
  symptoms: [
    'A nagging ache on one side of the back over the bottom ribs ("backache").',
    'The ache may linger after other low-back pain has gone.',
    'The pain stays around the muscle itself rather than travelling far.',
  ],
  perpetuatingFactors: ['Lifting while turning and reaching at the same time.', 'A long-lasting cough.'],
  associatedMuscles: ['quadratus_lumborum', 'latissimus_dorsi', 'iliocostalis_thoracis', 'serratus_posterior_superior'],
  selfCare: {
    stretch: {
      name: 'Seated rounding and turning stretch',
      steps: [
        'Sit on a chair with your feet flat and apart.',
        'Cross your arms and round your lower back forward.',
        'Turn your upper body gently away from the sore side.',
        'Breathe slowly into the lower ribs and hold for about 30 seconds, then unwind slowly.',
      ],
      cautions: [
        'Keep it gentle if you have a disc problem, osteoporosis or a recent back injury.',
        'Do not bounce or force the turn.',
      ],
    },
    selfPressure: {
      name: 'Ball on the lower ribs',
      steps: [
        "Stand with your back to a wall with a tennis ball on the lowest ribs, about a hand's width from the spine.",
        'Lean into the ball over a tender spot for 30 to 60 seconds.',
        'Roll slowly along the lower ribs and repeat on the next tender spot.',
      ],
      cautions: [
        'Keep the ball off the spine itself.',
        'Use light pressure if you have osteoporosis or a past rib fracture.',
        'Pain in the flank with fever or changes in your urine needs a doctor, not massage.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'posture' },
    { id: 'therapeutic_massage' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'The needle is aimed at a rib, because the base of the lung lies close beneath.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Serratus Posterior Inferior Muscle"' },
    {
      source: 'vilensky_2001_serratus_posterior',
      locator:
        'review: no evidence for a breathing role; the superior muscle, more than this one, implicated in myofascial pain',
    },
    {
      source: 'loukas_2008_serratus_posterior_anatomy',
      locator: 'cadaver study (50 bodies): no breathing role supported',
    },
  ],
  uncertain:
    "Described mainly from clinical experience by Travell and Simons. A 2001 anatomical review and a 2008 cadaver study address the muscle's anatomy and find no support for a role in breathing, but no study of its trigger points or pain pattern was found; its pain also overlaps that of the quadratus lumborum and the long back muscles around it.",
} as const satisfies Muscle
