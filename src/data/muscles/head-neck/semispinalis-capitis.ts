/** Semispinalis capitis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const semispinalisCapitis = {
  name: 'Semispinalis capitis',
  latin: 'Musculus semispinalis capitis',
  synonyms: ['semispinalis', 'posterior cervical muscle', 'back of neck muscle'],
  area: 'head_neck',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Semispinalis capitis', fma: { left: 'FMA22877', right: 'FMA22876' } }],
  attachments: {
    origin:
      'The tips of the side processes (transverse processes) of the upper six or seven thoracic vertebrae and the lowest neck vertebra, and the joint processes of the middle neck vertebrae (about C4 to C6).',
    insertion:
      'The back of the skull between the upper and lower bony ridges (superior and inferior nuchal lines), close to the midline. It forms the thick rope of muscle on each side of the spine at the back of the neck.',
  },
  actions: ['Bends the head and neck backward.', 'One side helps tilt the head to the same side.'],
  triggerPoints: [
    {
      id: 'upper_neck',
      label: 'Upper neck TrP (TrP2)',
      location: 'In the thick muscle beside the spine, two to four centimetres below the base of the skull.',
      clinicalLocation:
        'Mid-cervical portion at about the C2 level, 2-4 cm caudal to the occiput, in the paraspinal column beside the spinous processes; flat palpation through the upper trapezius and splenius capitis against the laminae.',
      position: { along: 0.8, around: 0 },
      essentialZone: ['occiput'],
      spilloverZone: ['head_vertex'],
    },
    {
      id: 'below_occiput',
      label: 'Below the skull TrP (TrP3)',
      location: 'Just below the bony ridge at the base of the skull, a little to the side of the midline.',
      clinicalLocation:
        'Near the occipital attachment, just caudal to the superior nuchal line and lateral to the midline; flat palpation upward against the occiput. The greater occipital nerve usually pierces the muscle near here.',
      position: { along: 0.95, around: 0 },
      essentialZone: ['temple', 'forehead'],
      spilloverZone: ['occiput', 'eye_orbit'],
    },
  ],
  referredPain:
    'The point in the upper neck sends pain up over the back of the head toward the top. The point just below the skull sends pain in a band around the side of the head, strongest at the temple and over the eye.',
  clinicalSummary:
    'Travell and Simons group the semispinalis capitis with the posterior cervical muscles: a TrP 2-4 cm below the occiput refers over the occiput toward the vertex, and one just below the superior nuchal line refers as a hemicranial band most intense in the temple and above the eye. Because the greater occipital nerve usually pierces this muscle, a taut band can entrap it, adding numbness, tingling or burning over the occipital scalp. Neck flexion is limited and painful. Differentiate from occipital neuralgia of other cause, cervicogenic headache from the upper cervical joints, and tension-type headache.',
  symptoms: [
    'Headache at the back of the head or as a band around the side of the head to the temple and over the eye.',
    'Numbness, tingling or burning over the back of the scalp.',
    'Stiff neck, with bending the head forward limited.',
  ],
  perpetuatingFactors: [
    'Forward head posture, and long periods of reading or screen work with the head bent forward.',
    'Looking up for long periods, or glasses that make you tip the head back.',
    'Sleeping with the neck bent forward on a high pillow.',
    'Whiplash, and cold drafts on the back of the neck.',
  ],
  associatedMuscles: [
    'semispinalis_cervicis',
    'splenius_capitis',
    'suboccipital_muscles',
    'upper_trapezius',
    'occipitofrontalis',
  ],
  selfCare: {
    stretch: {
      name: 'Seated chin-tuck and nod',
      steps: [
        'Sit upright with the shoulders relaxed.',
        'Draw the chin gently back, as if making a double chin, keeping the eyes level.',
        'Then nod the head forward and let the chin drop toward the chest.',
        'Rest both hands on the back of the head for light extra weight only, and hold for about 30 seconds while breathing slowly.',
        'Come back up slowly with the hands supporting the head.',
      ],
      cautions: [
        'Stop if you feel tingling into the arms, dizziness or sharp pain.',
        'After a recent neck injury, ask a clinician before stretching.',
      ],
    },
    selfPressure: {
      name: 'Ball under the back of the neck',
      steps: [
        'Lie on your back with a tennis ball in a sock under the thick muscle beside the spine, just below the skull.',
        'Let the head rest on it and roll slightly to find a tender spot.',
        'Hold for 30 to 60 seconds while breathing slowly.',
        'Move the ball down the side of the neck in small steps and repeat.',
      ],
      cautions: [
        'Keep the ball on the muscle beside the spine, not on the bones of the spine.',
        'Numbness or tingling that persists, or headache that is new, severe or different, needs a clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat on the back of the neck.' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'posture', note: 'Keeping the head back over the shoulders when reading or at a screen.' },
    {
      id: 'ergonomic_workstation',
      note: 'Screen at eye level and reading material raised, so the head is neither bent nor tipped back.',
    },
    { id: 'supportive_pillow', note: 'One pillow that keeps the neck level.' },
    { id: 'spray_and_stretch' },
    { id: 'manual_therapy' },
    { id: 'dry_needling' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the posterior cervical muscles; pain-pattern figure, p. 447',
    },
    {
      source: 'karadas_2013_pericranial_lidocaine',
      locator:
        'randomised trial in tension-type headache: semispinalis capitis trigger points injected together with six other head and neck muscles',
    },
  ],
  uncertain:
    'The back-of-the-neck muscles lie in layers that cannot be told apart reliably by touch, so which of them holds a given trigger point is approximate. A 2013 randomised trial in tension-type headache injected semispinalis capitis trigger points together with six other head and neck muscles, with benefit over salt water, but no study was found that examined this muscle on its own or mapped its referral.',
} as const satisfies Muscle
