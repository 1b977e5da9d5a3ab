/** External oblique: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const externalOblique = {
  name: 'External oblique',
  latin: 'Musculus obliquus externus abdominis',
  synonyms: ['external abdominal oblique', 'obliques', 'side abdominal muscle'],
  area: 'chest_abdomen',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA13337', right: 'FMA13336' } }],
  attachments: {
    origin:
      'Outer surfaces of the lower eight ribs (5th to 12th), interlocking with the slips of the serratus anterior and latissimus dorsi.',
    insertion:
      'Through a broad flat tendon (aponeurosis) into the midline seam of the abdomen (linea alba), the pubic tubercle and the front half of the iliac crest; its lower free edge forms the inguinal ligament.',
  },
  actions: [
    'Bends the trunk forward and to the same side',
    'Turns the trunk toward the opposite side',
    'Compresses the abdomen to raise its pressure, as in coughing, straining and forceful breathing out',
  ],
  triggerPoints: [
    {
      id: 'upper_anterior',
      label: 'Upper TrP',
      location:
        'High on the front of the abdomen, on or just below the lower edge of the ribs, to the side of the six-pack muscle.',
      clinicalLocation:
        'Upper external oblique fibres overlying the anterior costal margin (about 7th-8th costal cartilages) lateral to the rectus abdominis; pincer or flat palpation with the abdominal wall tensed by lifting the head and shoulders.',
      position: { along: 0.25, around: 0.2 },
      essentialZone: ['upper_abdomen'],
      spilloverZone: ['sternum', 'lower_abdomen'],
    },
    {
      id: 'lower_lateral',
      label: 'Lower side TrP',
      location: 'Low on the side of the abdomen, just above the front part of the top rim of the hip bone.',
      clinicalLocation:
        'Lower lateral abdominal wall just above the anterior iliac crest, medial to the anterior superior iliac spine; pincer palpation of the lateral wall, or flat palpation with the wall tensed to keep pressure out of the viscera.',
      position: { along: 0.75, around: 0.1 },
      essentialZone: ['groin'],
      spilloverZone: ['lower_abdomen', 'perineum'],
    },
  ],
  referredPain:
    'Trigger points high in the muscle, near the rib edge, cause a burning, heartburn-like pain in the upper abdomen that can spread to other parts of the abdomen and up behind the lower breastbone. Those low on the side cause pain in the groin and sometimes the testicle or lower abdomen.',
  clinicalSummary:
    'Upper anterior TrPs over the costal margin refer deep epigastric, heartburn-like pain that can spread across the abdomen and mimic hiatal hernia or peptic disease; lower lateral TrPs refer to the groin and testicle and may spread into the lower quadrant. Abdominal-wall origin is supported by a positive Carnett sign, by reproduction of the pain on pincer or flat palpation with the wall tensed, and by relief after local anaesthetic injection; in men with chronic pelvic pain, external oblique palpation often reproduced their suprapubic, testicular and groin pain. Upper gastrointestinal, hepatobiliary and cardiac causes (upper TrPs) and hernia, testicular or renal causes (lower TrPs) must be excluded first; visceral disease can itself activate abdominal-wall TrPs.',
  symptoms: [
    'Heartburn-like burning in the upper abdomen with no digestive cause found',
    'Upper abdominal pain that can spread up behind the breastbone: new or unexplained chest pain needs urgent medical assessment first',
    'Groin pain, sometimes with aching in the testicle',
    'Pain when twisting, coughing or sitting up',
    'Abdominal pain that is tender to the touch on the surface and worse when the abdominal muscles are tensed',
  ],
  perpetuatingFactors: [
    'Slumped sitting that keeps the abdominal wall shortened',
    'Repeated twisting and bending, or heavy lifting',
    'Chronic cough',
    'Abdominal surgery scars',
    'Disease of the abdominal organs, which can activate trigger points in the abdominal wall',
  ],
  associatedMuscles: [
    'rectus_abdominis',
    'internal_oblique',
    'transversus_abdominis',
    'serratus_anterior',
    'latissimus_dorsi',
    'quadratus_lumborum',
  ],
  selfCare: {
    stretch: {
      name: 'Lying press-up with a gentle twist',
      steps: [
        'Lie face down with your hands under your shoulders.',
        'Press up slowly onto your forearms, keeping the hips on the floor, and breathe into the belly.',
        'Let the hips and one side of the pelvis sink while you look over the opposite shoulder, to add a gentle twist.',
        'Hold for 20 to 30 seconds, then repeat toward the other side.',
      ],
      cautions: [
        'Stay on your forearms, or skip the press-up, if it causes back pain.',
        'Do not stretch over a recent abdominal incision or a hernia.',
        'During pregnancy, ask your midwife or doctor first.',
      ],
    },
    selfPressure: {
      name: 'Pinching the side of the abdominal wall',
      steps: [
        'Lie on your back with knees bent and a pillow under them.',
        'Lift your head slightly so the abdominal wall tightens; this keeps the pressure in the muscle.',
        'Gently pinch the side of the abdominal wall between thumb and fingers, from the rib edge down toward the hip bone, looking for a tender spot.',
        'Hold a tender spot for 20 to 30 seconds, then relax.',
      ],
      cautions: [
        'Never press deep into the abdomen: the organs lie just beneath the muscle.',
        'New or unexplained abdominal pain, especially with fever, vomiting, blood or a change in bowel habit, needs a doctor first.',
        'A groin lump, or a painful or swollen testicle, needs prompt medical assessment.',
        'Avoid during pregnancy, over a hernia or over a recent scar.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'posture', note: 'Avoid long periods of slumped sitting.' },
    { id: 'gentle_stretching_yoga' },
    { id: 'self_massage_pressure', note: 'A gentle pincer grip with the abdominal wall tensed.' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'A local anaesthetic injection into a tender abdominal-wall spot can relieve pain and show that it comes from the wall rather than the organs.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Abdominal Muscles"' },
    { source: 'suleiman_2001_abdominal_wall_pain' },
    { source: 'anderson_2009_pelvic_trps_men' },
    { source: 'gulati_2021_chest_pain_guideline' },
    { source: 'montenegro_2009_abdominal_myofascial_pelvic_pain' },
    { source: 'rajkannan_2019_abdominal_wall_dry_needling' },
    { source: 'nazareno_2005_abdominal_wall_injections' },
  ],
  uncertain:
    "Studies of abdominal-wall pain (a review and small clinical series in which injecting or needling abdominal trigger points eased the pain) show that these muscles can cause pain, but none tells the layers of the side wall apart or maps this muscle's own pattern, which rests on clinical observation; pain from the organs must be ruled out first.",
} as const satisfies Muscle
