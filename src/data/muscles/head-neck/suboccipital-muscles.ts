/** Suboccipital muscles: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const suboccipitalMuscles = {
  name: 'Suboccipital muscles',
  latin: 'Musculi suboccipitales',
  synonyms: [
    'suboccipitals',
    'base of skull muscles',
    'rectus capitis posterior major',
    'rectus capitis posterior minor',
    'obliquus capitis inferior',
    'obliquus capitis superior',
  ],
  area: 'head_neck',
  layer: 'deep',
  parts: [
    {
      id: 'rectus_capitis_posterior_major',
      name: 'Rectus capitis posterior major',
      fma: { left: 'FMA32531', right: 'FMA32530' },
    },
    {
      id: 'rectus_capitis_posterior_minor',
      name: 'Rectus capitis posterior minor',
      fma: { left: 'FMA32533', right: 'FMA32532' },
    },
    {
      id: 'obliquus_capitis_inferior',
      name: 'Obliquus capitis inferior',
      fma: { left: 'FMA32537', right: 'FMA32536' },
    },
    {
      id: 'obliquus_capitis_superior',
      name: 'Obliquus capitis superior',
      fma: { left: 'FMA32535', right: 'FMA32534' },
    },
  ],
  attachments: {
    origin:
      'Four small muscles between the top two neck vertebrae and the skull, under the semispinalis capitis. Rectus capitis posterior major: the spine of the second vertebra (C2). Rectus capitis posterior minor: the small bump at the back of the first vertebra (posterior tubercle of C1). Obliquus capitis inferior: the spine of C2. Obliquus capitis superior: the side process (transverse process) of C1.',
    insertion:
      'Rectus capitis posterior major: the outer part of the lower ridge at the back of the skull (inferior nuchal line). Rectus capitis posterior minor: the inner part of the same ridge, next to the midline. Obliquus capitis inferior: the side process of C1 (it is the only one that does not reach the skull). Obliquus capitis superior: the skull between the upper and lower ridges, outside the semispinalis capitis.',
  },
  actions: [
    'Tip the head backward on the top of the neck, as in a small upward nod.',
    'The rectus major and obliquus inferior turn the head to the same side; the obliquus superior tilts it to that side.',
    'Fine-tune and steady the position of the head on the neck.',
  ],
  triggerPoints: [
    {
      id: 'recti',
      label: 'Rectus capitis posterior TrPs',
      location:
        'Deep at the base of the skull, a little to the side of the midline, in the hollow under the bony ridge.',
      clinicalLocation:
        'Rectus capitis posterior major (and minor) between the C2 spinous process and the inferior nuchal line; they lie deep to the semispinalis capitis, so only deep tenderness and referral are felt, not a distinct band. Palpated supine with the fingertips lifting upward into the suboccipital space, the head relaxed.',
      position: { part: 'rectus_capitis_posterior_major', along: 0.6, around: 0 },
      essentialZone: ['occiput', 'temple', 'eye_orbit'],
      spilloverZone: ['forehead'],
    },
    {
      id: 'obliquus_inferior',
      label: 'Obliquus capitis inferior TrP',
      location:
        'Deep in the upper neck, between the bony bump behind the ear and the spine, just below the base of the skull.',
      clinicalLocation:
        'Obliquus capitis inferior, midway between the C2 spinous process and the C1 transverse process, deep to the semispinalis capitis and splenius capitis; deep flat palpation with the head slightly rotated to the same side to slacken the overlying muscles.',
      position: { part: 'obliquus_capitis_inferior', along: 0.5, around: 0 },
      essentialZone: ['occiput', 'temple', 'eye_orbit'],
      spilloverZone: ['forehead'],
    },
  ],
  referredPain:
    'A headache that seems to be inside the head, hard to pin down, reaching from the back of the head along the side of the head to the eye and sometimes the forehead.',
  clinicalSummary:
    'Travell and Simons describe the suboccipital muscles as a group whose TrPs cannot be palpated individually; their referral is a poorly localised, deep headache extending from the occiput over the temporal region to the orbit and sometimes the forehead. In a blinded, controlled pilot study, 65% of people with chronic tension-type headache had active suboccipital TrPs, those with active TrPs reported more intense and frequent headache than those with latent ones, and forward head posture was greater than in controls. Upper cervical flexion (nodding) is restricted and tender. Differentiate from upper cervical joint dysfunction (cervicogenic headache), occipital neuralgia and migraine.',
  symptoms: [
    'Headache at the back of the head that spreads along the side of the head to the temple, the eye and sometimes the forehead.',
    'Eye pain or a deep ache behind the eye as part of the headache.',
    'Tightness at the base of the skull, and nodding the head forward feels restricted.',
    'In a blinded study, most people with chronic tension-type headache had active trigger points in these muscles, and those who did had more intense and more frequent headaches.',
  ],
  perpetuatingFactors: [
    'Forward head posture, which keeps these muscles working to hold the head level.',
    'Looking up for long periods, or glasses (such as bifocals) that make you tip the head back to see.',
    'Cold drafts on the back of the neck when the muscles are tired.',
    'Whiplash or another sudden jolt to the neck.',
  ],
  associatedMuscles: [
    'semispinalis_capitis',
    'splenius_capitis',
    'upper_trapezius',
    'occipitofrontalis',
    'sternocleidomastoid',
  ],
  selfCare: {
    stretch: {
      name: 'Small chin nod',
      steps: [
        'Sit or lie on your back with the head level and the shoulders relaxed.',
        'Draw the chin gently back and down, as if nodding "yes" at the top of the neck only, until you feel a light stretch at the base of the skull.',
        'Hold for 10 to 20 seconds while breathing slowly.',
        'Relax and repeat five times; you can add a slight turn of the face away from the sore side.',
      ],
      cautions: [
        'Keep the movement small and gentle.',
        'Stop if you feel dizzy, your vision changes, or tingling appears in the face or arms.',
        'A sudden, severe or unusual headache, or headache with neck stiffness and fever, needs urgent medical care.',
      ],
    },
    selfPressure: {
      name: 'Resting the skull on two balls',
      steps: [
        'Put two tennis balls in a sock, tied so they sit side by side.',
        'Lie on your back and place the balls under the base of the skull, one on each side of the midline.',
        'Let the weight of the head sink onto them for 1 to 2 minutes while breathing slowly.',
        'Roll the head slightly to one side to favour the sore side, then remove the balls and move the neck gently.',
      ],
      cautions: [
        'Keep the balls under the ridge of the skull, off the bones of the spine.',
        'Use a softer ball or a rolled towel if it brings on the headache.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat at the base of the skull.' },
    { id: 'self_massage_pressure' },
    { id: 'posture', note: 'Bringing the head back over the shoulders so these muscles no longer hold it up.' },
    {
      id: 'ergonomic_workstation',
      note: 'Screen at eye level, and single-distance glasses for screen work if bifocals make you tip the head back.',
    },
    { id: 'supportive_pillow' },
    { id: 'relaxation_meditation' },
    { id: 'manual_therapy', note: "Gentle suboccipital release with the head supported on the clinician's hands." },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the suboccipital muscles; pain-pattern figure, p. 473' },
    { source: 'fernandez_de_las_penas_2006_suboccipital' },
    {
      source: 'fernandez_de_las_penas_2010_tmd_referred_pain',
      locator: 'suboccipital trigger points gave the largest referred-pain areas of the muscles tested',
    },
  ],
  uncertain:
    "These small, deep muscles cannot be felt one by one, so their trigger points are inferred from deep tenderness and referral, and the pain pattern is described for the group. Studies in tension-type headache (2006) and jaw-joint pain (2010) found suboccipital trigger points whose referred pain reproduced the patients' head pain, which supports the group pattern but not that of any single muscle.",
} as const satisfies Muscle
