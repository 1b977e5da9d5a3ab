/** Flexor pollicis longus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const flexorPollicisLongus = {
  name: 'Flexor pollicis longus',
  latin: 'Musculus flexor pollicis longus',
  synonyms: ['FPL', 'long thumb flexor'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Flexor pollicis longus', fma: { left: 'FMA38484', right: 'FMA38482' } }],
  attachments: {
    origin:
      'The front of the middle of the radius and the nearby membrane between the forearm bones, sometimes with a small slip from the inner elbow.',
    insertion: 'The base of the end bone of the thumb (distal phalanx of the thumb), on its palm side.',
  },
  actions: ['Bends the tip of the thumb.', 'Helps the thumb grip and pinch.'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'FPL TrP',
      location:
        'Deep in the lower half of the front of the forearm on the thumb side, a little above the wrist. Only a trained clinician can press it reliably.',
      clinicalLocation:
        'Mid-to-distal FPL on the anterior radius, deep to the flexor carpi radialis and the brachioradialis tendon, proximal to the wrist; localised by resisted flexion of the thumb interphalangeal joint. The radial artery lies superficially on its radial side and the median nerve ulnar to it.',
      position: { along: 0.55, around: 0.75 },
      essentialZone: ['thumb'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain along the palm side of the thumb, out to its tip.',
  clinicalSummary:
    'Refers along the volar thumb to its tip. The trigger point is deep in the distal half of the radial volar forearm, beneath the FCR and close to the radial artery and median nerve; careful palpation during resisted interphalangeal flexion localises it, and deep self-pressure is not advised. Differential: flexor tenosynovitis and trigger thumb, first carpometacarpal and interphalangeal arthritis, carpal tunnel syndrome, and anterior interosseous neuropathy.',
  symptoms: [
    'Pain along the palm side of the thumb to the tip ("thumb pain").',
    'Pain or clumsiness when pinching, writing or holding small things.',
  ],
  perpetuatingFactors: [
    'Prolonged or forceful pinching with the thumb tip: writing with a tight grip, sewing, pulling weeds, pruning.',
    'Long spells of thumb work on small objects.',
  ],
  associatedMuscles: ['adductor_pollicis', 'opponens_pollicis', 'flexor_digitorum_superficialis', 'brachioradialis'],
  selfCare: {
    stretch: {
      name: 'Thumb-and-wrist stretch',
      steps: [
        'Rest the sore forearm on a table, palm up.',
        'With the other hand, straighten the thumb gently, bending its tip back.',
        'Then bend the wrist back a little until you feel a mild stretch on the thumb side of the forearm.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel tingling in the thumb or index finger.',
        'Keep it gentle if the base of the thumb is arthritic or swollen.',
      ],
    },
    selfPressure: {
      name: 'Warmth and light massage instead of deep pressure',
      steps: [
        'Warm the forearm and hand with a heat pack or warm water for 10 to 15 minutes.',
        'Stroke lightly along the thumb side of the front of the forearm, from the wrist toward the elbow.',
        'Bend and straighten the thumb tip slowly ten times.',
      ],
      cautions: [
        'This muscle lies deep, next to the radial artery and the median nerve: do not dig for it at home.',
        'For lasting thumb pain, see a trained clinician, who can examine the muscle, the joint and the nerve safely.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing', note: 'Breaks from pinching and writing; a thicker pen needs less pinch force.' },
    { id: 'ergonomic_workstation', note: 'Thicker pens and tool handles ease the pinch.' },
    { id: 'manual_therapy', note: 'Hands-on treatment of this deep muscle is for a trained clinician.' },
    { id: 'spray_and_stretch' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter on the hand and finger flexors in the forearm' }],
  uncertain:
    "The pattern rests on Travell and Simons' clinical descriptions; a re-check found no study of trigger points in this deep muscle on its own.",
} as const satisfies Muscle
