/** Brachialis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const brachialis = {
  name: 'Brachialis',
  latin: 'Musculus brachialis',
  synonyms: ['brachial muscle'],
  area: 'arm_forearm_hand',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Brachialis', fma: { left: 'FMA37669', right: 'FMA37668' } }],
  attachments: {
    origin:
      'The front of the lower half of the arm bone (distal anterior surface of the humerus) and the partitions between the arm muscles.',
    insertion: 'The front of the upper ulna just below the elbow (coronoid process and ulnar tuberosity).',
  },
  actions: ['Bends the elbow whether the palm faces up, down or sideways: the main elbow-bending muscle.'],
  triggerPoints: [
    {
      id: 'distal',
      label: 'Lower TrP',
      location:
        'On the front of the lower upper arm, a few finger widths above the elbow crease, under and beside the biceps; push the relaxed biceps aside to reach it.',
      clinicalLocation:
        'Distal belly a few centimetres above the elbow crease, reached by displacing the relaxed biceps medially and palpating against the humerus with the elbow slightly flexed; the lateral fibres here lie close to the radial nerve.',
      position: { along: 0.75, around: 0 },
      essentialZone: ['thumb'],
      spilloverZone: ['upper_arm_anterior', 'anterior_shoulder'],
    },
    {
      id: 'proximal',
      label: 'Upper TrP',
      location: 'Higher up, about halfway down the front of the upper arm, under the biceps.',
      clinicalLocation:
        'Mid-arm fibres of the brachialis deep to the biceps, just below the level of the deltoid insertion; palpated by displacing the biceps and pressing against the humerus.',
      position: { along: 0.35, around: 0 },
      essentialZone: ['thumb'],
      spilloverZone: ['upper_arm_anterior', 'anterior_shoulder'],
    },
  ],
  referredPain:
    'Mainly to the base of the thumb on its back and the web between thumb and index finger, with some ache at the front of the elbow and sometimes at the front of the shoulder.',
  clinicalSummary:
    'Refers chiefly to the dorsal base of the thumb (first carpometacarpal region and thenar web), with spillover to the antecubital region and the anterior deltoid. Trigger points lie in the distal half and mid-portion, palpated after displacing the biceps. Distal lateral fibres can entrap the superficial radial nerve, giving numbness or tingling over the dorsal thumb. Thumb pain from this source is easily mistaken for first carpometacarpal arthritis or de Quervain tenosynovitis; examine the supinator, brachioradialis and the thenar muscles as well.',
  symptoms: [
    'Aching at the base of the thumb and in the web between thumb and index finger ("thumb pain").',
    'Aching at the front of the elbow.',
    'Pain when bending the elbow against a load, such as carrying shopping bags.',
    'Sometimes numbness or tingling on the back of the thumb, from a nerve squeezed by the muscle.',
  ],
  perpetuatingFactors: [
    'Carrying heavy loads with the elbow bent: bags, groceries, a child.',
    'Repeated forceful lifting with bent elbows.',
    'Holding the elbow tightly bent for long periods.',
  ],
  associatedMuscles: ['biceps_brachii', 'brachioradialis', 'supinator', 'adductor_pollicis', 'opponens_pollicis'],
  selfCare: {
    stretch: {
      name: 'Elbow-straightening stretch',
      steps: [
        'Stand or sit with the sore arm hanging, palm facing forward.',
        'Straighten the elbow fully and let the arm rest slightly behind the body.',
        'With the other hand, press gently on the front of the forearm to ease the elbow a little straighter.',
        'Hold for about 30 seconds while breathing slowly, then release.',
      ],
      cautions: [
        'Do not force an elbow that will not straighten after an injury or surgery; ask a clinician.',
        'Stop if you feel tingling into the thumb.',
      ],
    },
    selfPressure: {
      name: 'Thumb under the biceps',
      steps: [
        'Sit with the sore forearm resting on a table, elbow slightly bent and relaxed.',
        'With the fingers of the other hand, push the biceps gently toward the inside of the arm.',
        'Press with the thumb onto the muscle underneath, on the outer half of the lower arm above the elbow.',
        'Hold a tender spot for 20 to 30 seconds, then move up the arm in small steps.',
      ],
      cautions: [
        'A nerve runs along the outer edge here: if you feel tingling toward the thumb, move off.',
        'Avoid the inner side of the elbow crease, where the main artery and nerve run.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Using a trolley or carrying loads with straighter arms; breaking up lifting work.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'dry_needling' },
    { id: 'manual_therapy' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter "Brachialis Muscle"' }],
} as const satisfies Muscle
