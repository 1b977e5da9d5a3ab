/** Supraspinatus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const supraspinatus = {
  name: 'Supraspinatus',
  latin: 'Musculus supraspinatus',
  synonyms: ['rotator cuff', 'rotator cuff muscle', 'supraspinous muscle'],
  area: 'shoulder_upper_back',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Supraspinatus', fma: { left: 'FMA32545', right: 'FMA32544' } }],
  attachments: {
    origin: 'The hollow of the shoulder blade above its bony spine (supraspinous fossa).',
    insertion:
      'The top of the bony knob at the upper end of the arm bone (greater tubercle of the humerus) and the shoulder joint capsule.',
  },
  actions: [
    'Starts and assists raising the arm out to the side.',
    'Holds the ball of the arm bone in the shoulder socket, as part of the rotator cuff.',
    'Stops the arm bone slipping down when carrying a load in the hand.',
  ],
  triggerPoints: [
    {
      id: 'medial',
      label: 'Belly TrP',
      location:
        'In the hollow just above the bony spine of the shoulder blade, under the trapezius, toward its inner part.',
      clinicalLocation:
        'Medial belly in the supraspinous fossa just above the scapular spine, deep to the trapezius; firm flat palpation through the trapezius against the floor of the fossa.',
      position: { along: 0.35, around: 0 },
      essentialZone: ['lateral_shoulder_deltoid'],
      spilloverZone: ['upper_arm_lateral', 'lateral_elbow', 'forearm_posterior'],
    },
    {
      id: 'lateral',
      label: 'Lateral TrP',
      location:
        'Toward the outer end of the muscle, in the angle between the collarbone and the bony spine of the shoulder blade.',
      clinicalLocation:
        'Lateral belly near the musculotendinous junction, in the angle between the clavicle and the scapular spine just medial to the acromion; deep pressure through the trapezius. The tendon itself can be palpated below the anterior acromion with the arm internally rotated behind the back.',
      position: { along: 0.75, around: 0 },
      essentialZone: ['lateral_shoulder_deltoid'],
      spilloverZone: ['upper_arm_lateral'],
    },
  ],
  referredPain:
    'A deep ache in the middle of the shoulder (over the middle deltoid) that can run down the outer arm and forearm, sometimes centring on the outer elbow.',
  clinicalSummary:
    'Refers a deep ache to the mid-deltoid region that can extend along the lateral arm and forearm, sometimes concentrating at the lateral epicondyle. Abduction is painful and weak, and the ache may be present at rest and at night. Differential: rotator cuff tendinopathy or tear (after trauma, or with marked weakness), subacromial bursitis, C5 to C6 radiculopathy and suprascapular neuropathy. Supraspinatus trigger points are common in chronic shoulder pain, and in a small blinded study of shoulder impingement active supraspinatus trigger points were the most frequent (about two patients in three).',
  symptoms: [
    'Deep shoulder ache when raising the arm to the side, and sometimes at rest or at night.',
    'Difficulty reaching overhead, for example to comb the hair.',
    'Weakness when lifting the arm away from the body.',
    'In a study of people with chronic shoulder pain, trigger points in shoulder-girdle muscles were common.',
    'In a small study of people with shoulder impingement, active trigger points in this muscle were the most frequent.',
  ],
  perpetuatingFactors: [
    'Carrying heavy bags or cases with the arm hanging down.',
    'Walking a dog that pulls on the lead.',
    'Working with the arms raised above shoulder height for long periods.',
  ],
  associatedMuscles: ['infraspinatus', 'upper_trapezius', 'deltoid'],
  selfCare: {
    stretch: {
      name: 'Arm-behind-the-back stretch',
      steps: [
        'Stand or sit tall.',
        'Place the back of the hand of the sore side against your lower back.',
        'With the other hand, take hold of that wrist and draw it gently toward the opposite hip.',
        'Hold for about 30 seconds while breathing slowly.',
        'Release slowly.',
      ],
      cautions: [
        'Stop if you feel pinching or sharp pain in the front of the shoulder.',
        'After a recent fall or injury, or with a very weak arm, see a clinician first: the tendon may be torn.',
      ],
    },
    selfPressure: {
      name: 'Pressure above the shoulder blade spine',
      steps: [
        'Find the bony spine of the shoulder blade with the fingers of the opposite hand.',
        'Move your fingers just above it into the hollow.',
        'Press through the overlying muscle onto tender spots for 20 to 30 seconds.',
        'Or lean back against a ball on a wall, or use a hooked massage tool, to reach the spot without straining.',
      ],
      cautions: [
        'The muscle lies deep under the trapezius: firm, steady pressure works better than rubbing.',
        'Keep the pressure tolerable.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Breaking up overhead work, and carrying loads close to the body or in both hands.' },
    { id: 'ergonomic_workstation', note: 'Work surfaces low enough that the arms are not held raised.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'physical_therapy' },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Supraspinatus Muscle"; pain-pattern figure, p. 539' },
    { source: 'bron_2011_shoulder_prevalence' },
    { source: 'hidalgo_lozano_2010_shoulder_impingement' },
  ],
} as const satisfies Muscle
