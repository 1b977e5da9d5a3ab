/** Anconeus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const anconeus = {
  name: 'Anconeus',
  latin: 'Musculus anconeus',
  synonyms: ['anconeus muscle', 'anconaeus'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Anconeus', fma: { left: 'FMA37706', right: 'FMA37705' } }],
  attachments: {
    origin: 'The back of the outer elbow bump (posterior surface of the lateral epicondyle of the humerus).',
    insertion:
      'The outer side of the point of the elbow and the upper back of the ulna (lateral olecranon and proximal posterior ulna).',
  },
  actions: [
    'Helps the triceps straighten the elbow.',
    'Steadies the elbow joint, for example while the forearm turns.',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Anconeus TrP',
      location:
        'Just below and behind the outer elbow bump, in the small triangle between it and the point of the elbow.',
      clinicalLocation:
        'Anconeus belly in the triangle formed by the lateral epicondyle, the olecranon and the proximal ulna, just distal to the radiohumeral joint line; flat palpation against the ulna with the elbow slightly flexed.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['lateral_elbow'],
      spilloverZone: [],
    },
  ],
  referredPain: 'A local ache at the outer elbow bump, one of the sources of "tennis elbow"-type pain.',
  clinicalSummary:
    'Refers locally to the lateral epicondyle. Travell and Simons describe it together with the triceps, whose medial head also refers to the lateral epicondyle; both belong in the examination of lateral elbow pain, along with the supinator, brachioradialis and wrist and finger extensors. Tenderness this close to the epicondyle must be told apart from common extensor tendinopathy and radiohumeral joint pain by careful palpation and resisted testing.',
  symptoms: [
    'Pain at the outer elbow ("tennis elbow").',
    'Aching when straightening the elbow against resistance, such as pushing up from a chair.',
    'Tenderness just behind the bony point of the outer elbow.',
  ],
  perpetuatingFactors: [
    'Repeated forceful elbow straightening: push-ups, hammering, walking with crutches.',
    'Tennis and other racquet sports.',
    'Leaning on the elbows for long periods.',
  ],
  associatedMuscles: ['triceps_brachii', 'supinator', 'extensor_carpi_radialis_brevis', 'brachioradialis'],
  selfCare: {
    stretch: {
      name: 'Full elbow-bend stretch',
      steps: [
        'Sit or stand and bend the sore elbow fully, bringing the hand toward the shoulder.',
        'With the other hand, press the wrist gently to bend the elbow a little further.',
        'Turn the palm slightly down and hold for about 30 seconds while breathing slowly.',
        'Release slowly.',
      ],
      cautions: [
        'Stop if you feel tingling along the inner forearm or into the little finger.',
        'Do not force an elbow that is swollen or recently injured.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure behind the outer elbow',
      steps: [
        'Rest the sore forearm on a table, elbow slightly bent.',
        'Find the outer elbow bump and the point of the elbow; the muscle fills the small triangle just below and between them.',
        'Press a tender spot with a fingertip for 20 to 30 seconds.',
        'Work over the triangle in small steps.',
      ],
      cautions: ['Press on the muscle, not hard on the bony points.', 'Keep the pressure tolerable.'],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Pacing push-ups, hammering and long spells on crutches.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'dry_needling' },
    { id: 'manual_therapy' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter on the triceps brachii and anconeus muscles' }],
  uncertain:
    'Travell and Simons give only a small local pain pattern for the anconeus; a re-check found no study that examined anconeus trigger points on their own, so the pattern is unconfirmed.',
} as const satisfies Muscle
