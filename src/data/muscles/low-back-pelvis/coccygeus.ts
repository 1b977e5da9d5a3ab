/** Coccygeus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const coccygeus = {
  name: 'Coccygeus',
  latin: 'Musculus coccygeus',
  synonyms: ['ischiococcygeus', 'pelvic floor muscle', 'tailbone muscle'],
  area: 'low_back_pelvis',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA46444', right: 'FMA46443' } }],
  attachments: {
    origin:
      'The ischial spine, a bony point on the inner side wall of the pelvis, and the ligament running from it to the sacrum (sacrospinous ligament), on whose pelvic surface the muscle lies.',
    insertion: 'The side edges of the tailbone (coccyx) and the lowest part of the sacrum.',
  },
  actions: [
    'Supports the pelvic organs as the back part of the pelvic floor',
    'Pulls the tailbone forward, for example after it has been pushed back during a bowel movement or childbirth',
    'Steadies the joint between the sacrum and the tailbone',
  ],
  triggerPoints: [
    {
      id: 'central',
      label: 'Coccygeus TrP',
      location:
        'Inside the pelvis, beside the tailbone. It cannot be reached from outside: a trained clinician examines it through the back passage or the vagina.',
      clinicalLocation:
        'Belly of coccygeus between the ischial spine and the lateral border of the coccyx, on the pelvic surface of the sacrospinous ligament; palpated per rectum or per vaginam posterolaterally, just cephalad to the levator ani, with the patient side-lying.',
      position: { along: 0.6, around: 0.5 },
      essentialZone: ['coccyx'],
      spilloverZone: ['sacrum'],
    },
  ],
  referredPain:
    'Pain in and around the tailbone, sometimes spreading over the lower sacrum. It is often worse when sitting, especially on hard seats or when slumped.',
  clinicalSummary:
    'Coccygeus TrPs refer to the coccyx and lower sacrum and are a recognised myofascial contributor to coccygodynia, often together with levator ani and gluteus maximus TrPs. They are identified only by internal (rectal or vaginal) palpation lateral to the coccyx, which belongs to clinicians trained in pelvic floor examination. Coccygeal fracture or instability, pilonidal disease, sacral and rectal pathology, and cauda equina compression must be excluded; saddle anaesthesia or new sphincter disturbance requires urgent referral.',
  symptoms: [
    'Tailbone pain, worse when sitting',
    'Pelvic pain felt deep near the tailbone',
    'Pain at the bottom of the spine when getting up from sitting',
    'Low back pain felt low down over the sacrum',
  ],
  perpetuatingFactors: [
    'Sitting slumped, rolled back onto the tailbone, especially on hard seats',
    'A fall onto the buttocks or tailbone',
    'Childbirth, or surgery in the pelvis',
    'Straining to empty the bowel',
    'Painful conditions of the pelvic organs, which can keep the pelvic floor tense',
  ],
  associatedMuscles: ['levator_ani', 'obturator_internus', 'gluteus_maximus', 'piriformis'],
  selfCare: {
    stretch: {
      name: "Child's pose with pelvic-floor breathing",
      steps: [
        'Kneel on a soft surface, knees apart, and sit back toward your heels, resting your forehead and arms on a pillow or the floor.',
        'Breathe in slowly through the nose and let the belly, lower ribs and the area around the back passage soften and widen.',
        'Breathe out gently without tightening the bottom.',
        'Stay for eight to ten slow breaths, then come up slowly.',
      ],
      cautions: [
        'Internal examination and treatment of this muscle are for a trained clinician, such as a pelvic health physiotherapist or a doctor; do not try internal pressure yourself.',
        'Use a pillow under the hips or skip the position if your knees or hips hurt.',
        'Get urgent medical care for numbness around the genitals, back passage or inner buttocks (the saddle area), new loss of bladder or bowel control, or new difficulty passing urine.',
      ],
    },
    selfPressure: {
      name: 'No self-pressure: warmth and an easier seat',
      steps: [
        'This muscle cannot be reached safely from outside, so use warmth and position instead of pressure.',
        'Sit in a warm bath, or rest on a warm (not hot) pack over the lower buttocks, for 15 to 20 minutes.',
        'When sitting, lean slightly forward onto the sit bones, or use a cushion with a cut-out or a gap under the tailbone.',
        'Get up and move every 20 to 30 minutes when you have to sit for long.',
      ],
      cautions: [
        'Internal treatment is for a trained clinician only.',
        'See a doctor promptly about bleeding from the back passage, blood in the urine or bleeding from the vagina outside your periods, a lump, fever, or new bladder or bowel problems.',
        'Tailbone pain after a fall needs a medical check for a fracture.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'A warm bath relaxes the pelvic floor.' },
    {
      id: 'sitting_habits',
      note: 'A cut-out cushion takes pressure off the tailbone; sit upright on the sit bones, not rolled back.',
    },
    {
      id: 'relaxation_meditation',
      note: 'Slow breathing that lets the pelvic floor soften on each breath in helps a tense pelvic floor let go.',
    },
    {
      id: 'physical_therapy',
      note: 'A pelvic health physiotherapist can examine and treat the pelvic floor, including internally when you agree to it.',
    },
    {
      id: 'manual_therapy',
      note: 'Internal trigger-point release is done only by clinicians trained in pelvic floor work, with consent.',
    },
    { id: 'trigger_point_injection', note: 'A specialist procedure for the pelvic floor.' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Pelvic Floor Muscles"' },
    { source: 'pastore_2012_myofascial_pelvic_pain' },
    { source: 'finucane_2020_spinal_red_flags' },
  ],
  uncertain:
    'The muscle can only be examined internally; no study beyond the trigger-point manual was found that maps its trigger points, so its pattern rests mainly on clinical observation.',
} as const satisfies Muscle
