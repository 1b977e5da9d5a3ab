/** Serratus posterior superior: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const serratusPosteriorSuperior = {
  name: 'Serratus posterior superior',
  latin: 'Musculus serratus posterior superior',
  synonyms: ['upper serratus posterior', 'superior posterior serratus'],
  area: 'shoulder_upper_back',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Serratus posterior superior', fma: { left: 'FMA13404', right: 'FMA13403' } }],
  attachments: {
    origin:
      'The lower end of the ligament at the back of the neck and the spines of the lowest neck and upper thoracic vertebrae (nuchal ligament and spinous processes of C7 to T2 or T3).',
    insertion:
      'The upper borders and back surfaces of the second to fifth ribs, just outside their angles, under the upper part of the shoulder blade.',
  },
  actions: ['Lifts the upper ribs; it is traditionally said to help breathing in, though its real role is debated.'],
  triggerPoints: [
    {
      id: 'under_scapula',
      label: 'Serratus posterior superior TrP',
      location:
        'Deep under the upper part of the shoulder blade, over the ribs. It can only be felt when the shoulder blade is drawn away from the spine, by crossing the arms in front and leaning forward.',
      clinicalLocation:
        'Over the 2nd to 4th ribs beneath the superior portion of the scapula, deep to the rhomboids and trapezius; palpable only with the scapula fully abducted (seated, arms crossed, trunk flexed), pressing through the overlying muscles against a rib.',
      position: { along: 0.75, around: 0 },
      essentialZone: ['scapula_body'],
      spilloverZone: ['posterior_shoulder', 'upper_arm_posterior', 'olecranon', 'forearm_posterior', 'little_finger'],
    },
  ],
  referredPain:
    'A deep, steady ache under the upper part of the shoulder blade, which may spread to the back of the shoulder, down the back of the arm to the point of the elbow, along the little-finger side of the forearm and hand, and into the little finger.',
  clinicalSummary:
    'Refers a deep ache beneath the superior scapula, with spillover to the posterior deltoid, over the triceps to the olecranon, along the ulnar forearm and hand, and into the little finger. The trigger point lies over the upper ribs under the scapula and is found only with the scapula fully abducted; lying on it and lifting with the arms forward aggravate the ache. The distal pattern overlaps C8 radiculopathy, thoracic outlet syndrome and ulnar neuropathy, which need a neurological examination, and the scapular ache overlaps scalene and rhomboid referral.',
  symptoms: [
    'A deep, constant ache under the upper shoulder blade, often present at rest.',
    'Pain running down the back of the arm to the elbow and along the little-finger side of the hand into the little finger.',
    'The ache gets worse lying on the back on the sore spot, or lifting things with the arms out in front.',
  ],
  perpetuatingFactors: [
    'Breathing mainly with the upper chest, as during asthma attacks or a long-lasting cough.',
    'Lifting and reaching forward with the arms for long periods.',
  ],
  associatedMuscles: ['scalenes', 'rhomboids', 'middle_trapezius', 'levator_scapulae'],
  selfCare: {
    stretch: {
      name: 'Self-hug with slow breathing',
      steps: [
        'Sit tall and cross your arms, taking hold of the opposite shoulder blades as if hugging yourself.',
        'Round your upper back and let your head drop forward gently, so the shoulder blades slide apart.',
        'Breathe slowly into the back of your upper ribs.',
        'Hold for about 30 seconds, then sit up slowly.',
      ],
      cautions: [
        'The muscle itself is hard to stretch; this mainly moves the shoulder blades aside and relaxes the area.',
        'Keep it gentle if you have osteoporosis or a recent rib injury.',
      ],
    },
    selfPressure: {
      name: 'Ball under the upper shoulder blade',
      steps: [
        'Stand with your back to a wall, a tennis ball between the wall and your upper back, beside the spine at the level of the top of the shoulder blade.',
        'Cross your arms and hug yourself to pull the shoulder blade out of the way.',
        'Lean gently into a tender spot over a rib for 30 to 60 seconds.',
        'Shift a little and repeat.',
      ],
      cautions: [
        'Keep the ball off the spine itself.',
        'Use light pressure over the ribs if you have osteoporosis or a past rib fracture.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'relaxation_meditation', note: 'Practising slow breathing with the belly rather than the upper chest.' },
    { id: 'posture' },
    { id: 'therapeutic_massage' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'Only with the shoulder blade drawn aside and the needle aimed at a rib, because the lung lies just beneath.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Serratus Posterior Superior Muscle"' },
    {
      source: 'vilensky_2001_serratus_posterior',
      locator: 'review: implicated in myofascial pain; no evidence for a breathing role, some EMG data against it',
    },
    {
      source: 'loukas_2008_serratus_posterior_anatomy',
      locator: 'cadaver study (50 bodies, 18 with COPD): no breathing role supported',
    },
  ],
  uncertain:
    "Little beyond Travell and Simons' clinical descriptions addresses this muscle's trigger points: a 2001 anatomical review notes that it has been implicated in myofascial pain but reports no study of its pattern. That review and a 2008 cadaver study find no support for the textbook role in breathing. The muscle lies under the shoulder blade and cannot be examined without moving the blade aside.",
} as const satisfies Muscle
