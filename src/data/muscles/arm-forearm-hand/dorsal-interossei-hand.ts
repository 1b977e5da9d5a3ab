/** Dorsal interossei of the hand: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const dorsalInterosseiHand = {
  name: 'Dorsal interossei (hand)',
  latin: 'Musculi interossei dorsales manus',
  synonyms: ['dorsal interossei', 'first dorsal interosseous', 'interossei', 'interosseous muscles of the hand'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Dorsal interossei', fma: { left: 'FMA42405', right: 'FMA42404' } }],
  attachments: {
    origin:
      'Four small muscles, each arising by two heads from the facing sides of the two long hand bones (metacarpals) between which it lies; the first and largest fills the web between the thumb and the index finger.',
    insertion:
      'The bases of the first bones of the index, middle and ring fingers (proximal phalanges) and their extensor hoods: the first on the thumb side of the index finger, the second and third on either side of the middle finger, the fourth on the little-finger side of the ring finger.',
  },
  actions: [
    'Spread the fingers apart, away from the middle finger.',
    'Help bend the knuckles while straightening the finger joints beyond them.',
    'The first steadies the index finger against the thumb when pinching.',
  ],
  triggerPoints: [
    {
      id: 'first',
      label: 'First dorsal interosseous TrP',
      location: 'On the back of the hand in the web between the thumb and index finger, beside the index-finger bone.',
      clinicalLocation:
        'First dorsal interosseous in the dorsal first web space along the radial side of the second metacarpal shaft; pincer or flat palpation against the metacarpal, confirmed by resisted abduction of the index finger. The radial artery passes between its two heads into the palm.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['index_finger'],
      spilloverZone: ['back_of_hand', 'palm'],
    },
    {
      id: 'other_spaces',
      label: 'Second to fourth dorsal interossei TrPs',
      location:
        'On the back of the hand between the long bones of the index and middle, middle and ring, or ring and little fingers.',
      clinicalLocation:
        'Second to fourth dorsal interossei in the intermetacarpal spaces, palpated dorsally between the metacarpal shafts and localised by resisted abduction of the finger they attach to.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['middle_finger', 'ring_finger'],
      spilloverZone: ['back_of_hand'],
    },
  ],
  referredPain:
    'Pain along the side of the finger that the affected muscle pulls on: from the first, the largest, along the thumb side of the index finger and into the back of the hand and palm; from the others, along the sides of the middle and ring fingers.',
  clinicalSummary:
    'Each dorsal interosseous refers along the side of the digit into which it inserts, the first strongly along the radial index finger with spillover to the dorsum of the hand and the palm. Travell and Simons observed an association with Heberden nodes at the distal interphalangeal joints. First dorsal interosseous trigger points were found in most of the dominant hands examined in people with thumb carpometacarpal osteoarthritis, and in a small quasi-experimental trial one session of ischaemic compression lowered local pressure pain sensitivity at one week compared with a sham. Differential: interphalangeal and carpometacarpal arthritis, ulnar neuropathy (intrinsic weakness, first web wasting) and C8 to T1 radiculopathy.',
  symptoms: [
    'Pain and stiffness along the side of the index, middle or ring finger ("finger pain").',
    'Pain on the back of the hand and in the thumb web when pinching.',
    'Finger stiffness that may be mistaken for arthritis.',
    'A small study found trigger points in the first of these muscles in most of the people examined who had arthritis at the base of the thumb.',
  ],
  perpetuatingFactors: [
    'Prolonged pinching or gripping: writing, sewing, knitting, gardening, holding tools.',
    'Repeated spreading of the fingers, as when playing the piano.',
  ],
  associatedMuscles: [
    'adductor_pollicis',
    'abductor_digiti_minimi_hand',
    'palmar_interossei_hand',
    'extensor_digitorum',
    'flexor_digitorum_superficialis',
  ],
  selfCare: {
    stretch: {
      name: 'Finger-crossing and web stretch',
      steps: [
        'Rest the sore hand palm down on a table.',
        'For the first muscle, hold the thumb out to the side and draw the index finger gently toward the middle finger.',
        'For the others, move the sore finger gently sideways, away from the side that hurts.',
        'Hold each position for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Keep it gentle if the finger joints are swollen or arthritic.',
        'Stop if a finger joint hurts sharply.',
      ],
    },
    selfPressure: {
      name: 'Pinch and fingertip pressure on the back of the hand',
      steps: [
        'For the first muscle, pinch the web between thumb and index finger from the back of the hand, close to the index-finger bone.',
        'For the others, press a fingertip into the groove between two hand bones on the back of the hand.',
        'Hold a tender spot for 20 to 30 seconds until it eases.',
        'Move along the groove in small steps toward the knuckles.',
      ],
      cautions: ['Keep the pressure to a tolerable ache.', 'If you feel a pulse in the thumb web, shift slightly.'],
    },
  },
  treatments: [
    { id: 'heat' },
    {
      id: 'self_massage_pressure',
      note: 'In thumb-base arthritis, sustained pressure on first dorsal interosseous trigger points lowered local tenderness in a small trial.',
    },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing', note: 'Breaks from pinching and gripping work.' },
    { id: 'manual_therapy' },
    { id: 'trigger_point_injection' },
    { id: 'dry_needling' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the interosseous muscles of the hand' },
    { source: 'pedersini_2021_first_dorsal_interosseous_prevalence' },
    { source: 'lopez_royo_2021_first_dorsal_interosseous_compression' },
  ],
  uncertain:
    "Two 2021 studies found trigger points in the first dorsal interosseous common in thumb-base arthritis and tried pressure treatment on them, but they did not map referred pain; the other dorsal interossei and the finger patterns rest on Travell and Simons' descriptions alone.",
} as const satisfies Muscle
