/** Infraspinatus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const infraspinatus = {
  name: 'Infraspinatus',
  latin: 'Musculus infraspinatus',
  synonyms: ['rotator cuff', 'rotator cuff muscle', 'infraspinous muscle'],
  area: 'shoulder_upper_back',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Infraspinatus', fma: { left: 'FMA32548', right: 'FMA32547' } }],
  attachments: {
    origin: 'The broad hollow of the shoulder blade below its bony spine (infraspinous fossa).',
    insertion:
      'The middle of the bony knob at the upper end of the arm bone (greater tubercle of the humerus) and the shoulder joint capsule.',
  },
  actions: [
    'Turns the arm outward (external rotation).',
    'Holds the ball of the arm bone in the shoulder socket, as part of the rotator cuff.',
  ],
  triggerPoints: [
    {
      id: 'upper_lateral',
      label: 'Upper TrP (middle of the blade)',
      location: 'Just below the bony spine of the shoulder blade, near the middle of its width.',
      clinicalLocation:
        'Upper belly 1 to 2 cm caudal to the scapular spine, near the middle of the infraspinous fossa; flat palpation against the scapula with the patient prone or side-lying and the arm supported.',
      position: { along: 0.45, around: 0 },
      essentialZone: ['anterior_shoulder'],
      spilloverZone: ['upper_arm_anterior', 'upper_arm_lateral', 'forearm_anterior', 'thumb', 'posterior_neck'],
    },
    {
      id: 'upper_medial',
      label: 'Upper TrP (inner part)',
      location: 'Just below the bony spine of the shoulder blade, a little closer to its inner edge.',
      clinicalLocation:
        'Upper belly just caudal to the scapular spine, toward the medial third of the infraspinous fossa; flat palpation against the scapula.',
      position: { along: 0.3, around: 0 },
      essentialZone: ['anterior_shoulder'],
      spilloverZone: ['upper_arm_anterior', 'upper_arm_lateral', 'forearm_anterior', 'thumb', 'posterior_neck'],
    },
    {
      id: 'medial_border',
      label: 'Medial border TrP (less common)',
      location: 'Lower down, close to the inner edge of the shoulder blade.',
      clinicalLocation:
        'Lower medial fibres close to the vertebral border of the scapula; flat palpation against the scapula.',
      position: { along: 0.08, around: 0 },
      essentialZone: ['scapula_medial_border'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'Pain deep in the front of the shoulder joint, spreading down the front and outer side of the upper arm and sometimes the forearm to the thumb side of the hand; occasionally to the back of the neck. The less common point near the inner edge of the shoulder blade refers along that edge.',
  clinicalSummary:
    'Refers deep into the anterior shoulder (glenohumeral region), spilling down the anterolateral arm and radial forearm to the radial hand, occasionally to the suboccipital region; the less common medial-border trigger point refers along the vertebral border of the scapula. Internal rotation with adduction (hand behind the back) and reaching to the back of the head are limited, and lying on either side is uncomfortable. The anterior referral is often taken for glenohumeral, bicipital or subacromial disease, and the distal pattern for C5 to C6 radiculopathy or carpal tunnel syndrome: about a third of patients referred for suspected carpal tunnel syndrome had infraspinatus trigger points, more often when nerve conduction was normal. In a large retrospective series, pain was lower two weeks after trigger point injection; in chronic shoulder pain, infraspinatus trigger points were among the most prevalent.',
  symptoms: [
    'Deep pain in the front of the shoulder, though the trigger point is on the back of the shoulder blade.',
    'Difficulty reaching behind the back: fastening a bra, tucking in a shirt, reaching a back pocket.',
    'Difficulty reaching to the back of the head to comb or wash the hair.',
    'Being unable to sleep on the painful side, and sometimes on the other side.',
    'Shoulder fatigue and a weaker grip.',
    'Aching toward the thumb side of the hand that can be taken for carpal tunnel trouble: about a third of people sent for carpal tunnel tests had trigger points in this muscle.',
    'In a large clinical series, trigger points here were often several and near the centre of the muscle, and the commonest spread of pain was to the front and outer upper arm.',
  ],
  perpetuatingFactors: [
    'Reaching backward and up repeatedly, for example to a bedside table or the back seat of a car.',
    'Sudden overload, such as catching yourself in a fall or a strong tennis stroke.',
    'Lying on the affected shoulder.',
  ],
  associatedMuscles: ['supraspinatus', 'deltoid', 'biceps_brachii', 'pectoralis_major'],
  selfCare: {
    stretch: {
      name: 'Arm-across-the-chest and behind-the-back stretch',
      steps: [
        'Stand or sit tall with the shoulder relaxed.',
        'Bring the arm of the sore side across your chest.',
        'With the other hand at the elbow, draw the arm gently closer to the chest and hold for about 30 seconds.',
        'Then place the back of the same hand on your lower back and slide it gently upward, holding for about 30 seconds.',
      ],
      cautions: [
        'Keep the shoulder blade relaxed and stop at a comfortable stretch.',
        'Stop if you feel pinching at the front of the shoulder or pain that runs down the arm.',
      ],
    },
    selfPressure: {
      name: 'Tennis ball on the shoulder blade',
      steps: [
        'Lie on your back, or stand with your back to a wall, with a tennis ball under the shoulder blade just below its bony spine.',
        'Roll slowly to find a tender spot, which may send pain into the front of the shoulder.',
        'Hold your weight on it for 30 to 60 seconds, until the tenderness eases.',
        'Shift to the next tender spot across the blade and repeat.',
      ],
      cautions: [
        'Start with the wall if the floor is too strong.',
        'Keep the pressure to a tolerable ache, not sharp pain.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    {
      id: 'self_massage_pressure',
      note: 'A ball on the back of the shoulder blade; the pain is felt in front but the source is behind.',
    },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'supportive_pillow',
      note: 'When lying on the good side, a pillow hugged in front keeps the sore arm from falling across the body.',
    },
    {
      id: 'trigger_point_injection',
      note: 'In a review of about 300 patients, pain was lower two weeks after a first trigger point injection in this muscle.',
    },
    {
      id: 'physical_therapy',
      note: 'In a trial, weekly treatment of shoulder trigger points with compression, stretching and cold, plus home stretching and posture advice, improved chronic shoulder pain more than waiting.',
    },
    { id: 'spray_and_stretch' },
    { id: 'dry_needling' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Infraspinatus Muscle"; pain-pattern figure, p. 553' },
    { source: 'kwon_2017_infraspinatus' },
    { source: 'bron_2011_shoulder_prevalence' },
    { source: 'bron_2011_shoulder_trial' },
    { source: 'qerama_2009_infraspinatus_carpal_tunnel' },
  ],
} as const satisfies Muscle
