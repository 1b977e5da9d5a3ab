/** Iliopsoas: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const iliopsoas = {
  name: 'Iliopsoas',
  latin: 'Musculus iliopsoas',
  synonyms: ['hip flexor', 'psoas', 'iliacus', 'psoas major'],
  area: 'low_back_pelvis',
  layer: 'deep',
  parts: [
    { id: 'psoas_major', name: 'Psoas major', fma: { left: 'FMA22343', right: 'FMA22342' } },
    { id: 'iliacus', name: 'Iliacus', fma: { left: 'FMA22323', right: 'FMA22322' } },
  ],
  attachments: {
    origin:
      'Psoas major: the sides of the bodies, discs and transverse processes of the last thoracic and all five lumbar vertebrae. Iliacus: the inner bowl of the hip bone (iliac fossa).',
    insertion:
      'Both parts join in one tendon on the lesser trochanter, a knob on the inner back of the upper thigh bone.',
  },
  actions: [
    'Bends the hip, lifting the thigh forward (hip flexion)',
    'Bends the trunk forward on the thighs, as when sitting up from lying',
    'Helps hold the lumbar spine upright when standing',
  ],
  triggerPoints: [
    {
      id: 'distal',
      label: 'Upper-thigh TrP',
      location:
        'At the top of the front of the thigh, just below the groin crease and to the outer side of the large pulse there (the femoral artery).',
      clinicalLocation:
        'Distal iliopsoas at the musculotendinous junction just below the inguinal ligament, lateral to the femoral artery pulse at the lateral wall of the femoral triangle; flat palpation with the hip slightly flexed and abducted, keeping clear of the femoral nerve and vessels.',
      position: { part: 'iliacus', along: 0.85, around: 0 },
      essentialZone: ['low_back', 'sacroiliac', 'anterior_thigh'],
      spilloverZone: ['buttock', 'sacrum', 'groin'],
    },
    {
      id: 'iliacus',
      label: 'Iliacus TrP',
      location:
        'Just inside the top rim of the hip bone, found by curling the fingertips over the rim behind its front bony point.',
      clinicalLocation:
        'Iliacus on the inner surface of the iliac fossa just behind the iliac crest, posterior to the anterior superior iliac spine; fingertips curled over the crest pressing toward the inner surface of the ilium, supine with the hips and knees flexed.',
      position: { part: 'iliacus', along: 0.2, around: 0 },
      essentialZone: ['low_back', 'sacroiliac', 'anterior_thigh'],
      spilloverZone: ['buttock', 'sacrum', 'groin'],
    },
    {
      id: 'psoas',
      label: 'Psoas TrP',
      location:
        'Deep in the belly, beside the navel and to the outer side of the six-pack muscle; reached only by slow pressure back toward the spine.',
      clinicalLocation:
        'Psoas major belly at about the level of the umbilicus, lateral to the rectus abdominis; slow, gentle indirect pressure posteriorly toward the lumbar spine through the relaxed abdominal wall, supine with hips and knees flexed, avoiding the aorta and abdominal viscera.',
      position: { part: 'psoas_major', along: 0.45, around: 0 },
      essentialZone: ['low_back', 'sacroiliac', 'anterior_thigh'],
      spilloverZone: ['buttock', 'sacrum', 'groin'],
    },
  ],
  referredPain:
    'Pain runs in a vertical strip beside the lumbar spine on the same side, down to the sacroiliac area and sometimes the top of the buttock, and also to the front of the upper thigh and the groin. It is felt mostly when upright and eases when lying with the hips bent.',
  clinicalSummary:
    'All three TrP sites refer ipsilaterally in a vertical band along the lumbar spine to the sacroiliac region and upper buttock, and to the anterior thigh and groin; pain is worse upright and eased by lying with the hips flexed. Examination shows restricted hip extension (positive Thomas test) and tenderness at the distal site lateral to the femoral pulse or on the iliacus behind the iliac crest; the psoas is reached only indirectly through the abdominal wall. Differentials include hip joint disease, upper lumbar radiculopathy, femoral neuropathy, inguinal hernia, retroperitoneal or renal pathology and aortic aneurysm, and red flags for serious spinal pathology.',
  symptoms: [
    'Low back pain that is worse when standing upright and eased by lying with hips and knees bent',
    'Difficulty getting up from a deep chair or straightening up after sitting',
    'Pain at the front of the thigh and in the groin',
    'Pain when doing sit-ups',
  ],
  perpetuatingFactors: [
    'Sitting for long periods with the hips sharply bent, for example in low chairs or with the knees higher than the hips',
    'Sleeping curled up with the hips bent',
    'Sit-ups with the legs straight or the feet held down',
    'A leg-length difference or tilted pelvis',
    'Sudden overload, as in a fall',
  ],
  associatedMuscles: ['quadratus_lumborum', 'rectus_femoris', 'tensor_fasciae_latae', 'rectus_abdominis'],
  selfCare: {
    stretch: {
      name: 'Edge-of-bed hip stretch',
      steps: [
        'Lie on your back at the foot of a firm bed, with your bottom near the edge.',
        'Hug the knee of the other leg to your chest to keep the low back flat.',
        'Let the leg of the sore side hang down over the edge so the front of the hip opens.',
        'Breathe slowly and let the leg relax downward for about 30 seconds.',
        'Bend that knee and lift the leg back up with your hands before getting up.',
      ],
      cautions: [
        'Keep the other knee held to the chest so the low back does not arch.',
        'After a hip replacement, check with your surgeon or therapist first.',
        'Stop if the front of the hip pinches or the leg tingles.',
      ],
    },
    selfPressure: {
      name: 'Gentle pressure on the iliacus inside the hip bone',
      steps: [
        'Lie on your back with knees bent to relax the belly.',
        'Find the bony point at the front of the hip bone and slide your fingertips just inside and behind the rim above it.',
        'Press slowly toward the inner surface of the bone, not down into the belly, and feel for a tender spot.',
        'Hold light pressure for 20 to 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'No deep pressure over the front of the upper thigh below the groin crease (the femoral triangle): the main artery, vein and nerve of the leg lie there.',
        'Do not press deep into the abdomen, and stop if you feel a pulse under your fingers or any sharp, spreading or sick feeling.',
        'Avoid during pregnancy, after recent abdominal surgery, or with a hernia or known aortic aneurysm; leave the psoas itself to a trained clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga', note: 'The edge-of-bed stretch lengthens the muscle with the low back protected.' },
    {
      id: 'sitting_habits',
      note: 'Avoid long spells with the hips sharply bent; get up and walk at regular intervals.',
    },
    { id: 'physical_therapy' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'A specialist procedure here, because of the nearby femoral nerve and vessels and the abdominal organs.',
    },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter "Iliopsoas Muscle"' },
    { source: 'lucas_2009_trp_reliability' },
    { source: 'finucane_2020_spinal_red_flags' },
    { source: 'ingber_1989_iliopsoas_failed_back' },
  ],
  uncertain:
    'Most of the muscle lies deep inside the abdomen and pelvis, so its trigger points cannot be examined directly. A small case series supports them as a treatable cause of low back pain, but the thigh and groin referral rests on clinical observation.',
} as const satisfies Muscle
