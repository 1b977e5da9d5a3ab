/** Supinator: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const supinator = {
  name: 'Supinator',
  latin: 'Musculus supinator',
  synonyms: ['supinator muscle', 'supinator brevis'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Supinator', fma: { left: 'FMA38514', right: 'FMA38513' } }],
  attachments: {
    origin:
      'The outer elbow bump (lateral epicondyle of the humerus), the ligaments of the outer elbow, and a ridge on the upper ulna (supinator crest).',
    insertion:
      'Wraps around the upper radius to attach to its back, outer side and front (proximal third of the radius).',
  },
  actions: ['Turns the forearm palm up (supination), especially with the elbow straight.'],
  triggerPoints: [
    {
      id: 'ventral',
      label: 'Supinator TrP',
      location:
        'On the front of the forearm just below the elbow crease, on the thumb side of the biceps tendon, pressed through the relaxed brachioradialis against the upper radius.',
      clinicalLocation:
        'Ventral fibres on the anterior surface of the proximal radius, just distal and lateral to the biceps tendon; palpated with the forearm supinated and the elbow slightly flexed, displacing the relaxed brachioradialis laterally and pressing against the radius. The deep branch of the radial nerve passes through the muscle beneath its proximal edge (arcade of Frohse).',
      position: { along: 0.7, around: 0 },
      essentialZone: ['lateral_elbow'],
      spilloverZone: ['thumb', 'forearm_posterior'],
    },
  ],
  referredPain:
    'Pain at the outer elbow bump and the outer side of the elbow, often with an ache in the web between thumb and index finger; when severe, along the back of the forearm.',
  clinicalSummary:
    'Refers to the lateral epicondyle and lateral elbow, with spillover to the dorsal thenar web and, in severe cases, the dorsal forearm; Travell and Simons regarded it as one of the chief myofascial sources of "tennis elbow". Pain on resisted supination with the elbow extended. The trigger point lies on the ventral proximal radius lateral to the biceps tendon. The deep radial (posterior interosseous) nerve runs through the muscle, so taut bands here may accompany radial tunnel pain or weakness of finger and thumb extension without sensory loss, which calls for clinical and electrodiagnostic assessment.',
  symptoms: [
    'Outer elbow pain ("tennis elbow") that aches even at rest.',
    'Pain when turning a doorknob or a screwdriver, or carrying a heavy bag with the arm straight.',
    'An ache in the web of the thumb ("thumb pain").',
    "Weakness lifting the fingers, if the nerve that runs through the muscle is squeezed; this needs a clinician's check.",
  ],
  perpetuatingFactors: [
    'Carrying a heavy bag or briefcase with the elbow straight.',
    'Forceful turning of the forearm: screwdrivers, stiff doorknobs and jar lids, wringing out clothes.',
    'Tennis backhands played with a straight elbow.',
  ],
  associatedMuscles: [
    'brachioradialis',
    'extensor_carpi_radialis_longus',
    'extensor_carpi_radialis_brevis',
    'extensor_digitorum',
    'biceps_brachii',
    'anconeus',
  ],
  selfCare: {
    stretch: {
      name: 'Palm-down forearm stretch',
      steps: [
        'Hold the sore arm out in front with the elbow straight.',
        'Turn the palm down and then outward as far as is comfortable, thumb pointing down.',
        'With the other hand around the wrist, ease the turn a little further.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel tingling in the hand or sharp pain at the elbow.',
        'Keep the stretch gentle; outer elbow tendons do not like being forced.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure below the elbow crease',
      steps: [
        'Rest the sore forearm on a table, palm up, elbow slightly bent.',
        'Find the firm biceps tendon in the middle of the elbow crease.',
        'Slide your thumb just below the crease and to the thumb side of that tendon, and press gently toward the bone.',
        'Hold a tender spot for 20 to 30 seconds, then release.',
      ],
      cautions: [
        'A nerve runs through this muscle: if you feel tingling toward the hand, or the fingers feel weak, stop and ask a clinician.',
        'Keep the pressure light to moderate.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'Gentle pressure only, because of the nerve inside the muscle.' },
    { id: 'rest_pacing', note: 'Carrying loads with the elbow bent and the palm up, or with both hands.' },
    {
      id: 'ergonomic_workstation',
      note: 'Tools with larger handles, and lever door handles, lower the twisting force needed.',
    },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'manual_therapy' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter "Supinator Muscle"' }],
} as const satisfies Muscle
