/** Occipitofrontalis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const occipitofrontalis = {
  name: 'Occipitofrontalis',
  latin: 'Musculus occipitofrontalis',
  synonyms: ['frontalis', 'occipitalis', 'epicranius', 'forehead muscle', 'scalp muscle'],
  area: 'head_neck',
  layer: 'superficial',
  parts: [
    { id: 'frontalis', name: 'Frontal belly (frontalis)' },
    { id: 'occipitalis', name: 'Occipital belly (occipitalis)' },
  ],
  attachments: {
    origin:
      'Frontalis: a thin, broad sheet that starts from the tendon sheet over the top of the skull (epicranial aponeurosis) at about the hairline, on each side of the midline. Occipitalis: a smaller, thin, quadrilateral sheet from the outer two-thirds of the upper ridge at the back of the skull (superior nuchal line) and the nearby mastoid part of the temporal bone, much shorter than the frontal belly.',
    insertion:
      'Frontalis: runs down over the forehead, with no bony attachment, into the skin of the eyebrows and the root of the nose, blending with the orbicularis oculi. Occipitalis: runs up into the back edge of the same tendon sheet over the skull (epicranial aponeurosis).',
  },
  actions: [
    'The frontal belly raises the eyebrows and wrinkles the forehead.',
    'The occipital belly anchors and pulls the scalp backward, working with the frontal belly.',
  ],
  triggerPoints: [
    {
      id: 'frontalis',
      label: 'Frontalis TrP',
      location: 'In the lower forehead, just above the inner half of the eyebrow.',
      clinicalLocation:
        'Frontal belly, medial portion, a little above the eyebrow; flat palpation across the vertical fibres against the frontal bone.',
      position: { part: 'frontalis', along: 0.75, around: 0 },
      essentialZone: ['forehead'],
      spilloverZone: [],
    },
    {
      id: 'occipitalis',
      label: 'Occipitalis TrP',
      location:
        'At the back of the head, above the bony ridge where the neck muscles end, about two to three finger widths from the midline.',
      clinicalLocation:
        'Occipital belly, lateral to the midline just above the superior nuchal line; flat palpation against the occipital bone.',
      position: { part: 'occipitalis', along: 0.5, around: 0 },
      essentialZone: ['occiput', 'eye_orbit'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'The forehead part sends pain up over the forehead on the same side. The back part sends pain over the back and side of the head and deep behind the eye.',
  clinicalSummary:
    'Frontalis TrPs refer locally, upward over the ipsilateral forehead; occipitalis TrPs refer diffusely over the lateral and posterior cranium and intensely into the orbit. Patients with occipitalis TrPs may find the pressure of the head on a pillow unbearable. Frontalis TrPs are often satellites of TrPs in the clavicular division of the SCM; occipitalis TrPs accompany posterior cervical TrPs. Differentiate from tension-type headache, migraine, supraorbital and occipital neuralgia, and ocular causes of eye pain.',
  symptoms: [
    'Headache over the forehead.',
    'Headache at the back of the head with a deep ache behind the eye (eye pain).',
    'Lying on the back of the head on a pillow is painful.',
  ],
  perpetuatingFactors: [
    'Habitually raising the eyebrows or frowning, for example when worried or concentrating.',
    'Eye strain and squinting, for example from glasses that no longer suit or glare.',
    'Trigger points in the SCM (forehead part) or in the back-of-the-neck muscles (back part), which can set these off.',
  ],
  associatedMuscles: ['sternocleidomastoid', 'semispinalis_capitis', 'suboccipital_muscles', 'temporalis'],
  selfCare: {
    stretch: {
      name: 'Scalp gliding',
      steps: [
        'Sit comfortably and spread the fingertips of both hands on the scalp, the forehead part just above the eyebrows or the back part above the bony ridge at the back of the head.',
        'Press just firmly enough that the skin moves with the fingers, not over them.',
        'Slide the scalp slowly over the skull, up and down and then side to side, holding each end for a few seconds.',
        'Let the face go soft and the eyebrows drop while you work; continue for a minute or two.',
      ],
      cautions: [
        'A sudden, severe or unusual headache, or headache with fever, confusion or weakness, needs urgent medical care.',
        'Skip areas of broken or inflamed skin.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure on the forehead and back of the head',
      steps: [
        'Find the tender spot above the inner eyebrow, or at the back of the head above the bony ridge, with the fingertips.',
        'Press gently and hold for 20 to 30 seconds, until the tenderness eases.',
        'Move a little and repeat on the next tender spot.',
        'Finish with a minute of scalp gliding and relaxed breathing.',
      ],
      cautions: [
        'Keep the pressure gentle; the scalp lies directly on bone.',
        'Stop if pressure sets off a lasting headache, and ask a clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'relaxation_meditation', note: 'Noticing and letting go of frowning or raised eyebrows.' },
    { id: 'ergonomic_workstation', note: 'Good lighting without glare, and glasses that suit the screen distance.' },
    { id: 'therapeutic_massage' },
    { id: 'dry_needling' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the occipitofrontalis muscle; pain-pattern figure, p. 428',
    },
    {
      source: 'karadas_2013_pericranial_lidocaine',
      locator:
        'randomised trial in tension-type headache: frontalis trigger points injected together with six other head and neck muscles',
    },
  ],
  uncertain:
    'Trigger points in these thin scalp muscles are described mainly from clinical observation in Travell and Simons. A 2013 randomised trial in tension-type headache injected trigger points in the frontalis together with six other head and neck muscles and found lidocaine better than salt water, but it did not test the frontalis on its own or map its referral, and no second source was found for the occipitalis.',
} as const satisfies Muscle
