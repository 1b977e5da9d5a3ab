/** Levator ani: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const levatorAni = {
  name: 'Levator ani',
  latin: 'Musculus levator ani',
  synonyms: ['pelvic floor muscle', 'pelvic floor', 'pubococcygeus', 'puborectalis', 'iliococcygeus', 'PC muscle'],
  area: 'low_back_pelvis',
  layer: 'deep',
  parts: [
    { id: 'iliococcygeus', name: 'Iliococcygeus', fma: { left: 'FMA45859', right: 'FMA45858' } },
    { id: 'pubococcygeus', name: 'Pubococcygeus', fma: { left: 'FMA45855', right: 'FMA45854' } },
    { id: 'puborectalis', name: 'Puborectalis', fma: { left: 'FMA45857', right: 'FMA45856' } },
  ],
  attachments: {
    origin:
      'Pubococcygeus and puborectalis: the back of the pubic bone beside the midline joint (pubic symphysis). Iliococcygeus: a fibrous band on the inner side wall of the pelvis (the tendinous arch over the obturator internus) and the ischial spine.',
    insertion:
      'Pubococcygeus and iliococcygeus: the fibrous band between the back passage and the tailbone (anococcygeal body) and the sides of the tailbone, with some fibres to the central point of the perineum. Puborectalis: loops behind the junction of the rectum and anal canal to join the muscle of the other side, forming a sling.',
  },
  actions: [
    'Forms most of the pelvic floor and supports the bladder, the womb and vagina or the prostate, and the rectum',
    'Tightens around the urethra, vagina and back passage to help hold in urine and stool',
    'Puborectalis keeps the bend between rectum and anal canal and must relax for a bowel movement',
    'Lifts the pelvic floor when coughing, sneezing or lifting, and relaxes to let urine and stool pass',
  ],
  triggerPoints: [
    {
      id: 'pubococcygeus',
      label: 'Front-side TrP',
      location:
        'Inside the pelvis on the side wall of the vagina or back passage, in the front part of the pelvic floor. It cannot be reached from outside: a trained clinician examines it internally.',
      clinicalLocation:
        'Pubococcygeus/puborectalis band at the lateral margin of the levator hiatus, about midway between the pubis and the anococcygeal body; palpated per vaginam (lateral vaginal wall) or per rectum (anterolateral), sweeping across the fibres.',
      position: { part: 'pubococcygeus', along: 0.5, around: 0.25 },
      essentialZone: ['perineum'],
      spilloverZone: ['coccyx', 'lower_abdomen'],
    },
    {
      id: 'iliococcygeus',
      label: 'Back-side TrP',
      location:
        'Inside the pelvis, in the back part of the pelvic floor toward the tailbone. It cannot be reached from outside: a trained clinician examines it internally.',
      clinicalLocation:
        'Iliococcygeus in the posterolateral pelvic floor between the ischial spine and the coccyx, below the coccygeus; palpated per rectum or per vaginam posterolaterally.',
      position: { part: 'iliococcygeus', along: 0.6, around: 0.25 },
      essentialZone: ['coccyx'],
      spilloverZone: ['sacrum', 'perineum'],
    },
  ],
  referredPain:
    'Aching in the tailbone, the lower sacrum, the back passage and the vagina or perineum. Many people describe a dull ache or pressure, worse when sitting and sometimes during or after a bowel movement. In men, trigger points in the front part of this muscle can reproduce pain felt in the penis and just above the pubic bone.',
  clinicalSummary:
    'Levator ani TrPs refer to the sacrococcygeal region, rectum, vagina and perineum, and are associated with pain on sitting, dyschezia and dyspareunia; in men with chronic pelvic pain, puborectalis/pubococcygeus TrPs commonly reproduced penile and suprapubic pain. They are found only on internal palpation by a trained clinician, as taut tender bands that reproduce the familiar pain; overactivity with poor relaxation is common. In women with bladder pain syndrome and pelvic floor tenderness, pelvic-floor myofascial physical therapy outperformed general massage in a randomised trial. Exclude anorectal, gynaecological, urological and neurological causes first; bleeding, saddle anaesthesia or new sphincter disturbance needs urgent assessment.',
  symptoms: [
    'Pelvic pain deep in the pelvis, worse when sitting',
    'Tailbone pain or pain in the back passage',
    'A dull ache or feeling of pressure in the back passage',
    'Pain during or after a bowel movement',
    'Pain with sex, especially with deep movement or on entry',
    'Needing to pass urine often or urgently, with no infection found',
  ],
  perpetuatingFactors: [
    'Sitting slumped, rolled back onto the tailbone, especially on hard seats',
    'Holding the pelvic floor tight for long periods, often with stress or after pain',
    'Straining to empty the bowel',
    'Childbirth, pelvic surgery, or a fall onto the buttocks',
    'Painful conditions of the pelvic organs, such as bladder pain syndrome, endometriosis or haemorrhoids',
  ],
  associatedMuscles: [
    'coccygeus',
    'obturator_internus',
    'gluteus_maximus',
    'bulbospongiosus',
    'ischiocavernosus',
    'rectus_abdominis',
  ],
  selfCare: {
    stretch: {
      name: 'Pelvic-floor relaxation breathing',
      steps: [
        "Lie on your back with knees bent and supported by pillows, or in child's pose with a pillow under the chest.",
        'Put one hand on your belly and breathe in slowly through the nose, letting the belly rise.',
        'As you breathe in, imagine the area between the sit bones widening and dropping, as it does when you start to pass urine.',
        'Breathe out gently without squeezing; repeat for five minutes once or twice a day.',
        'If you do pelvic floor squeezing exercises, check with a pelvic health physiotherapist first: a tense pelvic floor may need to learn to relax before it is strengthened.',
      ],
      cautions: [
        'Internal examination and treatment of this muscle are for a trained clinician, such as a pelvic health physiotherapist or a doctor; do not try internal pressure yourself.',
        'Get urgent medical care for numbness around the genitals, back passage or inner buttocks (the saddle area), new loss of bladder or bowel control, or new difficulty passing urine.',
      ],
    },
    selfPressure: {
      name: 'No self-pressure: warmth and an easier seat',
      steps: [
        'This muscle cannot be reached safely from outside, so use warmth and position instead of pressure.',
        'Sit in a warm bath, or rest with a warm (not hot) pack between the legs or over the lower buttocks, for 15 to 20 minutes.',
        'When sitting, lean slightly forward onto the sit bones, or use a cushion with a cut-out under the tailbone.',
        'On the toilet, rest your feet on a low stool and breathe out gently instead of straining.',
      ],
      cautions: [
        'Internal treatment is for a trained clinician only; you can always ask for a chaperone, ask questions, or stop an examination.',
        'See a doctor promptly about bleeding from the back passage, blood in the urine or bleeding from the vagina outside your periods, a lump, fever, or new bladder or bowel problems.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'A warm bath relaxes the pelvic floor.' },
    {
      id: 'relaxation_meditation',
      note: 'Learning to relax the pelvic floor with slow breathing is a core part of care.',
    },
    { id: 'sitting_habits', note: 'Sit upright on the sit bones, not rolled back; a cut-out cushion helps.' },
    {
      id: 'physical_therapy',
      note: 'Pelvic-floor myofascial physical therapy by a trained physiotherapist did better than general massage in a trial in women with bladder pain and a tender pelvic floor.',
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
    { source: 'fitzgerald_2012_pelvic_myofascial_therapy' },
    { source: 'anderson_2009_pelvic_trps_men' },
    { source: 'finucane_2020_spinal_red_flags' },
    { source: 'lucas_2009_trp_reliability' },
    { source: 'meister_2018_pelvic_floor_exam_review' },
    { source: 'meister_2019_pelvic_floor_screening_exam' },
  ],
  uncertain:
    "The muscle can only be examined internally. In a standardized internal examination, two examiners' tenderness scores correlated well, but the referral patterns rest on clinical observation, and the trials of pelvic-floor therapy are few and small.",
} as const satisfies Muscle
