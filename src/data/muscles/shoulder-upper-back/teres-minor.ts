/** Teres minor: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const teresMinor = {
  name: 'Teres minor',
  latin: 'Musculus teres minor',
  synonyms: ['rotator cuff', 'rotator cuff muscle', 'small round muscle'],
  area: 'shoulder_upper_back',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Teres minor', fma: { left: 'FMA32554', right: 'FMA32553' } }],
  attachments: {
    origin:
      'The upper two-thirds of the outer edge of the shoulder blade, on its back surface (dorsal surface of the lateral border of the scapula).',
    insertion:
      'The lowest facet of the bony knob at the top of the arm bone (inferior facet of the greater tubercle of the humerus) and the back of the shoulder joint capsule.',
  },
  actions: [
    'Turns the arm outward (external rotation), together with the infraspinatus.',
    'Holds the ball of the arm bone in the shoulder socket, as part of the rotator cuff.',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Teres minor TrP',
      location:
        'On the back of the shoulder blade close to its outer edge, about halfway up, between the infraspinatus above and the teres major below. It is easiest to find lying on the other side with the sore arm resting forward.',
      clinicalLocation:
        'Mid-belly of the teres minor along the lateral border of the scapula, cranial to the teres major and partly under the posterior deltoid; flat palpation against the scapula or pincer palpation, with the patient side-lying and the arm flexed and adducted across the trunk.',
      position: { along: 0.45, around: 0 },
      essentialZone: ['posterior_shoulder'],
      spilloverZone: ['upper_arm_posterior'],
    },
  ],
  referredPain:
    'A deep, sharply localised ache at the back of the shoulder cap, just above where the shoulder muscle attaches to the arm bone, which people often describe as feeling like bursitis. It can spread a little down the back of the upper arm.',
  clinicalSummary:
    'Refers a circumscribed, deep pain to the posterior deltoid region proximal to the deltoid tuberosity, which patients liken to subdeltoid bursitis; the complaint is pain rather than loss of motion. Teres minor trigger points usually accompany infraspinatus trigger points and often become apparent only after the infraspinatus has been treated. Examine side-lying with the arm flexed, palpating along the lateral scapular border between the infraspinatus and the teres major; distinguish from subdeltoid bursitis and posterior cuff tendinopathy.',
  symptoms: [
    'Deep, localised pain at the back of the shoulder ("shoulder pain"), often taken for bursitis.',
    'Pain rather than stiffness: the arm usually still moves fully.',
    'The pain may only stand out once the larger infraspinatus next to it has been treated, because the two usually work and hurt together.',
    'In a study of people with chronic shoulder pain, trigger points in the shoulder-girdle muscles were common.',
  ],
  perpetuatingFactors: [
    'Reaching up and backward repeatedly, or holding the arm raised and turned outward.',
    'Sudden overload, such as catching yourself in a fall.',
    'Lying on the affected shoulder.',
  ],
  associatedMuscles: ['infraspinatus', 'teres_major', 'deltoid', 'supraspinatus'],
  selfCare: {
    stretch: {
      name: 'Arm-across-the-chest stretch',
      steps: [
        'Stand or sit tall with the shoulder relaxed.',
        'Bring the arm of the sore side across your chest at shoulder height.',
        'With the other hand at the back of the elbow, draw the arm gently closer to the chest.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Keep the shoulder blade relaxed and stop at a comfortable stretch.',
        'Stop if you feel pinching at the front of the shoulder.',
      ],
    },
    selfPressure: {
      name: 'Ball at the outer edge of the shoulder blade',
      steps: [
        'Stand with your back to a wall, or lie on your back, with a tennis ball at the outer edge of the shoulder blade, about halfway up.',
        'Let the arm hang or rest across your body so the muscle relaxes.',
        'Lean into a tender spot for 30 to 60 seconds, until the tenderness eases.',
        'Move the ball a little up or down along the edge and repeat.',
      ],
      cautions: [
        'Keep the pressure to a tolerable ache, not sharp pain.',
        'Keep the ball on the shoulder blade, not in the hollow of the armpit.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'A ball against a wall at the outer edge of the shoulder blade.' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'supportive_pillow',
      note: 'When lying on the good side, a pillow hugged in front stops the sore arm falling across the body.',
    },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'dry_needling' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Teres Minor Muscle"' },
    { source: 'bron_2011_shoulder_prevalence' },
  ],
} as const satisfies Muscle
