/** Digastric: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const digastric = {
  name: 'Digastric',
  latin: 'Musculus digastricus',
  synonyms: ['digastricus', 'two-bellied jaw muscle', 'under-the-jaw muscle'],
  area: 'head_neck',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Digastric', fma: { left: 'FMA46293', right: 'FMA46292' } }],
  attachments: {
    origin:
      'Back (posterior) belly: the groove on the inner side of the bony bump behind the ear (mastoid notch of the temporal bone). It runs down and forward to a middle tendon.',
    insertion:
      'Front (anterior) belly: a small hollow on the inner side of the lower border of the jawbone beside the midline of the chin (digastric fossa). The two bellies meet at the middle tendon, which a fibrous loop holds to the body and greater horn of the hyoid bone, so the muscle bends in a sling under the jaw.',
  },
  actions: [
    'Helps open the mouth and pull the jaw back, working with the lateral pterygoid.',
    'Lifts the hyoid bone when swallowing and speaking.',
  ],
  triggerPoints: [
    {
      id: 'posterior_belly',
      label: 'Posterior belly TrP',
      location:
        'Just below and in front of the bony bump behind the ear, in the soft hollow behind the angle of the jaw.',
      clinicalLocation:
        'Posterior belly, between the mastoid process and the mandibular angle, anterior to the SCM and posterior to the ramus; palpated gently against the deeper structures with the head slightly extended, avoiding firm pressure over the styloid process and the carotid sheath.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['lateral_neck'],
      spilloverZone: ['occiput', 'throat_anterior_neck'],
    },
    {
      id: 'anterior_belly',
      label: 'Anterior belly TrP',
      location: 'Under the chin, a finger width to one side of the midline, just behind the jawbone.',
      clinicalLocation:
        'Anterior belly in the submental region, just lateral to the midline and posterior to the mandibular symphysis; flat palpation upward against the mylohyoid with the head slightly extended.',
      position: { along: 0.85, around: 0 },
      essentialZone: ['teeth_lower'],
      spilloverZone: ['throat_anterior_neck'],
    },
  ],
  referredPain:
    'The back belly sends pain to the upper side of the neck around the bony bump behind the ear, sometimes to the back of the head and the throat. The front belly sends pain to the four lower front teeth and the gum below them.',
  clinicalSummary:
    'Travell and Simons describe posterior belly TrPs referring to the upper SCM region around the mastoid, with spillover to the occiput and the throat below the chin; anterior belly TrPs refer to the four lower incisors and the alveolar ridge below them. Posterior belly pain is easily attributed to the SCM, and throat discomfort may accompany it. Examine with gentle pressure, the head slightly extended. Differentiate from dental pathology of the lower incisors, an elongated styloid process (Eagle syndrome), cervical lymphadenopathy and upper cervical joint pain.',
  symptoms: [
    'Pain in the upper side of the neck just below the ear, often blamed on the SCM.',
    'Toothache in the lower front teeth when no dental cause is found.',
    'A sore feeling in the throat below the chin.',
  ],
  perpetuatingFactors: [
    'Breathing through the mouth, for example with a blocked nose.',
    'Grinding the teeth with the jaw pulled back, and clenching.',
    'Forward head posture.',
    'Whiplash injury.',
  ],
  associatedMuscles: ['sternocleidomastoid', 'masseter', 'temporalis', 'medial_pterygoid', 'lateral_pterygoid'],
  selfCare: {
    stretch: {
      name: 'Chin-lift stretch with the teeth together',
      steps: [
        'Sit upright and close the mouth gently with the teeth just touching.',
        'Slowly tip the head back a little, looking up toward the ceiling, until you feel a light pull under the chin and jaw.',
        'For the back belly, turn the face slightly away from the sore side while looking up.',
        'Hold for 20 to 30 seconds while breathing slowly, then return to level.',
      ],
      cautions: [
        'Keep the backward tilt small and stop at once if you feel dizzy, your vision changes or you feel unwell.',
        "Do not do this stretch after a recent neck injury without a clinician's advice.",
      ],
    },
    selfPressure: {
      name: 'Light fingertip pressure under the chin',
      steps: [
        'Sit with the head slightly tipped back and the teeth apart.',
        'Place a fingertip under the chin, a finger width to one side of the midline, just behind the jawbone.',
        'Press gently upward on a tender spot for 10 to 20 seconds, then release.',
        'Leave the back belly, behind the angle of the jaw, to a clinician.',
      ],
      cautions: [
        'Press only under the chin; the area behind the angle of the jaw holds large blood vessels and nerves.',
        'A lump under the jaw or in the neck, or pain with fever, needs a doctor rather than massage.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'Only the front belly, under the chin, with light pressure.' },
    { id: 'posture', note: 'Bringing the head back over the shoulders.' },
    { id: 'relaxation_meditation', note: 'Easing clenching and mouth breathing.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection', note: 'Needs care near the vessels of the neck, especially for the back belly.' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the digastric muscle; pain-pattern figure, p. 398' },
    {
      source: 'kalladka_2020_anterior_digastric_toothache',
      locator: 'single case: lower front tooth pain referred from the front belly, relieved by injecting it',
    },
    {
      source: 'kim_2021_posterior_digastric_throat',
      locator: 'single case: lump-in-the-throat feeling relieved by injecting the back belly',
    },
  ],
  uncertain:
    'Digastric trigger points are described mainly from clinical observation in Travell and Simons. Two case reports add some support: in 2020, pain in the lower front teeth traced to the front belly and relieved by injecting it, and in 2021, a lump-in-the-throat feeling relieved by injecting the back belly. No controlled study or referral map was found, and the pain around the bump behind the ear rests on Travell and Simons alone.',
} as const satisfies Muscle
