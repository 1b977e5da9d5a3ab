/** Medial pterygoid: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const medialPterygoid = {
  name: 'Medial pterygoid',
  latin: 'Musculus pterygoideus medialis',
  synonyms: ['internal pterygoid', 'pterygoideus medialis', 'inner jaw muscle'],
  area: 'head_neck',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Medial pterygoid', fma: { left: 'FMA49013', right: 'FMA49012' } }],
  attachments: {
    origin:
      'Inside the back of the upper jaw: mainly the inner (medial) surface of the lateral pterygoid plate of the sphenoid bone, with a small slip from the bump behind the last upper molar (maxillary tuberosity) and the palatine bone.',
    insertion:
      'The inner surface of the jawbone at its angle and the lower part of its back (ramus), mirroring the masseter on the outside.',
  },
  actions: [
    'Closes the jaw, working with the masseter and temporalis.',
    'Both sides together help push the jaw forward.',
    'One side helps swing the jaw toward the opposite side in chewing.',
  ],
  triggerPoints: [
    {
      id: 'lower_external',
      label: 'Lower TrP (from outside)',
      location:
        'Just inside the angle of the jaw: with the head tipped a little toward the sore side, a fingertip pressed upward on the inner side of the jawbone, at its corner, finds a tender spot.',
      clinicalLocation:
        'Inferior (insertion) end of the muscle on the medial aspect of the mandibular angle; palpated externally by pressing the fingertip cephalad along the inner surface of the angle with the head tilted slightly to the same side to slacken the overlying tissues.',
      position: { along: 0.8, around: 0.5 },
      essentialZone: ['throat_anterior_neck', 'jaw_tmj'],
      spilloverZone: ['ear'],
    },
    {
      id: 'mid_belly_intraoral',
      label: 'Mid-belly TrP (inside the mouth)',
      location:
        'Inside the mouth, in the side wall of the throat just behind the last lower molar; only a clinician should examine it.',
      clinicalLocation:
        'Mid-belly, reached intraorally with a gloved index finger on the medial surface of the ramus just behind and below the last molar, lateral to the pterygomandibular raphe and anterior to the tonsillar pillar; the jaw held partly open, with a bite block if needed.',
      position: { along: 0.5, around: 0.25 },
      essentialZone: ['throat_anterior_neck', 'jaw_tmj'],
      spilloverZone: ['ear'],
    },
  ],
  referredPain:
    'A poorly localised ache inside the mouth and throat (tongue, back of the throat, roof of the mouth), below and behind the jaw joint, and sometimes deep in the ear. It does not usually go to the teeth.',
  clinicalSummary:
    'Travell and Simons describe a diffuse referral to the tongue, pharynx and hard palate, the region below and posterior to the TMJ, and deep in the ear, sometimes with a sense of ear stuffiness. Active TrPs restrict interincisal opening moderately and make wide opening, chewing and swallowing painful. The lower end is palpable externally at the medial mandibular angle; the belly is examined intraorally behind the last molar. Differentiate from pharyngeal and tonsillar disease, otitis, dental and TMJ pathology, and glossopharyngeal neuralgia.',
  symptoms: [
    'Sore throat or pain when swallowing, without infection.',
    'Jaw pain below and behind the jaw joint, and pain when opening the mouth wide or chewing.',
    'A deep ear pain or a blocked, stuffy feeling in the ear.',
    'Limited mouth opening.',
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth, and chewing gum.',
    'Forward head posture, which changes how the jaw rests.',
    'Trigger points in the lateral pterygoid or masseter, which overload it.',
    'Emotional tension and anxiety.',
  ],
  associatedMuscles: ['masseter', 'lateral_pterygoid', 'temporalis', 'digastric'],
  selfCare: {
    stretch: {
      name: 'Gentle, controlled mouth opening',
      steps: [
        'Warm the side of the face and the angle of the jaw with a warm, moist cloth for a few minutes.',
        'Sit upright, let the shoulders drop and rest the tip of the tongue on the roof of the mouth just behind the upper front teeth.',
        'Open the mouth slowly, keeping the jaw straight, only as far as is comfortable.',
        'Hold for 5 to 10 seconds, close slowly and rest; repeat five or six times.',
      ],
      cautions: [
        'Never force the jaw open or use the fingers to lever it; stop if the jaw joint clicks painfully, catches or locks.',
        'This muscle lies inside the jaw and cannot be properly reached at home: a dentist, physiotherapist or physician trained in jaw muscles should examine it.',
        'A sore throat with fever, a lump, or trouble swallowing that keeps getting worse needs a doctor, not self-care.',
      ],
    },
    selfPressure: {
      name: 'Warmth and jaw relaxation instead of pressure',
      steps: [
        'Do not press inside your mouth: the trigger point there is close to the throat and nerves, and pressure is for a trained clinician.',
        'Instead, lay a warm, moist cloth over the angle of the jaw for 10 to 15 minutes.',
        'Let the jaw rest: lips together, teeth slightly apart, tongue resting lightly on the roof of the mouth.',
        'Breathe slowly into the belly for a few minutes and notice whether you are clenching; let it go each time you notice.',
      ],
      cautions: [
        'Only light touch under the angle of the jaw from outside; stop if it sets off pain in the ear or throat.',
        'Ask a dentist or clinician trained in jaw muscles for treatment inside the mouth.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat over the angle of the jaw.' },
    { id: 'relaxation_meditation', note: 'Lips together, teeth apart, to ease clenching.' },
    { id: 'posture', note: 'Bringing the head back over the shoulders changes the resting position of the jaw.' },
    { id: 'manual_therapy', note: 'Treatment from inside the mouth by a clinician trained in jaw muscles.' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'Done from inside the mouth or under the angle of the jaw by a trained clinician.',
    },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the medial pterygoid muscle; pain-pattern figure, p. 366',
    },
    {
      source: 'stratmann_2000_lateral_pterygoid_palpation',
      locator:
        'a superficial slip of the medial pterygoid lay against the lower lateral pterygoid in 86 of 106 cadaver sides',
    },
  ],
  uncertain:
    "The medial pterygoid pattern rests on Travell and Simons' clinical observation; no referral-mapping or saline-injection study of it was found. A 2000 cadaver study showed that inside the mouth it lies right against the lateral pterygoid, which bears out the caution that tenderness found there can come from either muscle or from other neighbouring structures.",
} as const satisfies Muscle
