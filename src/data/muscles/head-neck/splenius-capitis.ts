/** Splenius capitis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const spleniusCapitis = {
  name: 'Splenius capitis',
  latin: 'Musculus splenius capitis',
  synonyms: ['splenius', 'back of neck muscle'],
  area: 'head_neck',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Splenius capitis', fma: { left: 'FMA22729', right: 'FMA22728' } }],
  attachments: {
    origin:
      'Lower half of the ligament at the back of the neck and the spines of the lowest neck and top thoracic vertebrae (about C7 to T3).',
    insertion:
      'The bony bump behind the ear (mastoid process) and the outer part of the ridge at the back of the skull.',
  },
  actions: [
    'One side turns the face to the same side and tilts the head back and to that side.',
    'Both sides together tip the head and neck backward.',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Splenius capitis TrP',
      location:
        'High on the back of the neck, a little below and behind the bony bump behind the ear, in the small gap between the SCM in front and the upper trapezius behind.',
      clinicalLocation:
        'Upper splenius capitis a few centimetres caudal to the mastoid process, in the small muscular triangle bounded by the SCM anteriorly and the upper trapezius posteriorly, where it is covered only by skin and fascia; flat palpation against the deeper semispinalis capitis with the head slightly extended.',
      position: { along: 0.8, around: 0 },
      essentialZone: ['head_vertex'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain at the top of the head on the same side.',
  clinicalSummary:
    'Refers to the ipsilateral vertex. Travell and Simons note frequent activation by whiplash and by sustained head-forward or rotated postures; flexion and rotation toward the opposite side are limited and painful. Differentiate from occipital neuralgia, referral from the upper cervical joints and other causes of vertex headache; the upper trapezius, levator scapulae and splenius cervicis are often involved as well.',
  symptoms: [
    'Headache at the top of the head.',
    'Neck stiffness, with turning the head or bending it forward limited by pain.',
  ],
  perpetuatingFactors: [
    'Forward head posture, for example leaning toward a screen.',
    'Keeping the head turned or tilted back for long periods.',
    'Whiplash from a car accident or fall.',
    'Cold drafts on the back of the neck.',
  ],
  associatedMuscles: ['upper_trapezius', 'levator_scapulae', 'sternocleidomastoid'],
  selfCare: {
    stretch: {
      name: 'Chin-to-opposite-chest stretch',
      steps: [
        'Sit upright with your feet flat and shoulders relaxed.',
        'Turn your face slightly away from the sore side.',
        'Let your chin drop toward the opposite side of your chest.',
        'Rest a hand on the back of your head for gentle extra weight only.',
        'Hold for about 30 seconds while breathing slowly, then come up slowly.',
      ],
      cautions: [
        'Stop if you feel tingling into the arms, dizziness or sharp pain.',
        'After a recent neck injury, ask a clinician before stretching.',
      ],
    },
    selfPressure: {
      name: 'Ball under the upper neck',
      steps: [
        'Lie on your back with a tennis ball in a sock placed just below the skull, slightly to the sore side of the spine.',
        'Let the weight of your head rest on the ball and find the tender spot by rolling your head slightly.',
        'Hold for 30 to 60 seconds while breathing slowly.',
        'Remove the ball and move your neck gently afterward.',
      ],
      cautions: [
        'Keep the ball off the spine itself and off the soft area just behind the angle of the jaw.',
        'Use less pressure if the headache flares.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'posture', note: 'Keeping the head back over the shoulders at the screen.' },
    {
      id: 'ergonomic_workstation',
      note: 'Screen straight in front at eye level, so the head is neither turned nor tilted back.',
    },
    { id: 'spray_and_stretch' },
    { id: 'manual_therapy' },
    { id: 'dry_needling' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the splenius capitis and splenius cervicis muscles; pain-pattern figure, p. 433',
    },
  ],
} as const satisfies Muscle
