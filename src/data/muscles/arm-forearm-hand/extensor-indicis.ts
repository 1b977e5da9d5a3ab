/** Extensor indicis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const extensorIndicis = {
  name: 'Extensor indicis',
  latin: 'Musculus extensor indicis',
  synonyms: ['extensor indicis proprius', 'index finger extensor'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Extensor indicis', fma: { left: 'FMA38526', right: 'FMA38525' } }],
  attachments: {
    origin:
      'The back of the lower part of the ulna and the membrane between the two forearm bones (posterior surface of the distal ulna and the interosseous membrane).',
    insertion:
      'The back of the index finger, where it joins the finger extensor tendon (extensor hood of the index finger).',
  },
  actions: ['Straightens the index finger on its own, as when pointing.', 'Helps bend the wrist back.'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Extensor indicis TrP',
      location:
        'On the back of the forearm, in its lower half, toward the middle between the two forearm bones; lifting the index finger makes it tighten.',
      clinicalLocation:
        'Distal dorsal forearm in the lower half, between radius and ulna, deep to the extensor digitorum and radial to the ECU; palpated against the interosseous membrane while the patient extends the index finger against resistance.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['wrist_dorsal', 'back_of_hand'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain on the back of the wrist and hand, on the thumb side.',
  clinicalSummary:
    'Travell and Simons describe referral to the radial side of the dorsal wrist and hand from a trigger point in the distal half of the dorsal forearm; resisted isolated index extension localises it. The pattern overlaps that of the extensor carpi radialis brevis and the finger extensors, and dorsal wrist ganglion and carpal disorders should be considered.',
  symptoms: [
    'Aching on the back of the wrist and hand ("wrist pain").',
    'Pain or fatigue when the index finger is held lifted for long, as over a keyboard or mouse.',
  ],
  perpetuatingFactors: [
    'Holding the index finger raised for long periods: mouse work, keyboard work, playing the piano.',
    'Repeated forceful pointing or pressing with the index finger.',
  ],
  associatedMuscles: ['extensor_digitorum', 'extensor_carpi_radialis_brevis'],
  selfCare: {
    stretch: {
      name: 'Index-finger and wrist stretch',
      steps: [
        'Hold the sore arm out in front, palm facing down.',
        'Bend the wrist down and curl the index finger into the palm.',
        'With the other hand, press gently on the back of the curled finger and hand.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel tingling or numbness in the fingers.',
        'Keep it gentle if the finger joints are swollen or arthritic.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure on the lower back of the forearm',
      steps: [
        'Rest the sore forearm on a table, palm down.',
        'Place the thumb of the other hand in the middle of the back of the forearm, halfway between elbow and wrist.',
        'Lift the index finger to feel the muscle tighten, then relax the hand.',
        'Press tender spots for 20 to 30 seconds, moving toward the wrist in small steps.',
      ],
      cautions: ['Keep the pressure tolerable.', 'Move off if you feel tingling toward the hand.'],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Short, frequent breaks from mouse and keyboard work.' },
    {
      id: 'ergonomic_workstation',
      note: 'Resting the fingers on the mouse and keys between actions instead of holding them lifted.',
    },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the extensor digitorum and extensor indicis muscles' },
  ],
  uncertain:
    'A small, deep muscle described mainly by Travell and Simons; a re-check found no study that confirms its pain pattern.',
} as const satisfies Muscle
