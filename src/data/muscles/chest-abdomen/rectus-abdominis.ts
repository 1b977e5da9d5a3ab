/** Rectus abdominis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const rectusAbdominis = {
  name: 'Rectus abdominis',
  latin: 'Musculus rectus abdominis',
  synonyms: ['abs', 'six-pack muscle', 'stomach muscles', 'abdominal muscles'],
  area: 'chest_abdomen',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA13378', right: 'FMA13377' } }],
  attachments: {
    origin: 'Crest of the pubic bone and the pubic symphysis (the joint at the front of the pelvis).',
    insertion: 'Lower tip of the breastbone (xiphoid process) and the cartilages of the 5th to 7th ribs.',
  },
  actions: [
    'Bends the trunk forward, as when sitting up from lying',
    'Tilts the front of the pelvis upward (posterior pelvic tilt)',
    'Helps raise the pressure inside the abdomen for coughing, straining and forceful breathing out',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Upper TrP',
      location:
        'High on the abdomen just under the rib margin, a finger-width or two to the side of the midline, near the lower tip of the breastbone.',
      clinicalLocation:
        'Upper rectus abdominis just below the costal margin, 1-2 fingerbreadths lateral to the linea alba near the xiphoid; flat palpation with the abdominal wall tensed (head lifted) so pressure stays in the muscle.',
      position: { along: 0.9, around: 0 },
      essentialZone: ['thoracolumbar'],
      spilloverZone: ['upper_abdomen'],
      otherSide: { essential: ['thoracolumbar'] },
    },
    {
      id: 'lower_lateral',
      label: 'Lower outer-edge TrP',
      location:
        "On the outer edge of the lower part of the muscle, between the navel and the front point of the hip bone; on the right this is near McBurney's point, the classic appendix spot.",
      clinicalLocation:
        "Lateral border of the lower rectus abdominis (near the linea semilunaris) between the umbilicus and the anterior superior iliac spine; on the right it lies near McBurney's point. Flat or pincer palpation with the wall tensed.",
      position: { along: 0.3, around: 0.75 },
      essentialZone: ['lower_abdomen'],
      spilloverZone: [],
    },
    {
      id: 'suprapubic',
      label: 'Lowest TrP',
      location: 'Just above the pubic bone, a finger-width or two to the side of the midline.',
      clinicalLocation:
        'Lowest rectus abdominis just above the pubic crest, 1-2 fingerbreadths lateral to the midline; flat palpation against the pubis with the wall tensed.',
      position: { along: 0.08, around: 0 },
      essentialZone: ['sacroiliac', 'low_back'],
      spilloverZone: ['sacrum'],
      otherSide: { essential: ['sacroiliac', 'low_back'] },
    },
  ],
  referredPain:
    'Unusually, this front muscle sends pain to the back. Trigger points high in the muscle can cause a band of pain straight across the back at the level of the lowest ribs, and sometimes fullness or burning in the upper abdomen. Those just above the pubic bone can cause a band of pain across the low back and sacroiliac area. One on the outer edge of the lower muscle causes local lower-abdominal pain that, on the right, can imitate appendicitis.',
  clinicalSummary:
    'Upper (supraumbilical) TrPs refer bilaterally as a horizontal band across the thoracolumbar back and can cause epigastric fullness, heartburn-like burning or nausea; lower TrPs refer across the sacroiliac and low lumbar region; a lateral-border TrP in the lower quadrant causes local pain that mimics appendicitis on the right. Abdominal-wall pain is suggested by a positive Carnett sign (tenderness unchanged or worse when the wall is tensed) and by relief after local anaesthetic injection. Visceral, gynaecological and hernia causes come first in the differential, and visceral disease can itself activate abdominal-wall TrPs.',
  symptoms: [
    'A horizontal band of back pain, across the mid-back or across the low back',
    'Upper abdominal fullness, heartburn-like discomfort or nausea with no digestive cause found',
    'Lower abdominal pain that can resemble appendicitis, or that adds to period pain',
    'Pain when sitting up, coughing or straining',
  ],
  perpetuatingFactors: [
    'Paradoxical breathing: the belly pulls in instead of rising when breathing in',
    'Slumped sitting that keeps the abdomen shortened',
    'Overdoing sit-ups or other abdominal exercise',
    'Abdominal surgery scars or injury to the abdominal wall',
    'Disease of the abdominal or pelvic organs, which can activate trigger points in the abdominal wall',
    'Emotional tension held in the abdomen',
  ],
  associatedMuscles: ['iliopsoas'],
  selfCare: {
    stretch: {
      name: 'Lying press-up (belly stretch)',
      steps: [
        'Lie face down with your hands under your shoulders.',
        'Breathe out and slowly press up onto your forearms, or onto your hands if that is comfortable, keeping the hips on the floor.',
        'Breathe slowly into the belly, letting it rise as you breathe in.',
        'Hold for 20 to 30 seconds, then lower yourself slowly.',
        'Repeat two or three times.',
      ],
      cautions: [
        'Stay on your forearms, or skip the press-up, if it causes back pain.',
        'Do not stretch over a recent abdominal incision or a hernia.',
        'During pregnancy, ask your midwife or doctor first.',
      ],
    },
    selfPressure: {
      name: 'Gentle pressure on a tensed abdominal wall',
      steps: [
        'Lie on your back with knees bent and a pillow under them.',
        'Lift your head slightly so the abdominal muscle tightens; this keeps the pressure in the abdominal wall rather than deeper.',
        'With the flats of your fingers, press gently along the muscle beside the midline and feel for a tender spot.',
        'Hold light pressure for 20 to 30 seconds, or gently pinch the muscle between thumb and fingers, then relax.',
      ],
      cautions: [
        'Never press deeply into the abdomen: the organs lie just beneath the muscle.',
        'Stop if pressure causes sharp or spreading pain; see a doctor about new or unexplained abdominal pain, especially with fever, vomiting or a change in bowel habit.',
        'Avoid during pregnancy, over a hernia or over a recent scar.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat over the abdomen can ease the ache.' },
    {
      id: 'relaxation_meditation',
      note: 'Practising slow belly breathing corrects paradoxical breathing, a common reason these trigger points persist.',
    },
    { id: 'gentle_stretching_yoga' },
    { id: 'posture', note: 'Avoid long periods of slumped sitting, which keeps the muscle short.' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'Once hernia and other structural causes are excluded, a local anaesthetic injection into a tender abdominal-wall spot can both relieve pain and show that it comes from the wall rather than the organs.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Abdominal Muscles"' },
    { source: 'suleiman_2001_abdominal_wall_pain' },
    { source: 'montenegro_2009_abdominal_myofascial_pelvic_pain' },
    { source: 'rajkannan_2019_abdominal_wall_dry_needling' },
    { source: 'nazareno_2005_abdominal_wall_injections' },
  ],
  uncertain:
    'Beyond the trigger-point manual, a review and small clinical series show that abdominal-wall trigger points cause chronic abdominal pain that eases with injection or needling, but no study maps where each trigger point of this muscle refers (the band across the back included), and pain from the organs must be excluded first.',
} as const satisfies Muscle
