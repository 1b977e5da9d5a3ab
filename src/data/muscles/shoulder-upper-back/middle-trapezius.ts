/** Middle trapezius: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const middleTrapezius = {
  name: 'Middle trapezius',
  latin: 'Musculus trapezius, pars transversa',
  synonyms: ['mid traps', 'middle traps', 'transverse trapezius'],
  area: 'shoulder_upper_back',
  layer: 'superficial',
  parts: [{ id: 'transverse_part', name: 'Transverse (middle) part', fma: { left: 'FMA33585', right: 'FMA33584' } }],
  attachments: {
    origin: 'The spines of the lowest neck and upper thoracic vertebrae (about C7 to T3).',
    insertion:
      'The inner edge of the tip of the shoulder (acromion) and the upper edge of the bony spine of the shoulder blade.',
  },
  actions: ['Pulls the shoulder blades back toward the spine.', 'Holds the shoulder blade steady while the arm works.'],
  triggerPoints: [
    {
      id: 'trp5',
      label: 'TrP5',
      location: 'About a finger width in from the inner edge of the shoulder blade, near the level of its bony spine.',
      clinicalLocation:
        'Transverse fibres about 1 cm medial to the vertebral border of the scapula near the level of the scapular spine; flat palpation against the underlying rhomboids and ribs with the scapula protracted.',
      position: { along: 0.65, around: 0 },
      essentialZone: ['interscapular'],
      spilloverZone: ['scapula_medial_border'],
    },
    {
      id: 'trp6',
      label: 'TrP6',
      location:
        'Near the outer end of the muscle, just above the bony spine of the shoulder blade close to the tip of the shoulder.',
      clinicalLocation:
        'Lateral transverse fibres just above the scapular spine close to the acromion, near the musculotendinous junction; flat palpation against the spine of the scapula.',
      position: { along: 0.95, around: 0 },
      essentialZone: ['upper_shoulder_top'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'A superficial, burning pain between the shoulder blade and the spine (TrP5), or an ache on the top of the shoulder near its tip (TrP6).',
  clinicalSummary:
    'TrP5 gives a superficial, burning pain between the vertebral border of the scapula and the spinous processes; TrP6, near the acromial attachment, refers to the top of the shoulder near the acromion. Often found with rhomboid and lower trapezius trigger points in a protracted, forward-head posture in which the muscle is held lengthened; tight pectoral muscles should be addressed. Interscapular pain also arises from the thoracic facets, ribs and viscera, which need consideration.',
  symptoms: ['Burning or aching between the shoulder blades.', 'Aching at the top of the shoulder.'],
  perpetuatingFactors: [
    'Sitting with rounded shoulders and the head forward.',
    'Reaching forward for long periods, for example to a keyboard set too far away.',
    'Tight chest muscles pulling the shoulders forward.',
    'Cold drafts on the upper back.',
  ],
  associatedMuscles: ['rhomboids', 'upper_trapezius', 'lower_trapezius', 'pectoralis_major'],
  selfCare: {
    stretch: {
      name: 'Self-hug stretch',
      steps: [
        'Sit or stand tall.',
        'Cross your arms and take hold of the opposite shoulder blades, as if hugging yourself.',
        'Let your upper back round and your head drop forward gently.',
        'Breathe slowly into the back of your ribs and hold for about 30 seconds.',
      ],
      cautions: [
        'Keep the movement gentle if you have osteoporosis or a recent rib or spine injury.',
        'Stop if the stretch brings on pain down an arm.',
      ],
    },
    selfPressure: {
      name: 'Ball between shoulder blade and spine',
      steps: [
        'Lie on your back, or stand against a wall, with a tennis ball between the inner edge of the shoulder blade and the spine.',
        'Cross the arm of that side over your chest to move the shoulder blade out of the way.',
        'Let your weight rest on the ball over a tender spot for 30 to 60 seconds.',
        'Shift a little up or down and repeat.',
      ],
      cautions: [
        'Keep the ball off the spine itself.',
        'Use a softer ball, or the wall rather than the floor, if the pressure is too much.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'posture', note: 'Easing rounded shoulders, including stretching tight chest muscles.' },
    { id: 'ergonomic_workstation', note: 'Keyboard and mouse close enough that the arms do not reach forward.' },
    { id: 'spray_and_stretch' },
    { id: 'therapeutic_massage' },
    {
      id: 'dry_needling',
      note: 'Over the rib cage the needle is kept shallow or angled, because the lung lies beneath.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Trapezius Muscle"; pain-pattern figures, pp. 279-281' },
  ],
} as const satisfies Muscle
