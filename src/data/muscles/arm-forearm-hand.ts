/**
 * Arm, forearm and hand muscles: trigger points, referred pain and self-care.
 * Trigger-point locations and pain patterns follow Travell & Simons (Vol. 1, 2nd ed.); the
 * page numbers in the locators are those of the book's index of pain-pattern figures.
 * `position.along` runs from the origin (0) to the insertion (1) named in `attachments`.
 */
import type { Muscle } from '../types.ts'

export const armForearmHandMuscles = {
  biceps_brachii: {
    name: 'Biceps brachii',
    latin: 'Musculus biceps brachii',
    synonyms: ['biceps', 'bicep', 'bis'],
    area: 'arm_forearm_hand',
    layer: 'superficial',
    parts: [
      { id: 'long_head', name: 'Long head', fma: { left: 'FMA37687', right: 'FMA37686' } },
      { id: 'short_head', name: 'Short head', fma: { left: 'FMA37685', right: 'FMA37684' } },
    ],
    attachments: {
      origin:
        'Long head: just above the shoulder socket (supraglenoid tubercle), its tendon running over the top of the arm bone. Short head: the coracoid process, the small hook of the shoulder blade at the front of the shoulder.',
      insertion: 'The bump on the upper radius below the elbow (radial tuberosity) and, through a flat band, the fascia of the inner forearm.',
    },
    actions: [
      'Turns the forearm palm up (supination), most strongly with the elbow bent.',
      'Bends the elbow.',
      'Helps raise the arm forward; the long head helps steady the shoulder joint.',
    ],
    triggerPoints: [
      {
        id: 'long_head',
        label: 'Long head TrP',
        location: 'In the lower third of the outer half of the biceps, a few finger widths above the elbow crease.',
        position: { part: 'long_head', along: 0.7, around: 0 },
        essentialZone: ['anterior_shoulder', 'upper_arm_anterior'],
        spilloverZone: ['scapula_body', 'forearm_anterior'],
      },
      {
        id: 'short_head',
        label: 'Short head TrP',
        location: 'In the lower third of the inner half of the biceps, a few finger widths above the elbow crease.',
        position: { part: 'short_head', along: 0.7, around: 0 },
        essentialZone: ['anterior_shoulder', 'upper_arm_anterior'],
        spilloverZone: ['scapula_body', 'forearm_anterior'],
      },
    ],
    referredPain:
      'A superficial ache that travels up over the biceps to the front of the shoulder, sometimes to the top of the shoulder blade and a mild ache in the elbow crease.',
    symptoms: [
      'Aching at the front of the shoulder, often taken for biceps tendinitis.',
      'Pain or weakness when raising the arm above the head.',
      'Pain when turning the palm up against resistance, as with a screwdriver.',
    ],
    perpetuatingFactors: [
      'Lifting or carrying heavy things with the palms up and the elbows bent.',
      'Repeated turning of the forearm, such as using a screwdriver.',
      'A sudden overload, for example a strong backhand stroke.',
    ],
    associatedMuscles: ['deltoid', 'triceps_brachii'],
    selfCare: {
      stretch: {
        name: 'Biceps stretch against a doorframe',
        steps: [
          'Stand beside a doorframe or wall with the sore arm straight out behind you at about shoulder height.',
          'Place the palm against the frame, thumb pointing down, with the elbow straight.',
          'Turn your body slowly away from the arm until you feel a stretch along the front of the arm and shoulder.',
          'Hold for about 30 seconds while breathing slowly, then release.',
        ],
        cautions: [
          'Stop if you feel pinching or a catch at the front of the shoulder.',
          'After a recent biceps tendon injury, ask a clinician before stretching.',
        ],
      },
      selfPressure: {
        name: 'Thumb pressure on the lower biceps',
        steps: [
          'Sit with the sore forearm resting on your thigh or a table, elbow slightly bent.',
          'With the thumb of the other hand, press into tender spots in the lower half of the biceps for 20 to 30 seconds.',
          'Or grasp the muscle between thumb and fingers and squeeze gently.',
          'Work from just above the elbow up toward the shoulder.',
        ],
        cautions: [
          'Avoid pressing deep on the inner side of the arm, where the main nerves and artery run.',
          'Keep the pressure tolerable.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'rest_pacing', note: 'Carrying loads close to the body with the palms down or facing in, and pacing screwdriver-type work.' },
      { id: 'ergonomic_workstation', note: 'Keeping heavy items within easy reach, so they are not lifted palm up at arm\'s length.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'therapeutic_massage' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Biceps Brachii Muscle"; pain-pattern figure, p. 649' },
    ],
  },

  triceps_brachii: {
    name: 'Triceps brachii',
    latin: 'Musculus triceps brachii',
    synonyms: ['triceps', 'tricep', 'tris', 'back of arm muscle'],
    area: 'arm_forearm_hand',
    layer: 'superficial',
    parts: [
      { id: 'long_head', name: 'Long head', fma: { left: 'FMA37700', right: 'FMA37699' } },
      { id: 'lateral_head', name: 'Lateral head', fma: { left: 'FMA37698', right: 'FMA37697' } },
      { id: 'medial_head', name: 'Medial head', fma: { left: 'FMA37696', right: 'FMA37695' } },
    ],
    attachments: {
      origin:
        'Long head: just below the shoulder socket (infraglenoid tubercle of the shoulder blade). Lateral head: the back of the arm bone above the groove for the radial nerve. Medial head: the back of the arm bone below that groove.',
      insertion: 'The point of the elbow (olecranon of the ulna).',
    },
    actions: [
      'Straightens the elbow.',
      'The long head also draws the arm back and toward the body and steadies the shoulder joint.',
    ],
    triggerPoints: [
      {
        id: 'long_head',
        label: 'TrP1 (long head)',
        location: 'In the middle of the long head on the back-inner side of the upper arm, a few finger widths below the back fold of the armpit.',
        position: { part: 'long_head', along: 0.4, around: 0 },
        essentialZone: ['upper_arm_posterior', 'posterior_shoulder'],
        spilloverZone: ['upper_shoulder_top', 'forearm_posterior'],
      },
      {
        id: 'medial_head',
        label: 'TrP2 (medial head)',
        location: 'Deep in the lower outer part of the back of the arm, a few finger widths above the outer elbow.',
        position: { part: 'medial_head', along: 0.85, around: 0.75 },
        essentialZone: ['lateral_elbow'],
        spilloverZone: ['forearm_posterior'],
      },
      {
        id: 'lateral_head',
        label: 'TrP3 (lateral head)',
        location: 'In the outer edge of the lateral head, about halfway down the back of the upper arm.',
        position: { part: 'lateral_head', along: 0.5, around: 0.75 },
        essentialZone: ['upper_arm_posterior'],
        spilloverZone: ['forearm_posterior', 'ring_finger', 'little_finger'],
      },
    ],
    referredPain:
      'The long head sends pain up the back of the arm to the back of the shoulder, sometimes toward the base of the neck and down the back of the forearm; the medial head sends pain to the outer elbow, a part of "tennis elbow" pain; the lateral head aches in the middle of the back of the arm and sometimes down the forearm to the ring and little fingers.',
    symptoms: [
      'Vague pain at the back of the shoulder and upper arm.',
      'Outer elbow pain, like tennis elbow.',
      'Pain when straightening the elbow against a load, such as pushing up from a chair.',
    ],
    perpetuatingFactors: [
      'Walking with crutches or a stick for long periods.',
      'Push-ups and other pressing exercises, and repeated forceful elbow straightening.',
      'Tennis and golf.',
      'Leaning on the elbows for long periods.',
    ],
    associatedMuscles: ['latissimus_dorsi', 'deltoid', 'biceps_brachii', 'brachioradialis', 'extensor_carpi_radialis_longus'],
    selfCare: {
      stretch: {
        name: 'Overhead triceps stretch',
        steps: [
          'Stand or sit tall and raise the sore arm overhead.',
          'Bend the elbow fully so the hand drops behind your head toward the shoulder blade.',
          'With the other hand on the bent elbow, press it gently back and in.',
          'Hold for about 30 seconds while breathing slowly, then lower the arm slowly.',
        ],
        cautions: [
          'Stop if you feel pinching in the shoulder or tingling into the hand.',
          'If you cannot raise the arm overhead comfortably, ask a clinician for another way.',
        ],
      },
      selfPressure: {
        name: 'Pincer and ball pressure on the back of the arm',
        steps: [
          'Sit with the sore arm resting on a table, elbow slightly bent.',
          'Grasp the back of the upper arm between the thumb and fingers of the other hand and squeeze tender spots for 20 to 30 seconds.',
          'For the lower outer part above the elbow, press with the fingertips.',
          'Or lean the back of the arm against a ball on a wall.',
        ],
        cautions: [
          'The radial nerve crosses the back of the arm: if you feel tingling into the hand, move off.',
          'Keep the pressure tolerable.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'rest_pacing', note: 'Pacing push-ups, pressing work, and long spells on crutches or a stick.' },
      { id: 'ergonomic_workstation', note: 'Armrests that support the forearms without leaning on the elbows.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'manual_therapy' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter on the triceps brachii and anconeus muscles; pain-pattern figures, pp. 668-669' },
    ],
  },

  brachioradialis: {
    name: 'Brachioradialis',
    latin: 'Musculus brachioradialis',
    synonyms: ['supinator longus', 'forearm muscle'],
    area: 'arm_forearm_hand',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Brachioradialis', fma: { left: 'FMA38487', right: 'FMA38486' } }],
    attachments: {
      origin: 'The ridge on the outer side of the lower arm bone, above the outer elbow (lateral supracondylar ridge of the humerus).',
      insertion: 'The outer side of the lower end of the radius, just above the wrist.',
    },
    actions: [
      'Bends the elbow, most strongly with the thumb pointing up.',
      'Helps bring the forearm back to a thumb-up position from palm up or palm down.',
    ],
    triggerPoints: [
      {
        id: 'belly',
        label: 'Brachioradialis TrP',
        location: 'On the thumb side of the upper forearm, one or two finger widths below the elbow crease, in the muscle you feel bulge when you bend the elbow with the thumb up.',
        position: { along: 0.35, around: 0 },
        essentialZone: ['thumb', 'wrist_dorsal'],
        spilloverZone: ['lateral_elbow', 'forearm_posterior'],
      },
    ],
    referredPain:
      'Pain to the back of the wrist and the web between the thumb and index finger, and to the outer elbow.',
    symptoms: [
      'Pain in the thumb web and wrist, and at the outer elbow.',
      'A weak, painful grip and dropping things such as a cup.',
      'In people with lateral elbow pain (tennis elbow), active trigger points in this and the wrist and finger extensors reproduced their elbow and forearm pain.',
    ],
    perpetuatingFactors: [
      'Repeated forceful gripping with the thumb up, such as lifting mugs or jugs.',
      'Firm handshakes, using a screwdriver or trowel, and ironing.',
      'Racquet sports.',
    ],
    associatedMuscles: ['extensor_carpi_radialis_longus', 'extensor_digitorum', 'biceps_brachii'],
    selfCare: {
      stretch: {
        name: 'Straight-arm forearm stretch',
        steps: [
          'Hold the sore arm out in front with the elbow straight and the palm facing down.',
          'Bend the wrist down and turn the hand slightly toward the little-finger side.',
          'With the other hand, press gently on the back of the hand to deepen the stretch.',
          'Hold for about 30 seconds while breathing slowly, then release.',
        ],
        cautions: [
          'Stop if you feel tingling in the hand or sharp pain at the elbow.',
          'Persistent pain at the outer elbow with weakness deserves a clinician check.',
        ],
      },
      selfPressure: {
        name: 'Thumb pressure below the outer elbow',
        steps: [
          'Rest the sore forearm on a table with the thumb pointing up.',
          'Find the muscle just below the elbow crease on the thumb side by bending the elbow slightly against resistance.',
          'Relax the arm and press tender spots with the thumb of the other hand for 20 to 30 seconds.',
          'Work down the upper third of the forearm in small steps.',
        ],
        cautions: [
          'A nerve branch runs under this muscle: if you feel tingling toward the thumb, move off.',
          'Keep the pressure tolerable, and use your knuckles or a tool if your thumbs hurt.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'rest_pacing', note: 'Lifting with the palm facing up or with both hands, and pacing gripping work.' },
      { id: 'ergonomic_workstation', note: 'Tools with larger, softer handles to lower the grip force needed.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'dry_needling' },
      { id: 'therapeutic_massage' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter on the hand extensor and brachioradialis muscles; pain-pattern figure, p. 693' },
      { source: 'fernandez_carnero_2007_lateral_epicondylalgia' },
    ],
  },

  extensor_carpi_radialis_longus: {
    name: 'Extensor carpi radialis longus',
    latin: 'Musculus extensor carpi radialis longus',
    synonyms: ['ECRL', 'wrist extensor', 'tennis elbow muscle', 'radial wrist extensor'],
    area: 'arm_forearm_hand',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Extensor carpi radialis longus', fma: { left: 'FMA38496', right: 'FMA38495' } }],
    attachments: {
      origin: 'The lower part of the ridge above the outer elbow (lateral supracondylar ridge of the humerus).',
      insertion: 'The back of the base of the index-finger bone in the hand (second metacarpal).',
    },
    actions: [
      'Bends the wrist back and toward the thumb side.',
      'Holds the wrist steady when the hand grips.',
      'Helps bend the elbow a little.',
    ],
    triggerPoints: [
      {
        id: 'belly',
        label: 'ECRL TrP',
        location: 'On the thumb side of the upper forearm, just below the outer elbow at about the level of the elbow crease, between the brachioradialis and the shorter wrist extensor.',
        position: { along: 0.2, around: 0 },
        essentialZone: ['lateral_elbow', 'back_of_hand'],
        spilloverZone: ['forearm_posterior', 'wrist_dorsal'],
      },
    ],
    referredPain:
      'Pain at the outer elbow and on the back of the hand near the base of the thumb, sometimes along the back of the forearm.',
    symptoms: [
      'Outer elbow pain (part of "tennis elbow").',
      'A painful, weak grip, dropping things, and pain when shaking hands or turning a doorknob.',
      'In people with lateral elbow pain, active trigger points in this muscle reproduced their usual pain, and hidden (latent) trigger points were often present on the other, pain-free arm too.',
    ],
    perpetuatingFactors: [
      'Repeated forceful gripping, especially with the wrist bent back.',
      'Typing or using a mouse with the wrist bent upward.',
      'Tennis backhands and heavy tool use.',
    ],
    associatedMuscles: ['brachioradialis', 'extensor_digitorum', 'triceps_brachii'],
    selfCare: {
      stretch: {
        name: 'Wrist-extensor stretch',
        steps: [
          'Hold the sore arm out in front with the elbow straight and the palm facing down.',
          'Let the wrist bend down and angle the hand slightly toward the little-finger side.',
          'With the other hand, press gently on the back of the hand.',
          'Hold for about 30 seconds while breathing slowly, then release.',
        ],
        cautions: [
          'Stop if you feel tingling into the hand.',
          'Stretch gently; a sore tendon at the elbow does not like being forced.',
        ],
      },
      selfPressure: {
        name: 'Thumb pressure on the upper forearm',
        steps: [
          'Rest the sore forearm on a table, palm down.',
          'Lift the wrist slightly against the other hand to feel the muscle tighten just below the outer elbow, then relax.',
          'Press tender spots with the thumb or knuckles of the other hand for 20 to 30 seconds.',
          'Work along the upper third of the forearm on the thumb side.',
        ],
        cautions: [
          'Keep off the bony point of the outer elbow itself.',
          'Move off if you feel tingling toward the hand.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'rest_pacing', note: 'Breaks from gripping and keyboard work.' },
      { id: 'ergonomic_workstation', note: 'Keyboard and mouse set so the wrists stay straight, not bent upward.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'dry_needling' },
      { id: 'manual_therapy' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter on the hand extensor and brachioradialis muscles; pain-pattern figure, p. 692' },
      { source: 'fernandez_carnero_2007_lateral_epicondylalgia' },
      { source: 'fernandez_carnero_2008_bilateral_forearm' },
    ],
  },

  extensor_digitorum: {
    name: 'Extensor digitorum',
    latin: 'Musculus extensor digitorum',
    synonyms: ['finger extensor', 'extensor digitorum communis', 'EDC'],
    area: 'arm_forearm_hand',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Extensor digitorum', fma: { left: 'FMA38502', right: 'FMA38501' } }],
    attachments: {
      origin: 'The outer elbow (lateral epicondyle of the humerus), through the common extensor tendon.',
      insertion: 'Through four tendons, the backs of the index, middle, ring and little fingers (extensor hoods onto the middle and end bones).',
    },
    actions: [
      'Straightens the fingers.',
      'Helps bend the wrist back, and steadies the wrist during a strong grip.',
    ],
    triggerPoints: [
      {
        id: 'middle_finger',
        label: 'Middle-finger extensor TrP',
        location: 'On the back of the upper forearm, a few finger widths below the outer elbow; lifting the middle finger makes it tighten under your thumb.',
        position: { along: 0.15, around: 0 },
        essentialZone: ['forearm_posterior', 'back_of_hand', 'middle_finger'],
        spilloverZone: ['lateral_elbow', 'wrist_dorsal'],
      },
      {
        id: 'ring_finger',
        label: 'Ring-finger extensor TrP',
        location: 'A little further down and toward the little-finger side than the middle-finger point; lifting the ring finger makes it tighten.',
        position: { along: 0.22, around: 0 },
        essentialZone: ['forearm_posterior', 'ring_finger'],
        spilloverZone: ['back_of_hand', 'little_finger'],
      },
    ],
    referredPain:
      'Down the back of the forearm to the back of the hand and into the finger that the affected fibres move, usually stopping short of the fingertip; sometimes at the outer elbow.',
    symptoms: [
      'Pain and stiffness in the fingers, sometimes mistaken for arthritis.',
      'A weak grip and painful cramping of the fingers.',
      'Outer elbow and forearm pain (part of "tennis elbow").',
    ],
    perpetuatingFactors: [
      'Repetitive finger work such as typing or playing the piano, with the fingers held lifted.',
      'Forceful or prolonged gripping of tools or racquets.',
    ],
    associatedMuscles: ['extensor_carpi_radialis_longus', 'brachioradialis'],
    selfCare: {
      stretch: {
        name: 'Fist-and-wrist stretch',
        steps: [
          'Hold the sore arm out in front with the elbow straight and the palm facing down.',
          'Curl the fingers into a loose fist.',
          'Bend the wrist down and press gently on the back of the fingers with the other hand.',
          'Hold for about 30 seconds while breathing slowly, then release and open the hand.',
        ],
        cautions: [
          'Stop if you feel tingling or numbness in the fingers.',
          'Keep the stretch gentle if your finger joints are swollen or arthritic.',
        ],
      },
      selfPressure: {
        name: 'Thumb pressure on the back of the forearm',
        steps: [
          'Rest the sore forearm on a table, palm down.',
          'Place the thumb of the other hand on the back of the forearm a few finger widths below the elbow.',
          'Lift the middle or ring finger to find the part of the muscle that tightens, then relax the hand.',
          'Press tender spots for 20 to 30 seconds and move along in small steps.',
        ],
        cautions: [
          'Keep the pressure tolerable.',
          'Move off if you feel tingling toward the hand.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'rest_pacing', note: 'Short, frequent breaks from typing or playing.' },
      { id: 'ergonomic_workstation', note: 'Resting the hands between keystrokes instead of holding the fingers lifted.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'therapeutic_massage' },
      { id: 'dry_needling' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter on the finger extensor muscles; pain-pattern figure, p. 715' },
      { source: 'fernandez_carnero_2007_lateral_epicondylalgia' },
    ],
  },
} as const satisfies Record<string, Muscle>
