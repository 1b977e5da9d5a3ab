/** Masseter: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const masseter = {
  name: 'Masseter',
  latin: 'Musculus masseter',
  synonyms: ['jaw muscle', 'chewing muscle', 'jaw clenching muscle', 'TMJ muscle'],
  area: 'head_neck',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Masseter' }],
  attachments: {
    origin: 'The cheekbone arch (zygomatic arch) and the cheekbone.',
    insertion: 'The outer surface of the jawbone, from its angle up the back of the jaw (ramus).',
  },
  actions: [
    'Closes the jaw and clenches the teeth.',
    'The surface layer helps push the jaw forward; the deep layer helps pull it back.',
  ],
  triggerPoints: [
    {
      id: 'superficial_upper',
      label: 'Superficial layer, upper TrP',
      location: 'In the cheek just below the cheekbone, toward the front of the muscle.',
      clinicalLocation:
        'Superficial layer, anterior and upper portion just below the zygomatic arch near its musculotendinous junction; pincer palpation with a gloved finger intraorally against the thumb on the cheek, jaw partly open.',
      position: { along: 0.2, around: 0 },
      essentialZone: ['teeth_upper', 'cheek_maxilla'],
      spilloverZone: [],
    },
    {
      id: 'superficial_lower',
      label: 'Superficial layer, middle and lower TrPs',
      location:
        'In the middle and lower part of the muscle, above the angle of the jaw; feel it bulge when you clench.',
      clinicalLocation:
        'Superficial layer, mid-belly and lower portion above the mandibular angle; pincer palpation or flat palpation against the ramus, jaw partly open.',
      position: { along: 0.7, around: 0 },
      essentialZone: ['teeth_lower', 'jaw_tmj'],
      spilloverZone: ['temple', 'eye_orbit'],
    },
    {
      id: 'deep',
      label: 'Deep layer TrP',
      location: 'Deep in the upper back part of the muscle, just in front of the ear and below the jaw joint.',
      clinicalLocation:
        'Deep layer, posterosuperior portion just anterior to the TMJ and below the posterior zygomatic arch; flat palpation against the ramus with the mouth slightly open.',
      position: { along: 0.2, around: 0.5 },
      essentialZone: ['ear', 'jaw_tmj'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'The surface layer sends pain to the upper or lower back teeth, the cheek, the jaw and sometimes over the eyebrow and temple; the deep layer sends pain deep into the ear and around the jaw joint, sometimes with ringing in that ear.',
  clinicalSummary:
    'Superficial layer TrPs refer to the upper or lower premolar and molar teeth, the maxilla and mandible, and from the lower part in an arc over the temple and eyebrow; deep layer TrPs refer to the TMJ region and deep into the ear, sometimes with unilateral tinnitus. The key finding is restricted interincisal opening (Travell and Simons use a knuckle test). Differentiate from dental pathology, TMJ arthropathy or disc displacement, otitis and trigeminal neuralgia; in women with TMD, pressing active masseter TrPs reproduced their usual pain.',
  symptoms: [
    'Limited mouth opening.',
    'Toothache or teeth sensitive to hot, cold or biting when no dental cause is found.',
    'Jaw or cheek pain, often worse after clenching or chewing.',
    'Ringing in one ear (deep layer).',
    'In women with jaw-muscle pain (temporomandibular disorder), pressing active masseter trigger points reproduced their usual pain.',
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth, by day or in sleep.',
    'Chewing gum, biting nails or chewing on pens.',
    'Holding the mouth wide open for long dental work.',
    'Forward head posture, and emotional stress.',
    'Trigger points in the SCM or upper trapezius, which can set off trigger points here.',
  ],
  associatedMuscles: ['temporalis', 'sternocleidomastoid', 'upper_trapezius'],
  selfCare: {
    stretch: {
      name: 'Gentle jaw-opening stretch',
      steps: [
        'Warm the cheek first with a warm, moist cloth for a few minutes.',
        'Sit upright and let the jaw hang loosely open.',
        'Place two fingertips on your lower front teeth and guide the jaw slowly further open, only as far as is comfortable.',
        'Hold for 10 to 20 seconds, then close slowly; repeat a few times.',
      ],
      cautions: [
        'If your jaw clicks painfully, locks, or the joint itself hurts, see a dentist or clinician before stretching.',
        'Never force the jaw open.',
      ],
    },
    selfPressure: {
      name: 'Cheek pressure with the fingertips',
      steps: [
        'Clench your teeth lightly to feel the muscle bulge in front of the angle of the jaw, then relax the jaw.',
        'With the teeth slightly apart, press tender spots with two or three fingertips for 20 to 30 seconds.',
        'Work from just below the cheekbone down to the angle of the jaw.',
        'Finish by opening and closing the mouth slowly a few times.',
      ],
      cautions: [
        'Keep the pressure gentle; the face is sensitive.',
        'Tooth pain that persists needs a dentist: do not assume it is muscular.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat on the cheek before stretching.' },
    { id: 'self_massage_pressure' },
    { id: 'relaxation_meditation', note: 'Noticing and letting go of daytime clenching: lips together, teeth apart.' },
    { id: 'posture' },
    { id: 'therapeutic_massage' },
    { id: 'dry_needling' },
    { id: 'trigger_point_injection' },
    { id: 'spray_and_stretch' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Masseter Muscle"; pain-pattern figure, p. 331' },
    { source: 'fernandez_de_las_penas_2010_tmd_referred_pain' },
    { source: 'alonso_blanco_2012_tmd_fibromyalgia' },
    {
      source: 'schmidt_hansen_2006_pericranial_saline',
      locator:
        'hypertonic saline in the masseter of 20 healthy volunteers: pain spread over the face and jaw (trigeminal area), not the neck',
    },
  ],
  uncertain:
    'Masseter trigger points are well described: patient studies (2010, 2012) found that they reproduce jaw and face pain, and a 2006 saline-injection study in healthy volunteers showed masseter pain spreading over the face and jaw. How much they explain jaw-joint disorders and unexplained tooth pain, compared with joint, dental or nervous-system causes, is still debated, and the ringing in the ear rests on Travell and Simons alone.',
} as const satisfies Muscle
