/** Rhomboids: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const rhomboids = {
  name: 'Rhomboids',
  latin: 'Musculi rhomboidei (major et minor)',
  synonyms: ['rhomboid', 'rhomboid major', 'rhomboid minor', 'between the shoulder blades muscle'],
  area: 'shoulder_upper_back',
  layer: 'deep',
  parts: [
    { id: 'major', name: 'Rhomboid major', fma: { left: 'FMA13382', right: 'FMA13381' } },
    { id: 'minor', name: 'Rhomboid minor', fma: { left: 'FMA13384', right: 'FMA13383' } },
  ],
  attachments: {
    origin:
      'Rhomboid minor: the lowest neck and first thoracic vertebrae (C7 and T1). Rhomboid major: the spines of the upper thoracic vertebrae (T2 to T5).',
    insertion:
      'The inner edge of the shoulder blade: the minor at the level of its bony spine, the major from there down to its lower corner.',
  },
  actions: [
    'Pull the shoulder blade toward the spine and slightly up.',
    'Turn the shoulder blade so its outer end tips down, as when lowering a raised arm.',
    'Hold the shoulder blade against the rib cage.',
  ],
  triggerPoints: [
    {
      id: 'major',
      label: 'Rhomboid major TrPs',
      location:
        'Along the inner edge of the shoulder blade, between its bony spine and its lower corner, under the trapezius.',
      clinicalLocation:
        'Rhomboid major fibres along the vertebral border of the scapula between the root of the spine and the inferior angle, deep to the trapezius; flat palpation against the ribs with the scapula protracted (arm across the chest).',
      position: { part: 'major', along: 0.8, around: 0 },
      essentialZone: ['scapula_medial_border'],
      spilloverZone: ['interscapular', 'scapula_body'],
    },
    {
      id: 'minor',
      label: 'Rhomboid minor TrP',
      location: 'Just inside the inner edge of the shoulder blade, at the level of the inner end of its bony spine.',
      clinicalLocation:
        'Rhomboid minor just medial to the vertebral border at the level of the root of the scapular spine, deep to the trapezius; flat palpation with the scapula protracted.',
      position: { part: 'minor', along: 0.8, around: 0 },
      essentialZone: ['scapula_medial_border'],
      spilloverZone: ['interscapular', 'scapula_body'],
    },
  ],
  referredPain:
    'Aching along the inner edge of the shoulder blade, between it and the spine, sometimes spreading up over the top part of the shoulder blade.',
  clinicalSummary:
    'Refers a superficial ache along the vertebral border of the scapula and the interscapular region, sometimes over the supraspinous area; the ache is little changed by movement. The muscle is usually held lengthened by a protracted, round-shouldered posture with short pectoral muscles, so the pectorals are treated first. Scapular crepitus may accompany it. Distinguish from middle trapezius, levator scapulae and scalene referral to the scapular border, and from thoracic facet and rib pain.',
  symptoms: [
    'A surface ache between the shoulder blades at rest, which movement hardly changes.',
    'Grating or snapping sounds from the shoulder blade as it moves.',
    'The ache may only be noticed once pain from tight chest muscles has been treated.',
  ],
  perpetuatingFactors: [
    'Rounded shoulders with the head forward, often because tight chest muscles pull the shoulders forward.',
    'Long periods leaning forward with the arms out in front: desk work, sewing, drawing.',
    'A sideways curve of the spine (scoliosis).',
  ],
  associatedMuscles: ['middle_trapezius', 'levator_scapulae', 'infraspinatus', 'pectoralis_major'],
  selfCare: {
    stretch: {
      name: 'Doorway chest stretch (to unload the rhomboids)',
      steps: [
        'Stand in a doorway and place your forearms on the frame, elbows at about shoulder height.',
        'Step one foot through the doorway and let your chest move gently forward until you feel a stretch across the front of the chest.',
        'Keep your shoulders down and breathe slowly for about 30 seconds.',
        'Step back to release.',
      ],
      cautions: [
        'The rhomboids are usually overstretched rather than tight; easing tight chest muscles takes the strain off them.',
        'Stop if you feel tingling into the hands or pain at the front of the shoulder.',
      ],
    },
    selfPressure: {
      name: 'Ball beside the inner edge of the shoulder blade',
      steps: [
        'Lie on your back, or stand against a wall, with a tennis ball between the inner edge of the shoulder blade and the spine.',
        'Hug yourself to pull the shoulder blades apart and open the space.',
        'Let your weight rest on a tender spot for 30 to 60 seconds.',
        'Move the ball up or down along the edge of the shoulder blade and repeat.',
      ],
      cautions: [
        'Keep the ball off the spine itself.',
        'Use the wall rather than the floor if the pressure is too strong.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga', note: 'Focus on stretching the chest rather than the rhomboids themselves.' },
    { id: 'posture', note: 'Correcting rounded shoulders and forward head posture.' },
    { id: 'ergonomic_workstation' },
    { id: 'therapeutic_massage' },
    {
      id: 'trigger_point_injection',
      note: 'Needles here are angled toward the shoulder blade or a rib, because the lung lies close beneath.',
    },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the rhomboid muscles; pain-pattern figure, p. 614' },
    {
      source: 'okmen_2018_rhomboid_vs_trapezius_injection',
      locator:
        'randomised trial, 65 patients: ultrasound-guided injection into the rhomboid major relieved more than injection into the overlying trapezius',
    },
  ],
  uncertain:
    'The rhomboids lie under the middle trapezius, whose pain pattern overlaps theirs, so telling the two apart by touch or by pain pattern is hard. A 2018 randomised trial found that ultrasound-guided injection into the rhomboid major relieved myofascial pain more than injection into the overlying trapezius, which supports the deep muscle as a pain source in its own right, but no study was found that maps rhomboid referral apart from the trapezius.',
} as const satisfies Muscle
