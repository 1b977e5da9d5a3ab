/** Coracobrachialis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const coracobrachialis = {
  name: 'Coracobrachialis',
  latin: 'Musculus coracobrachialis',
  synonyms: ['coracobrachial muscle'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Coracobrachialis', fma: { left: 'FMA37666', right: 'FMA37665' } }],
  attachments: {
    origin:
      'The tip of the coracoid process, the small hook of the shoulder blade at the front of the shoulder, together with the short head of the biceps.',
    insertion: 'The inner side of the arm bone about halfway down (medial surface of the mid-shaft of the humerus).',
  },
  actions: [
    'Raises the arm forward and draws it toward the body.',
    'Helps hold the head of the arm bone in the socket when the arm hangs with a load.',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Coracobrachialis TrP',
      location:
        'High on the inner side of the upper arm, just below the front of the armpit, beside the short head of the biceps and under the shoulder cap and chest muscles.',
      clinicalLocation:
        'Proximal belly just distal to the coracoid, palpated in the axilla with the arm abducted and externally rotated, medial to the short head of the biceps and deep to the anterior deltoid and pectoralis major; the musculocutaneous nerve pierces the muscle and the neurovascular bundle lies medial to it.',
      position: { along: 0.25, around: 0.25 },
      essentialZone: ['anterior_shoulder'],
      spilloverZone: ['upper_arm_posterior', 'forearm_posterior', 'back_of_hand', 'middle_finger'],
    },
  ],
  referredPain:
    'Pain at the front of the shoulder that can continue down the back of the upper arm, the back of the forearm and the back of the hand to the middle finger, often skipping the elbow and the wrist.',
  clinicalSummary:
    'Refers to the anterior deltoid region with a discontinuous extension along the posterior arm, dorsal forearm and dorsum of the hand to the middle finger, characteristically sparing the elbow and wrist. Reaching behind the back and full overhead elevation are painful. Palpate in the axilla medial to the short head of biceps with the arm abducted and externally rotated. Usually involved with the anterior deltoid, biceps short head and pectoralis major; the distal pattern overlaps C7 radiculopathy, and the musculocutaneous nerve may be irritated where it pierces the muscle.',
  symptoms: [
    'Pain at the front of the shoulder ("shoulder pain") that may run down the back of the arm to the middle finger.',
    'Pain when reaching behind the back, for example to tuck in a shirt or fasten a bra.',
    'Difficulty raising the arm fully overhead.',
  ],
  perpetuatingFactors: [
    "Lifting or carrying heavy things at arm's length in front of the body.",
    'Repeated forceful reaching forward and across the body.',
  ],
  associatedMuscles: ['deltoid', 'biceps_brachii', 'pectoralis_major', 'triceps_brachii', 'latissimus_dorsi'],
  selfCare: {
    stretch: {
      name: 'Arm-back stretch at a door frame',
      steps: [
        'Stand beside a door frame with the sore side closest.',
        'Place the forearm of the sore arm against the frame at shoulder height, elbow bent.',
        'Turn your body slowly away from the arm until you feel a stretch at the front of the shoulder and the inner upper arm.',
        'Hold for about 30 seconds while breathing slowly, then turn back.',
      ],
      cautions: [
        'Stop if you feel pinching at the front of the shoulder or tingling into the hand.',
        'After a shoulder dislocation or surgery, ask your clinician first.',
      ],
    },
    selfPressure: {
      name: 'Light thumb pressure below the armpit',
      steps: [
        'Sit with the sore arm resting out to the side on a table, palm up.',
        'Find the front fold of the armpit, then slide the thumb of the other hand just below it onto the inner upper arm, beside the biceps.',
        'Press gently toward the arm bone on a tender spot for 20 to 30 seconds.',
      ],
      cautions: [
        'The main nerves and artery of the arm run right beside this muscle: press toward the bone, lightly, and stop if you feel tingling, numbness or a pulse.',
        'If you cannot find it comfortably, use heat and the stretch and ask a trained clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'Light pressure only, because of the nerves and vessels beside the muscle.' },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing', note: "Carrying loads close to the body rather than at arm's length." },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'Done with care, as the muscle lies beside the main artery and nerves of the arm.',
    },
    { id: 'manual_therapy' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter "Coracobrachialis Muscle"' }],
  uncertain:
    "The pain pattern rests on Travell and Simons' clinical descriptions; a re-check found no study of trigger points in this muscle on its own, and it is hard to reach apart from its neighbours.",
} as const satisfies Muscle
