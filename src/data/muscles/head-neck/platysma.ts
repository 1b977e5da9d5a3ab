/** Platysma: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const platysma = {
  name: 'Platysma',
  latin: 'Platysma',
  synonyms: ['neck skin muscle', 'platysma muscle'],
  area: 'head_neck',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Platysma', fma: { left: 'FMA45740', right: 'FMA45739' } }],
  attachments: {
    origin:
      'The fascia and skin over the upper chest and front of the shoulder (over the upper pectoralis major and deltoid), just below the collarbone.',
    insertion:
      'After running up the front and side of the neck as a thin sheet just under the skin, over the SCM: the lower border of the jawbone, the skin of the lower face and the corner of the mouth.',
  },
  actions: [
    'Pulls the corner of the mouth and the lower lip down and out, as in a grimace.',
    'Tightens the skin of the neck and helps pull the jaw down.',
  ],
  triggerPoints: [
    {
      id: 'over_scm',
      label: 'Neck TrP',
      location: 'In the thin sheet just under the skin at the side of the neck, over the SCM.',
      clinicalLocation:
        'Over the SCM in the mid to lower neck; the thin sheet is picked up in a pincer grip with the skin, separate from the SCM beneath, while the patient tenses the neck skin by pulling the mouth corners down.',
      position: { along: 0.45, around: 0 },
      essentialZone: ['jaw_tmj', 'cheek_maxilla'],
      spilloverZone: [],
    },
    {
      id: 'near_clavicle',
      label: 'Lower TrP',
      location: 'Low on the side of the neck, just above or on the collarbone.',
      clinicalLocation: 'Lowest fibres near or over the clavicle; pincer palpation of the thin subcutaneous sheet.',
      position: { along: 0.15, around: 0 },
      essentialZone: ['upper_chest'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'A prickling pain in the skin over the jaw, cheek and chin; from the lowest part, prickling pain across the front of the upper chest.',
  clinicalSummary:
    'Travell and Simons describe platysma TrPs, usually overlying the SCM, that refer a prickling, superficial pain over the mandible, lower cheek and chin; TrPs near the clavicle may refer prickling to the anterior chest. The sheet is separated from the SCM by pincer palpation. Differentiate from trigeminal neuralgia, dental pain, cervical radiculopathy and, for chest symptoms, cardiac causes.',
  symptoms: [
    'Prickling, pins-and-needles pain over the jaw, cheek or chin.',
    'Prickling pain on the front of the upper chest.',
  ],
  perpetuatingFactors: [
    'Habitual grimacing or tensing the neck skin.',
    'Trigger points in the SCM or scalenes, which lie beneath and beside it.',
  ],
  associatedMuscles: ['sternocleidomastoid', 'scalenes', 'masseter'],
  selfCare: {
    stretch: {
      name: 'Chin-up neck skin stretch',
      steps: [
        'Sit upright and press the tongue gently against the roof of the mouth.',
        'Tip the head back slightly and push the lower lip up over the upper lip, until you feel a light stretch in the front of the neck.',
        'Turn the face a little away from the sore side.',
        'Hold for 20 to 30 seconds, breathing slowly, then return to level.',
      ],
      cautions: [
        'Keep the backward tilt small, and stop if you feel dizzy.',
        'Chest pain or pressure, especially with breathlessness or sweating, needs urgent medical care first.',
      ],
    },
    selfPressure: {
      name: 'Skin roll of the neck',
      steps: [
        'Tilt the head slightly toward the sore side to slacken the neck.',
        'Pick up the skin and the thin sheet of muscle under it between thumb and fingers.',
        'Roll it gently between the fingers and hold a prickly, tender spot for 10 seconds.',
        'Work from the collarbone up toward the jaw.',
      ],
      cautions: [
        'Lift the skin; never press into the side or front of the neck, where the main arteries run.',
        'A lump in the neck needs a doctor rather than massage.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure', note: 'Lifting and rolling the skin rather than pressing into the neck.' },
    { id: 'relaxation_meditation' },
    { id: 'therapeutic_massage' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the facial cutaneous muscles; pain-pattern figure, p. 417',
    },
  ],
  uncertain:
    'Platysma trigger points are described mainly from clinical observation in Travell and Simons; a re-check found no controlled study or case series of trigger points in this muscle, so the pattern is unconfirmed.',
} as const satisfies Muscle
