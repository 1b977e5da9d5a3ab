/** Splenius cervicis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const spleniusCervicis = {
  name: 'Splenius cervicis',
  latin: 'Musculus splenius cervicis',
  synonyms: ['splenius colli', 'splenius', 'back of neck muscle'],
  area: 'head_neck',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Splenius cervicis', fma: { left: 'FMA22727', right: 'FMA22726' } }],
  attachments: {
    origin: 'The spines of the upper thoracic vertebrae, about T3 to T6, below and beside the splenius capitis.',
    insertion:
      'After running up and outward under the splenius capitis: the back of the side processes (posterior tubercles of the transverse processes) of the top two or three neck vertebrae (C1 to C3), beside the levator scapulae.',
  },
  actions: [
    'One side turns the neck to the same side and bends it to that side.',
    'Both sides together bend the neck backward.',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Upper TrP',
      location:
        'High at the side of the back of the neck, under the other neck muscles, about level with the angle of the jaw.',
      clinicalLocation:
        'Upper portion near its insertions at about the C2-C3 level, deep to the upper trapezius and levator scapulae; flat palpation from posterolaterally, pressing medially toward the transverse processes.',
      position: { along: 0.85, around: 0 },
      essentialZone: ['eye_orbit'],
      spilloverZone: ['occiput'],
    },
    {
      id: 'lower',
      label: 'Lower TrP',
      location: 'At the base of the neck where it meets the shoulder, under the upper trapezius.',
      clinicalLocation:
        'Lower portion near the angle of the neck at about the C7 level, deep to the upper trapezius; flat palpation through the trapezius toward the spine.',
      position: { along: 0.45, around: 0 },
      essentialZone: ['posterior_neck', 'upper_shoulder_top'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'The upper point sends a diffuse ache through the inside of the head that gathers behind the eye on the same side, sometimes reaching the back of the head. The lower point sends pain to the angle where the neck meets the shoulder.',
  clinicalSummary:
    'Travell and Simons describe an upper splenius cervicis TrP referring diffusely through the cranium to focus behind the ipsilateral eye, sometimes to the occiput, occasionally with blurred vision in that eye; a lower TrP refers to the angle of the neck. Neck rotation to the same side and flexion are limited and painful, producing a stiff neck. Differentiate from cervical facet and disc pain, occipital neuralgia, and ocular or orbital disease.',
  symptoms: [
    'Stiff neck, with turning the head painful or limited.',
    'Headache behind the eye (eye pain) that feels as if it is inside the head.',
    'Blurred vision in the eye on the same side, without an eye problem.',
    'Pain at the base of the neck.',
  ],
  perpetuatingFactors: [
    'Forward head posture and leaning toward a screen.',
    'Keeping the head turned to one side for long periods.',
    'Whiplash or another sudden jolt to the neck.',
    'Cold drafts on the back of the neck when the muscles are tired.',
  ],
  associatedMuscles: ['splenius_capitis', 'levator_scapulae', 'upper_trapezius', 'semispinalis_cervicis'],
  selfCare: {
    stretch: {
      name: 'Chin-to-opposite-chest stretch',
      steps: [
        'Sit upright and hold the chair seat with the hand of the sore side.',
        'Turn the face slightly away from the sore side.',
        'Let the chin drop toward the opposite side of the chest.',
        'Rest the other hand on the back of the head for gentle extra weight only.',
        'Hold for about 30 seconds while breathing slowly, then come back up with the hand supporting the head.',
      ],
      cautions: [
        'Stop if you feel tingling into the arms, dizziness or sharp pain.',
        'After a recent neck injury, ask a clinician before stretching.',
      ],
    },
    selfPressure: {
      name: 'Ball against the wall at the base of the neck',
      steps: [
        'Stand with your back to a wall and place a tennis ball between the wall and the back of the neck just beside the spine, at the base of the neck.',
        'Bend the knees a little to roll the ball to a tender spot.',
        'Lean into it gently for 30 to 60 seconds, until the tenderness eases.',
        'Move up the side of the spine in small steps, staying on the muscle beside the bone.',
      ],
      cautions: [
        'Keep the ball off the spine itself and off the side and front of the neck.',
        'Use less pressure if it brings on the headache.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat on the back of the neck before stretching.' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'posture', note: 'Keeping the head back over the shoulders.' },
    { id: 'ergonomic_workstation', note: 'Screen straight in front at eye level.' },
    { id: 'supportive_pillow' },
    { id: 'spray_and_stretch' },
    { id: 'manual_therapy' },
    { id: 'dry_needling' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the splenius capitis and splenius cervicis muscles; pain-pattern figure, p. 433',
    },
    {
      source: 'cerezo_tellez_2016_neck_pain_trigger_points',
      locator: '224 people with chronic neck pain: active splenius cervicis trigger points in about 63%',
    },
  ],
  uncertain:
    "A 2016 study of 224 people with chronic neck pain found active splenius cervicis trigger points in about six in ten, which supports the muscle as a common source of neck pain; but it lies under several other neck muscles, so its trigger points are hard to tell apart by touch, and the pain behind the eye rests on Travell and Simons' clinical observation alone.",
} as const satisfies Muscle
