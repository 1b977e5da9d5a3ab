/** Abductor digiti minimi of the hand: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const abductorDigitiMinimiHand = {
  name: 'Abductor digiti minimi (hand)',
  latin: 'Musculus abductor digiti minimi manus',
  synonyms: ['abductor digiti minimi', 'little finger abductor', 'hypothenar muscle'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Abductor digiti minimi', fma: { left: 'FMA37397', right: 'FMA37396' } }],
  attachments: {
    origin:
      'The pea-shaped bone on the little-finger side of the wrist (pisiform) and the tendon of the flexor carpi ulnaris.',
    insertion:
      'The little-finger side of the base of the first bone of the little finger (proximal phalanx) and its extensor hood.',
  },
  actions: ['Spreads the little finger away from the ring finger.', 'Helps bend the little finger at the knuckle.'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Abductor digiti minimi TrP',
      location: 'Along the little-finger edge of the palm, in the fleshy pad below the little finger.',
      clinicalLocation:
        'Hypothenar eminence along the ulnar border of the fifth metacarpal; pincer or flat palpation against the metacarpal, confirmed by resisted abduction of the little finger.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['little_finger'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain along the outer (little-finger) side of the little finger.',
  clinicalSummary:
    "Travell and Simons describe referral along the ulnar aspect of the little finger from a trigger point in the hypothenar eminence. Differential: ulnar neuropathy at Guyon's canal or the elbow (sensory loss and intrinsic weakness), C8 radiculopathy and disease of the little-finger joints.",
  symptoms: [
    'Pain along the side of the little finger.',
    'Pain that may be taken for a nerve problem; numbness or weakness points to the nerve and needs a clinician.',
  ],
  perpetuatingFactors: [
    'Holding the little finger stretched out, as when reaching wide on a piano or keyboard.',
    'Forceful gripping that presses the edge of the hand.',
  ],
  associatedMuscles: ['dorsal_interossei_hand', 'flexor_carpi_ulnaris', 'extensor_carpi_ulnaris'],
  selfCare: {
    stretch: {
      name: 'Little-finger stretch',
      steps: [
        'Rest the sore hand palm down on a table.',
        'With the other hand, draw the little finger gently toward the ring finger and slightly under it.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Keep it gentle if the finger joints are swollen or arthritic.',
        'Stop if you feel tingling along the little-finger side of the hand.',
      ],
    },
    selfPressure: {
      name: 'Pinch of the palm edge',
      steps: [
        'Rest the sore hand on your lap, palm up.',
        'Pinch the fleshy edge of the palm below the little finger between your other thumb and index finger.',
        'Squeeze a tender spot for 20 to 30 seconds until it eases.',
        'Move along the edge in small steps.',
      ],
      cautions: [
        'Keep the pressure to a tolerable ache.',
        'Avoid pressing hard at the base of the palm next to the wrist, where the ulnar nerve passes.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the interosseous muscles of the hand (with the abductor digiti minimi)',
    },
  ],
  uncertain:
    "Described from Travell and Simons' clinical observations; a re-check found no study of trigger points or referred pain in this small hand muscle, so the pattern is unconfirmed.",
} as const satisfies Muscle
