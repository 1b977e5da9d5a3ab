/** Flexor digitorum profundus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const flexorDigitorumProfundus = {
  name: 'Flexor digitorum profundus',
  latin: 'Musculus flexor digitorum profundus',
  synonyms: ['FDP', 'deep finger flexor'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Flexor digitorum profundus', fma: { left: 'FMA38480', right: 'FMA38479' } }],
  attachments: {
    origin:
      'The front and inner side of the upper three-quarters of the ulna and the membrane between the forearm bones (interosseous membrane).',
    insertion:
      'Through four tendons, the end bones of the index, middle, ring and little fingers (bases of the distal phalanges).',
  },
  actions: ['Bends the fingertips at the end joints, then the rest of each finger.', 'Helps bend the wrist.'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'FDP TrP',
      location:
        'Deep in the upper front of the forearm on the little-finger side, under the surface muscles, against the ulna. Only a trained clinician can press it reliably.',
      clinicalLocation:
        'Proximal-mid FDP against the anteromedial ulna, deep to the flexor carpi ulnaris and flexor digitorum superficialis; palpated through the FCU along the ulnar border with the forearm supinated and localised by resisted flexion of the distal interphalangeal joints. The ulnar nerve and artery lie on its surface; the median nerve and anterior interosseous branch are nearby.',
      position: { along: 0.35, around: 0.25 },
      essentialZone: ['middle_finger', 'ring_finger'],
      spilloverZone: ['index_finger', 'little_finger', 'palm'],
    },
  ],
  referredPain: 'Pain along the palm side of the fingers moved by the affected fibres, often reaching the fingertips.',
  clinicalSummary:
    'Referral follows the digit served by the involved fibres, along its volar surface to the tip, overlapping the superficialis pattern. Trigger points lie deep in the proximal forearm along the ulna and are localised by resisted flexion of the distal interphalangeal joints. Because the ulnar nerve lies on the muscle and the median and anterior interosseous nerves are close, deep self-pressure is not advised, and needling requires anatomical expertise. Differential: ulnar neuropathy, anterior interosseous syndrome, C8 radiculopathy, and interphalangeal arthritis.',
  symptoms: [
    'Aching or shooting pain in the fingers on the palm side, out to the fingertips.',
    'Stiff fingers and a weak grip, especially for pinching or holding small things.',
    'Finger pain that can be mistaken for arthritis.',
  ],
  perpetuatingFactors: [
    'Prolonged or forceful gripping with the fingertips: climbing, carrying bags by their handles, holding tools.',
    'Long spells of fine finger work.',
  ],
  associatedMuscles: [
    'flexor_digitorum_superficialis',
    'flexor_carpi_ulnaris',
    'flexor_pollicis_longus',
    'extensor_digitorum',
  ],
  selfCare: {
    stretch: {
      name: 'Fingertip-and-wrist stretch',
      steps: [
        'Rest the sore forearm on a table, palm up, elbow straight.',
        'With the other hand, straighten the fingertips gently, then the whole fingers.',
        'Let the wrist bend back a little until you feel a mild stretch along the front of the forearm.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel tingling or numbness in the fingers.',
        'Keep the stretch gentle if the finger joints are swollen or arthritic.',
      ],
    },
    selfPressure: {
      name: 'Warmth and light stroking instead of deep pressure',
      steps: [
        'Warm the forearm with a heat pack or warm water for 10 to 15 minutes.',
        'Rest the forearm palm up and stroke lightly along the little-finger side of the forearm from the wrist toward the elbow.',
        'Open and close the hand slowly ten times.',
      ],
      cautions: [
        'This muscle lies deep, right beside the ulnar and median nerves: do not dig for it. Deep pressure is unwise at home.',
        'For lasting finger pain, see a trained clinician, who can examine the muscle and the nerves safely.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    { id: 'rest_pacing', note: 'Breaks from gripping, and letting the fingers open fully between tasks.' },
    { id: 'ergonomic_workstation', note: 'Thicker handles spread the load from the fingertips.' },
    { id: 'manual_therapy', note: 'Hands-on treatment of this deep muscle is for a trained clinician.' },
    { id: 'spray_and_stretch' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter on the hand and finger flexors in the forearm' }],
  uncertain:
    "Its pain pattern is hard to separate from that of the superficial finger flexor lying over it, and a re-check found no study beyond Travell and Simons' clinical descriptions.",
} as const satisfies Muscle
