/** Opponens pollicis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const opponensPollicis = {
  name: 'Opponens pollicis',
  latin: 'Musculus opponens pollicis',
  synonyms: ['thumb opposer', 'thenar muscle'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Opponens pollicis', fma: { left: 'FMA37391', right: 'FMA37390' } }],
  attachments: {
    origin:
      'The band across the front of the wrist (flexor retinaculum) and the ridge of the trapezium, the wrist bone at the base of the thumb.',
    insertion: 'The whole thumb-side edge of the first metacarpal, the long bone of the thumb inside the hand.',
  },
  actions: ['Swings the thumb across the palm so its tip can meet the fingertips (opposition).'],
  triggerPoints: [
    {
      id: 'thenar',
      label: 'Opponens pollicis TrP',
      location: 'In the ball of the thumb, toward its outer edge, close to the thumb bone.',
      clinicalLocation:
        'Opponens pollicis along the radial shaft of the first metacarpal, deep to the abductor pollicis brevis; flat palpation against the metacarpal with the thumb relaxed, confirmed by resisted opposition.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['thumb', 'wrist_volar'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'Pain over much of the palm side of the thumb and at a spot on the thumb side of the front of the wrist.',
  clinicalSummary:
    'Refers to the volar thumb and to a spot on the radial volar wrist; pinching, writing and grasping are painful and clumsy. Palpate along the radial shaft of the first metacarpal through the abductor pollicis brevis. Usually coexists with adductor pollicis trigger points. Differential: first carpometacarpal osteoarthritis, de Quervain tenosynovitis, scaphoid pathology and carpal tunnel syndrome (thenar wasting and median-distribution paraesthesia point to the nerve).',
  symptoms: [
    'Thumb pain on the palm side ("thumb pain") and at the front of the wrist on the thumb side ("wrist pain").',
    'Difficulty pinching, writing, doing up buttons or holding a cup by its handle.',
  ],
  perpetuatingFactors: [
    'Strong or long-held pinch grip: writing with a tight grip, sewing, knitting, weeding.',
    'Long spells of thumb work on phones or small tools.',
  ],
  associatedMuscles: ['adductor_pollicis', 'flexor_pollicis_longus', 'brachialis', 'flexor_carpi_radialis'],
  selfCare: {
    stretch: {
      name: 'Thumb-back stretch',
      steps: [
        'Rest the sore hand on a table, palm up.',
        'With the other hand, take hold of the thumb near its base.',
        'Draw the thumb gently back and out, away from the palm.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Hold near the base of the thumb, not the tip.',
        'Keep it gentle if the base of the thumb is arthritic or swollen.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure on the ball of the thumb',
      steps: [
        'Rest the sore hand palm up on your lap.',
        'With the thumb of the other hand, press into the ball of the thumb toward the thumb bone, on its outer half.',
        'Hold a tender spot for 20 to 30 seconds until it eases.',
        'Move along the bone in small steps.',
      ],
      cautions: [
        'Keep the pressure to a tolerable ache.',
        'Numbness in the thumb and fingers, or a wasted ball of the thumb, needs a clinician rather than massage.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing', note: 'Breaks from pinching work; thicker pens and tool grips.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter on the adductor and opponens pollicis muscles' }],
  uncertain:
    'Intrinsic hand muscles have been studied little beyond Travell and Simons: the trigger-point studies found in thumb-base arthritis (2021) looked at the first dorsal interosseous, not this muscle. The pattern overlaps that of the adductor pollicis and of thumb-joint disorders.',
} as const satisfies Muscle
