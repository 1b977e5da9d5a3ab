/** Adductor pollicis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const adductorPollicis = {
  name: 'Adductor pollicis',
  latin: 'Musculus adductor pollicis',
  synonyms: ['thumb adductor'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [
    { id: 'oblique_head', name: 'Oblique head', fma: { left: 'FMA46122', right: 'FMA46121' } },
    { id: 'transverse_head', name: 'Transverse head', fma: { left: 'FMA46124', right: 'FMA46123' } },
  ],
  attachments: {
    origin:
      'Oblique head: the bases of the index- and middle-finger bones and the nearby wrist bone (bases of the second and third metacarpals and the capitate). Transverse head: the palm side of the shaft of the middle-finger bone (third metacarpal).',
    insertion:
      'The index-finger side of the base of the first bone of the thumb (ulnar side of the base of the proximal phalanx), through a small sesamoid bone.',
  },
  actions: [
    'Draws the thumb toward the palm and the index finger, as in holding a key.',
    'Steadies the thumb for a strong pinch and grip.',
  ],
  triggerPoints: [
    {
      id: 'web',
      label: 'Thumb-web TrP',
      location:
        'In the web between the thumb and index finger, felt from the palm side, close to the bone of the thumb; pinch the web between thumb and finger of the other hand.',
      clinicalLocation:
        'Adductor pollicis in the first web space, palmar to the first dorsal interosseous; pincer palpation across the web (thumb on the palmar side, finger on the dorsal side) or flat palpation toward the first metacarpal, with the thumb relaxed and slightly abducted.',
      position: { part: 'transverse_head', along: 0.6, around: 0 },
      essentialZone: ['thumb'],
      spilloverZone: ['palm', 'back_of_hand'],
    },
  ],
  referredPain:
    'Aching along the outer side of the thumb and of the hand below it, down to the wrist crease, and into the ball of the thumb and the web.',
  clinicalSummary:
    'Refers along the radial aspect of the thumb and hand distal to the wrist crease, with spillover to the thenar eminence and the dorsal web; patients report loss of fine pinch and clumsiness in writing, sewing and buttoning. Palpate in the first web space with a pincer grip. The pattern often coexists with opponens pollicis involvement and with the forearm and arm muscles that refer to the thumb (brachialis, supinator, brachioradialis). Differential: first carpometacarpal osteoarthritis, de Quervain tenosynovitis, C6 radiculopathy and carpal tunnel syndrome.',
  symptoms: [
    'Thumb pain and aching at the base of the thumb ("thumb pain").',
    'Clumsiness with fine thumb work: writing, sewing, doing up buttons.',
    'A weak pinch.',
    'Pain that may be mistaken for arthritis at the base of the thumb.',
  ],
  perpetuatingFactors: [
    'Forceful or prolonged pinching: weeding, sewing, knitting, painting, gripping a pen tightly.',
    'Holding small tools between thumb and fingers for long periods.',
  ],
  associatedMuscles: [
    'opponens_pollicis',
    'flexor_pollicis_longus',
    'dorsal_interossei_hand',
    'brachialis',
    'supinator',
    'brachioradialis',
  ],
  selfCare: {
    stretch: {
      name: 'Thumb-web stretch',
      steps: [
        'Rest the sore hand on a table, palm up.',
        'With the other hand, take hold of the thumb near its base.',
        'Draw the thumb gently away from the index finger, opening the web wide.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Hold the thumb near its base, not at the tip, to protect the joints.',
        'Keep it gentle if the base of the thumb is arthritic or swollen.',
      ],
    },
    selfPressure: {
      name: 'Pinch of the thumb web',
      steps: [
        'Rest the sore hand on your lap.',
        'With the thumb and index finger of the other hand, pinch the web between the sore thumb and index finger, close to the thumb bone.',
        'Squeeze a tender spot for 20 to 30 seconds until it eases.',
        'Move along the web in small steps.',
      ],
      cautions: ['Keep the pressure to a tolerable ache.', 'If you feel a pulse under your fingers, shift slightly.'],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing', note: 'Breaks from pinching work; thicker pens and tool grips.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'manual_therapy' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter on the adductor and opponens pollicis muscles' }],
  uncertain:
    'Intrinsic hand muscles have been studied little beyond Travell and Simons: the trigger-point studies found in thumb-base arthritis (2021) looked at the first dorsal interosseous, not this muscle. The pattern also overlaps those of the opponens pollicis and of the arm and forearm muscles that refer to the thumb.',
} as const satisfies Muscle
