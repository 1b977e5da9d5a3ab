/** Lumbricals of the hand: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const lumbricalsHand = {
  name: 'Lumbricals (hand)',
  latin: 'Musculi lumbricales manus',
  synonyms: ['lumbricals', 'lumbrical muscles', 'lumbricales', 'palm muscles', 'hand muscles'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Lumbricals', fma: { left: 'FMA42399', right: 'FMA42398' } }],
  attachments: {
    origin:
      'Four slender muscles in the palm, arising from the tendons of the deep finger flexor (flexor digitorum profundus): the first two from the thumb side of the tendons to the index and middle fingers, the third and fourth from the facing sides of neighbouring tendons.',
    insertion:
      'The thumb side of the extensor hood of the index, middle, ring and little fingers, after passing in front of the deep transverse ligament beside each knuckle.',
  },
  actions: [
    'Bend the knuckles (metacarpophalangeal joints) while straightening the middle and end joints of the fingers, as when holding a card flat between fingers and thumb.',
    'Balance the pull of the long finger flexors and extensors in fine finger movements.',
  ],
  triggerPoints: [
    {
      id: 'radial',
      label: 'First and second lumbrical TrPs',
      location: 'In the palm, in the spaces leading to the index and middle fingers, just before the knuckles.',
      clinicalLocation:
        'First and second lumbricals in the distal palm on the radial side of the profundus tendons to the index and middle fingers, proximal to the metacarpophalangeal joints; flat palpation through the palmar aponeurosis, localised by resisted metacarpophalangeal flexion with the interphalangeal joints extended.',
      position: { along: 0.5, around: 0.8 },
      essentialZone: ['index_finger', 'middle_finger'],
      spilloverZone: ['palm'],
    },
    {
      id: 'ulnar',
      label: 'Third and fourth lumbrical TrPs',
      location: 'In the palm, in the spaces leading to the ring and little fingers, just before the knuckles.',
      clinicalLocation:
        'Third and fourth lumbricals in the distal palm between the profundus tendons to the middle, ring and little fingers, proximal to the metacarpophalangeal joints; palpated as for the radial lumbricals.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['ring_finger', 'little_finger'],
      spilloverZone: ['palm'],
    },
  ],
  referredPain: 'An ache along the finger served by the affected muscle, and in the palm near the base of that finger.',
  clinicalSummary:
    'No referral pattern specific to the lumbricals is well established; the pattern shown assumes, by analogy with the interossei as Travell and Simons describe them, pain along the digit into whose extensor hood the lumbrical inserts, with spillover to the distal palm. They are palpated in the distal palm radial to each profundus tendon. Differentials: trigger finger (stenosing flexor tenosynovitis), Dupuytren disease, metacarpophalangeal and interphalangeal arthritis, carpal tunnel syndrome (median nerve: first and second lumbricals) and ulnar neuropathy (third and fourth). In cadavers the lumbrical origins slide into the carpal tunnel as the fingers bend fully, which has been proposed as one contributor to carpal tunnel syndrome in work with sustained gripping.',
  symptoms: [
    'An ache in the palm near the base of the fingers when gripping',
    'Pain along a finger with fine work such as writing or playing an instrument',
  ],
  perpetuatingFactors: [
    'Long spells of gripping narrow handles, writing, or fine finger work.',
    'Playing musical instruments, or climbing with the fingers bent at the knuckles and held straight beyond them.',
  ],
  associatedMuscles: [
    'palmar_interossei_hand',
    'dorsal_interossei_hand',
    'flexor_digitorum_profundus',
    'flexor_digitorum_superficialis',
  ],
  selfCare: {
    stretch: {
      name: 'Fingers-back stretch',
      steps: [
        'Bend the end joints of the fingers of the sore hand into a hook, keeping the knuckles straight.',
        'With the other hand, ease the knuckles gently backward while the fingers stay hooked.',
        'Hold for about 30 seconds while breathing slowly, then release.',
        'Repeat two or three times.',
      ],
      cautions: [
        'Keep it gentle if the finger joints are swollen or arthritic.',
        'Stop if a finger catches, locks or hurts sharply.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure in the palm',
      steps: [
        'With the thumb of the other hand, press into the palm of the sore hand just before the knuckle of the sore finger, on its thumb side.',
        'Hold a tender spot for 20 to 30 seconds until it eases.',
        "Move in small steps between the fingers' tendons and repeat.",
      ],
      cautions: [
        'Keep the pressure to a tolerable ache.',
        'Numbness or tingling in the fingers needs a clinician to check the nerves at the wrist.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing', note: 'Breaks from fine finger work and gripping.' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the interosseous muscles of the hand' },
    { source: 'cobb_1994_lumbrical_incursion' },
  ],
  uncertain:
    'No trigger-point pain map specific to the lumbricals has been published; the pattern shown follows that of the interossei, along the finger each muscle serves.',
} as const satisfies Muscle
