/** Extensor carpi radialis longus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const extensorCarpiRadialisLongus = {
  name: 'Extensor carpi radialis longus',
  latin: 'Musculus extensor carpi radialis longus',
  synonyms: ['ECRL', 'wrist extensor', 'long radial wrist extensor', 'radial wrist extensor'],
  area: 'arm_forearm_hand',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Extensor carpi radialis longus', fma: { left: 'FMA38496', right: 'FMA38495' } }],
  attachments: {
    origin: 'The lower part of the ridge above the outer elbow (lateral supracondylar ridge of the humerus).',
    insertion: 'The back of the base of the index-finger bone in the hand (second metacarpal).',
  },
  actions: [
    'Bends the wrist back and toward the thumb side.',
    'Holds the wrist steady when the hand grips.',
    'Helps bend the elbow a little.',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'ECRL TrP',
      location:
        'On the thumb side of the upper forearm, just below the outer elbow at about the level of the elbow crease, between the brachioradialis and the shorter wrist extensor.',
      clinicalLocation:
        'Proximal belly at about the level of the elbow crease, just distal to the lateral supracondylar ridge, between the brachioradialis and the ECRB; flat palpation against the radius with the forearm pronated, confirmed by resisted wrist extension with radial deviation.',
      position: { along: 0.2, around: 0 },
      essentialZone: ['lateral_elbow', 'back_of_hand'],
      spilloverZone: ['forearm_posterior', 'wrist_dorsal'],
    },
  ],
  referredPain:
    'Pain at the outer elbow and on the back of the hand near the base of the thumb, sometimes along the back of the forearm.',
  clinicalSummary:
    "Refers to the lateral epicondyle and the dorsoradial hand near the base of the thumb, with spillover along the dorsal forearm. Grip is weak and painful; handshakes and lifting with the palm down aggravate it. In lateral epicondylalgia, active trigger points here reproduced the patients' pain, and latent trigger points were common on the pain-free side too. Differential: common extensor tendinopathy, radiocapitellar joint disease, radial tunnel syndrome and C6 radiculopathy.",
  symptoms: [
    'Outer elbow pain (part of "tennis elbow").',
    'A painful, weak grip, dropping things, and pain when shaking hands or turning a doorknob.',
    'In people with lateral elbow pain, active trigger points in this muscle reproduced their usual pain, and hidden (latent) trigger points were often present on the other, pain-free arm too.',
  ],
  perpetuatingFactors: [
    'Repeated forceful gripping, especially with the wrist bent back.',
    'Typing or using a mouse with the wrist bent upward.',
    'Tennis backhands and heavy tool use.',
  ],
  associatedMuscles: ['brachioradialis', 'extensor_digitorum', 'triceps_brachii'],
  selfCare: {
    stretch: {
      name: 'Wrist-extensor stretch',
      steps: [
        'Hold the sore arm out in front with the elbow straight and the palm facing down.',
        'Let the wrist bend down and angle the hand slightly toward the little-finger side.',
        'With the other hand, press gently on the back of the hand.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Stop if you feel tingling into the hand.',
        'Stretch gently; a sore tendon at the elbow does not like being forced.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure on the upper forearm',
      steps: [
        'Rest the sore forearm on a table, palm down.',
        'Lift the wrist slightly against the other hand to feel the muscle tighten just below the outer elbow, then relax.',
        'Press tender spots with the thumb or knuckles of the other hand for 20 to 30 seconds.',
        'Work along the upper third of the forearm on the thumb side.',
      ],
      cautions: [
        'Keep off the bony point of the outer elbow itself.',
        'Move off if you feel tingling toward the hand.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Breaks from gripping and keyboard work.' },
    { id: 'ergonomic_workstation', note: 'Keyboard and mouse set so the wrists stay straight, not bent upward.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'dry_needling' },
    { id: 'manual_therapy' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the hand extensor and brachioradialis muscles; pain-pattern figure, p. 692',
    },
    { source: 'fernandez_carnero_2007_lateral_epicondylalgia' },
    { source: 'fernandez_carnero_2008_bilateral_forearm' },
  ],
} as const satisfies Muscle
