/** Pronator teres: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const pronatorTeres = {
  name: 'Pronator teres',
  latin: 'Musculus pronator teres',
  synonyms: ['pronator', 'round pronator'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [
    { id: 'humeral_head', name: 'Humeral head', fma: { left: 'FMA38561', right: 'FMA38560' } },
    { id: 'ulnar_head', name: 'Ulnar head', fma: { left: 'FMA38563', right: 'FMA38562' } },
  ],
  attachments: {
    origin:
      'Humeral head: the ridge just above the inner elbow bump and the bump itself (medial supracondylar ridge and medial epicondyle, through the common flexor tendon). Ulnar head: the inner side of the coronoid process of the ulna.',
    insertion: 'A rough patch halfway down the outer side of the radius (pronator tuberosity).',
  },
  actions: ['Turns the forearm palm down (pronation).', 'Helps bend the elbow.'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Pronator teres TrP',
      location:
        'On the front of the forearm just below the elbow crease, on the little-finger side of the biceps tendon, in the muscle that runs slantwise toward the thumb side.',
      clinicalLocation:
        'Proximal humeral head just distal to the elbow crease and medial to the biceps tendon, where the muscle runs obliquely toward the mid-radius; flat palpation with resisted pronation to identify the band. The median nerve passes between the humeral and ulnar heads.',
      position: { part: 'humeral_head', along: 0.3, around: 0 },
      essentialZone: ['wrist_volar'],
      spilloverZone: ['forearm_anterior'],
    },
  ],
  referredPain: 'A deep ache in the thumb side of the front of the wrist, spreading up the front of the forearm.',
  clinicalSummary:
    'Refers deep into the radial volar wrist and the volar forearm; turning the palm up fully and cupping the hand become painful and limited. The trigger point lies in the proximal humeral head medial to the biceps tendon. The median nerve passes between its heads, so forearm aching with median-distribution paraesthesia raises pronator syndrome, and carpal tunnel syndrome overlaps the wrist pain. The muscle arises from the common flexor-pronator origin at the medial epicondyle, the site of medial epicondylalgia ("golfer\'s elbow"), which is examined separately.',
  symptoms: [
    'A deep ache at the front of the wrist on the thumb side ("wrist pain") and in the front of the forearm.',
    'Difficulty turning the palm fully up, or cupping the hand to hold water or coins.',
    'The muscle starts at the inner elbow, where "golfer\'s elbow" pain is felt, but its own trigger points send pain to the wrist.',
  ],
  perpetuatingFactors: [
    'Forceful turning of the forearm palm down: screwdrivers, wringing out cloths, some tennis and golf strokes.',
    'Gripping and pulling with the forearm turned palm down for long periods.',
  ],
  associatedMuscles: ['flexor_carpi_radialis', 'palmaris_longus', 'supinator', 'brachioradialis', 'biceps_brachii'],
  selfCare: {
    stretch: {
      name: 'Palm-up forearm stretch',
      steps: [
        'Hold the sore arm out in front with the elbow straight.',
        'Turn the palm up as far as it comfortably goes.',
        'With the other hand around the wrist, ease the turn a little further and bend the wrist gently back.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel tingling in the thumb, index or middle finger.',
        'Keep it gentle after a forearm or wrist fracture.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure below the inner elbow crease',
      steps: [
        'Rest the sore forearm on a table, palm up, elbow slightly bent.',
        'Find the firm biceps tendon in the middle of the elbow crease.',
        'Place the thumb two finger widths below the crease, on the little-finger side of that tendon, and press gently.',
        'Hold a tender spot for 20 to 30 seconds, then release.',
      ],
      cautions: [
        'The median nerve and the main artery run through this spot: stay below the crease, press lightly and stop if you feel tingling or a pulse.',
        'If in doubt, use heat and the stretch and ask a trained clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'Light pressure only, because of the nerve and artery nearby.' },
    { id: 'rest_pacing', note: 'Pacing screwdriver work and other forceful twisting.' },
    { id: 'ergonomic_workstation', note: 'Power tools or larger handles in place of repeated hand twisting.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection', note: 'Placed with care, as the median nerve passes between the two heads.' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter on the hand and finger flexors in the forearm' }],
} as const satisfies Muscle
