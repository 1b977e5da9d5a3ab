/** Palmar interossei of the hand: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const palmarInterosseiHand = {
  name: 'Palmar interossei (hand)',
  latin: 'Musculi interossei palmares manus',
  synonyms: ['palmar interossei', 'volar interossei', 'interossei', 'interosseous muscles of the hand', 'hand muscles'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Palmar interossei', fma: { left: 'FMA42403', right: 'FMA42402' } }],
  attachments: {
    origin:
      'Three small muscles, each arising by a single head from the palm side of one long hand bone (metacarpal): the index-finger bone on its side toward the middle finger, and the ring- and little-finger bones on their sides toward the middle finger.',
    insertion:
      'The base of the first bone (proximal phalanx) and the extensor hood of the same finger, on its side toward the middle finger: the first on the little-finger side of the index finger, the second and third on the thumb side of the ring and little fingers.',
  },
  actions: [
    'Bring the index, ring and little fingers in toward the middle finger (adduction).',
    'Help bend the knuckles while straightening the finger joints beyond them.',
  ],
  triggerPoints: [
    {
      id: 'first',
      label: 'First palmar interosseous TrP',
      location:
        'Deep in the palm between the long bones of the index and middle fingers, closer to the index-finger bone.',
      clinicalLocation:
        'First palmar interosseous along the ulnar side of the second metacarpal shaft, palpated from the palm deep to the flexor tendons and lumbricals, or dorsally between the second and third metacarpals; localised by resisted adduction of the index finger toward the middle finger.',
      position: { along: 0.5, around: 0.75 },
      essentialZone: ['index_finger'],
      spilloverZone: ['palm'],
    },
    {
      id: 'ulnar',
      label: 'Second and third palmar interossei TrPs',
      location:
        'Deep in the palm beside the long bones of the ring and little fingers, on their sides toward the middle finger.',
      clinicalLocation:
        'Second and third palmar interossei along the radial sides of the fourth and fifth metacarpal shafts, palpated from the palm or dorsally in the third and fourth intermetacarpal spaces; localised by resisted adduction of the ring or little finger.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['ring_finger', 'little_finger'],
      spilloverZone: ['palm'],
    },
  ],
  referredPain:
    'Pain along the side of the finger that the affected muscle pulls on: the index finger for the first, the ring or little finger for the others, sometimes with an ache in the palm.',
  clinicalSummary:
    'Travell and Simons describe the palmar interossei with the dorsal interossei: each refers pain along the side of the digit into which it inserts, here the ulnar side of the index finger and the radial sides of the ring and little fingers, with spillover to the palm. They are examined deep in the palm or between the metacarpals from the dorsum and identified by resisted adduction of the digit. Interosseous trigger points are described as an overlooked cause of hand pain, provoked by sustained hand use such as typing or playing an instrument; ultrasound mainly helps by excluding other causes and guiding injection. Differentials: interphalangeal and metacarpophalangeal arthritis, trigger finger (stenosing flexor tenosynovitis), ulnar neuropathy at the elbow or wrist (intrinsic weakness, wasting) and C8 to T1 radiculopathy.',
  symptoms: [
    'Pain and stiffness along the side of the index, ring or little finger ("finger pain").',
    'An ache deep in the palm when gripping or squeezing the fingers together.',
    'Finger stiffness that may be mistaken for arthritis.',
  ],
  perpetuatingFactors: [
    'Prolonged gripping and pinching: writing, holding tools, gardening, crafts.',
    'Holding the fingers pressed together for long periods, as with some instruments or tools.',
    'Long spells of typing or playing a musical instrument.',
  ],
  associatedMuscles: ['dorsal_interossei_hand', 'lumbricals_hand', 'adductor_pollicis', 'abductor_digiti_minimi_hand'],
  selfCare: {
    stretch: {
      name: 'Finger-spreading stretch',
      steps: [
        'Rest the sore hand palm down on a table.',
        'With the other hand, move the sore finger gently away from the middle finger, spreading it sideways.',
        'Hold for about 30 seconds while breathing slowly, then release.',
        'Repeat two or three times for each sore finger.',
      ],
      cautions: [
        'Keep it gentle if the finger joints are swollen or arthritic.',
        'Stop if a finger joint hurts sharply.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure between the hand bones',
      steps: [
        'Press a fingertip or the eraser end of a pencil into the groove between two hand bones, from the palm or the back of the hand.',
        'Hold a tender spot for 20 to 30 seconds until it eases.',
        'Move along the groove in small steps toward the knuckles.',
      ],
      cautions: [
        'Keep the pressure to a tolerable ache.',
        'Numbness or weakness in the fingers needs a clinician to check the nerves.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing', note: 'Breaks from gripping and pinching work.' },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the interosseous muscles of the hand' },
    { source: 'alyanak_2025_interosseous_trigger_points' },
  ],
  uncertain:
    "These small hand muscles have been studied little beyond Travell and Simons' descriptions, which treat them together with the dorsal interossei; the later literature on interosseous trigger points is about the dorsal muscles.",
} as const satisfies Muscle
