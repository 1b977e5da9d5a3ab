/** Subscapularis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const subscapularis = {
  name: 'Subscapularis',
  latin: 'Musculus subscapularis',
  synonyms: ['rotator cuff', 'rotator cuff muscle', 'subscapular muscle'],
  area: 'shoulder_upper_back',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Subscapularis', fma: { left: 'FMA13415', right: 'FMA13414' } }],
  attachments: {
    origin: 'The front (rib-side) surface of the shoulder blade, filling its hollow (subscapular fossa).',
    insertion:
      'The small bony knob at the front of the top of the arm bone (lesser tubercle of the humerus) and the front of the shoulder joint capsule.',
  },
  actions: [
    'Turns the arm inward (internal rotation).',
    'Holds the ball of the arm bone in the socket and stops it sliding forward, as part of the rotator cuff.',
    'Helps bring the raised arm down toward the body.',
  ],
  triggerPoints: [
    {
      id: 'lateral_border',
      label: 'Lateral-border TrP',
      location:
        'On the front of the shoulder blade along its outer edge, reached from the armpit: with the arm resting out to the side, the fingers slide in behind the back fold of the armpit onto the front of the blade.',
      clinicalLocation:
        'Lateral subscapularis on the costal surface of the scapula next to its axillary border, at about mid-height; reached through the axilla with the patient supine, the arm abducted toward 90 degrees and the scapula drawn laterally, pressing posteriorly toward the scapula between the latissimus dorsi/teres major and the chest wall.',
      position: { along: 0.6, around: 0.75 },
      essentialZone: ['posterior_shoulder', 'wrist_dorsal'],
      spilloverZone: ['scapula_body', 'upper_arm_posterior', 'wrist_volar'],
    },
    {
      id: 'upper_lateral',
      label: 'Upper TrP (near the joint)',
      location: 'Higher up in the same place, closer to the shoulder joint, deep in the top of the armpit.',
      clinicalLocation:
        'Upper lateral subscapularis toward the neck of the scapula, below the coracoid; reached higher in the axilla with the same positioning, often only when the arm can be abducted well.',
      position: { along: 0.8, around: 0.75 },
      essentialZone: ['posterior_shoulder', 'wrist_dorsal'],
      spilloverZone: ['scapula_body', 'upper_arm_posterior', 'wrist_volar'],
    },
  ],
  referredPain:
    'A deep ache at the back of the shoulder, spreading over the shoulder blade and down the back of the upper arm toward the elbow, with a typical band of pain and tenderness around the wrist, mostly on its back.',
  clinicalSummary:
    'Refers chiefly to the posterior shoulder, with spillover over the scapula and down the posterior arm, and a characteristic strap-like band of pain and tenderness around the wrist, dorsal more than volar. Pain occurs at rest and with motion; abduction and external rotation become progressively restricted, and Travell and Simons regarded subscapularis trigger points as a key early element of the "frozen shoulder" picture, with other shoulder-girdle muscles recruited later. Palpate through the axilla onto the costal surface of the scapula with the arm abducted and the scapula distracted laterally. Adhesive capsulitis proper (capsular restriction in all planes), cuff tears and cervical radiculopathy need exclusion; in a small blinded study of shoulder impingement, active subscapularis trigger points were among the commonest (about 4 in 10 patients).',
  symptoms: [
    'Severe shoulder pain ("shoulder pain"), mostly at the back of the shoulder, both at rest and when moving.',
    'Stiffness that worsens over weeks: trouble raising the arm out to the side or reaching back as if to throw a ball, the picture often called "frozen shoulder".',
    'A band of pain and tenderness around the wrist, mostly on its back ("wrist pain").',
    'In a small study of people with shoulder impingement, active trigger points in this muscle were among the commonest.',
  ],
  perpetuatingFactors: [
    'Repeated forceful overhead movements that turn the arm inward, such as the crawl stroke in swimming or throwing.',
    'Sudden overload, for example catching yourself in a fall or lifting something heavy overhead.',
    'Keeping the arm still and held against the body for a long time, as in a sling.',
    'Rounded shoulders with the arms resting turned inward.',
  ],
  associatedMuscles: [
    'pectoralis_major',
    'latissimus_dorsi',
    'teres_major',
    'deltoid',
    'triceps_brachii',
    'infraspinatus',
    'supraspinatus',
  ],
  selfCare: {
    stretch: {
      name: 'Lying turn-out stretch',
      steps: [
        'Lie on your back with a small pillow under the sore upper arm.',
        'Move the arm out to the side to a comfortable height, elbow bent to a right angle and pointing out.',
        'Let the forearm fall slowly back toward the bed or floor, turning the arm outward, and let gravity do the work.',
        'Hold for about 30 seconds while breathing slowly, then bring the forearm back up.',
        'Over days, try a little higher arm position as it becomes comfortable.',
      ],
      cautions: [
        'Stop at a comfortable stretch; do not force a stiff shoulder.',
        "A shoulder that is stiff in every direction, or hot and swollen, needs a clinician's assessment.",
        "After a dislocation or shoulder surgery, do not stretch into turning out without your clinician's advice.",
      ],
    },
    selfPressure: {
      name: 'Gentle fingertip pressure from the armpit',
      steps: [
        'Lie on your back with the sore arm out to the side, elbow bent and supported on a pillow.',
        'With the fingertips of the other hand, slip in behind the back fold of the armpit.',
        'Press gently backward, toward the front of the shoulder blade, until you find a tender spot.',
        'Hold light pressure for 20 to 30 seconds, then release.',
      ],
      cautions: [
        'The hollow of the armpit carries the main nerves and blood vessels of the arm: press toward the shoulder blade, not up into the hollow, and stop at once if you feel tingling, numbness or a pulse under your fingers.',
        'The spot is often very tender; keep the pressure light. If you cannot reach it comfortably, use heat and the stretch instead and ask a trained clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga', note: 'Slow, gravity-assisted turning-out of the arm, progressed over days.' },
    { id: 'self_massage_pressure', note: 'Only light pressure, from the armpit toward the shoulder blade.' },
    {
      id: 'supportive_pillow',
      note: 'A pillow under the sore arm at night keeps it from being pulled into an inward-turned position.',
    },
    { id: 'physical_therapy' },
    { id: 'manual_therapy' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'The muscle lies deep against the front of the shoulder blade; in a small pilot study, injections were placed under ultrasound guidance and were followed by less pain and more movement.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Subscapularis Muscle"' },
    { source: 'hidalgo_lozano_2010_shoulder_impingement' },
    { source: 'shin_2014_subscapularis_ultrasound_injection' },
    {
      source: 'clewley_2014_adhesive_capsulitis_dry_needling',
      locator:
        'single case of adhesive capsulitis; the needled trigger points were in the trapezius, levator scapulae, deltoid and infraspinatus, not the subscapularis',
    },
  ],
  uncertain:
    'The link between subscapularis trigger points and "frozen shoulder" rests on Travell and Simons\' clinical observation; adhesive capsulitis is a disorder of the joint capsule. The only report found of trigger-point treatment in adhesive capsulitis (a 2014 single case) needled the trapezius, levator scapulae, deltoid and infraspinatus, not the subscapularis, so the muscle\'s share in frozen shoulder has not been tested.',
} as const satisfies Muscle
