/** Scalenes: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const scalenes = {
  name: 'Scalenes',
  latin: 'Musculi scaleni',
  synonyms: ['scalene muscles', 'scaleni', 'anterior scalene', 'middle scalene', 'posterior scalene'],
  area: 'head_neck',
  layer: 'deep',
  parts: [
    { id: 'anterior', name: 'Anterior scalene', fma: { left: 'FMA13393', right: 'FMA13392' } },
    { id: 'middle', name: 'Middle scalene', fma: { left: 'FMA13391', right: 'FMA13390' } },
    { id: 'posterior', name: 'Posterior scalene', fma: { left: 'FMA13389', right: 'FMA13388' } },
  ],
  attachments: {
    origin:
      'Side processes (transverse processes) of the neck vertebrae: the anterior scalene from about C3 to C6, the middle scalene from about C2 to C7, the posterior scalene from the lower ones (about C4 to C6).',
    insertion: 'The anterior and middle scalenes attach to the first rib; the posterior scalene to the second rib.',
  },
  actions: [
    'One side bends the neck to the same side.',
    'Lift the first two ribs when breathing in, most of all during deep or laboured breathing.',
    'Steady the neck from side to side; the anterior scalenes help bend the neck forward.',
  ],
  triggerPoints: [
    {
      id: 'anterior',
      label: 'Anterior scalene TrP',
      location:
        'Low at the front side of the neck, just behind the outer edge of the SCM and about two finger widths above the collarbone.',
      clinicalLocation:
        'Anterior scalene, lower half, just posterior to the lateral border of the clavicular head of the SCM and a few centimetres above the clavicle; flat palpation against the anterior tubercles of the transverse processes. The brachial plexus and subclavian artery emerge between the anterior and middle scalenes.',
      position: { part: 'anterior', along: 0.6, around: 0 },
      essentialZone: ['upper_chest', 'upper_arm_anterior', 'upper_arm_posterior', 'scapula_medial_border'],
      spilloverZone: [
        'anterior_shoulder',
        'posterior_shoulder',
        'forearm_posterior',
        'thumb',
        'index_finger',
        'interscapular',
      ],
    },
    {
      id: 'middle',
      label: 'Middle scalene TrP',
      location:
        'On the side of the neck, a little further back and higher than the anterior scalene point, above the collarbone.',
      clinicalLocation:
        'Middle scalene, posterolateral to the anterior scalene and behind the brachial plexus, above the clavicle; flat palpation against the posterior tubercles of the transverse processes.',
      position: { part: 'middle', along: 0.5, around: 0 },
      essentialZone: ['upper_chest', 'upper_arm_anterior', 'upper_arm_posterior', 'scapula_medial_border'],
      spilloverZone: [
        'anterior_shoulder',
        'posterior_shoulder',
        'forearm_posterior',
        'thumb',
        'index_finger',
        'interscapular',
      ],
    },
    {
      id: 'posterior',
      label: 'Posterior scalene TrP',
      location:
        'Low at the base of the side of the neck, behind the middle scalene and under the front edge of the muscle that runs from the neck to the top of the shoulder (upper trapezius).',
      clinicalLocation:
        'Posterior scalene, lower part, posterior to the middle scalene and deep to the levator scapulae, where it runs almost horizontally toward the second rib; reached by pushing the anterior border of the upper trapezius backward and palpating flat against the second rib and the posterior tubercles of the lower cervical transverse processes.',
      position: { part: 'posterior', along: 0.6, around: 0 },
      essentialZone: ['upper_chest', 'upper_arm_anterior', 'upper_arm_posterior', 'scapula_medial_border'],
      spilloverZone: [
        'anterior_shoulder',
        'posterior_shoulder',
        'forearm_posterior',
        'thumb',
        'index_finger',
        'interscapular',
      ],
    },
  ],
  referredPain:
    'A wide pattern: toward the front of the chest, down the front and back of the upper arm, skipping the elbow to the thumb side of the forearm, the thumb and index finger, and behind to the inner edge of the shoulder blade.',
  clinicalSummary:
    'Travell and Simons draw one composite pattern for trigger points in the anterior, middle and posterior scalenes and the sources checked here do not split it muscle by muscle, so all three trigger points here carry the same zones: the pectoral region, anterior and posterior upper arm, the radial forearm, thumb and index finger, and the vertebral border of the scapula. Travell and Simons describe a scalene-cramp test (pain reproduced by rotating the head to the painful side and pulling the chin into the supraclavicular fossa), a scalene-relief test and a finger-flexion test. Differentiate from C5-C7 radiculopathy, thoracic outlet syndrome, carpal tunnel syndrome and, for chest pain, cardiac causes.',
  symptoms: [
    'Aching in the chest, arm, hand or shoulder blade that seems to have no local cause.',
    'Numbness or tingling in the hand, and dropping things.',
    'Pain that disturbs sleep, sometimes eased by sitting up or propping the arm.',
  ],
  perpetuatingFactors: [
    'Breathing mainly with the upper chest rather than the belly.',
    'Chronic cough, asthma, bronchitis or emphysema.',
    'Pulling, hauling or lifting heavy loads, and carrying loads on the shoulders.',
    'Sleeping with the head too low or too high.',
    'Whiplash, and an uneven pelvis or leg-length difference that tilts the spine.',
  ],
  associatedMuscles: [
    'sternocleidomastoid',
    'upper_trapezius',
    'levator_scapulae',
    'splenius_capitis',
    'pectoralis_major',
    'deltoid',
    'triceps_brachii',
    'brachioradialis',
  ],
  selfCare: {
    stretch: {
      name: 'Seated scalene stretch',
      steps: [
        'Sit upright and slide the hand of the sore side under your thigh, or hold the chair seat, to keep the shoulder down.',
        'Tilt your head away from the sore side, bringing the ear toward the other shoulder.',
        'For the front fibres, turn the face slightly toward the sore side; for the back fibres, turn it slightly away and look down.',
        'Hold each position for about 30 seconds while breathing slowly into the belly.',
        'Come back to the middle slowly with your hand supporting your head.',
      ],
      cautions: [
        'Stop if tingling or numbness into the arm increases.',
        'Do not tip the head far backward, and stop if you feel dizzy.',
        'Chest pain spreading to the arm can come from the heart: get urgent medical care first, before thinking of muscles.',
      ],
    },
    selfPressure: {
      name: 'Light finger pressure above the collarbone',
      steps: [
        'Find the outer edge of the SCM at the base of the neck.',
        'Slide two fingertips just behind it, above the collarbone, with the head tilted slightly toward the sore side.',
        'Press lightly on tender spots for 10 to 20 seconds each.',
        'Work up the side of the neck in small steps.',
      ],
      cautions: [
        'Use light pressure only: the nerves and blood vessels to the arm run between these muscles.',
        'If you feel tingling into the arm or a pulse under your fingers, move off.',
        'Numbness, weakness or tingling that persists needs a clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'relaxation_meditation',
      note: 'Practising slow belly (diaphragmatic) breathing to unload these breathing helpers.',
    },
    { id: 'supportive_pillow', note: 'A pillow that keeps the neck level, neither too low nor too high.' },
    { id: 'posture' },
    { id: 'spray_and_stretch' },
    { id: 'physical_therapy', note: 'Breathing retraining and neck stretches.' },
    {
      id: 'trigger_point_injection',
      note: 'Needs a skilled clinician because the nerves to the arm and the top of the lung lie close by.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter on the scalene muscles; pain-pattern figure, p. 506' },
    {
      source: 'ezzati_2021_cervical_myofascial_prevalence',
      locator:
        '126 people with neck pain spreading to the arm and a normal MRI: the scalenes were among the two muscles most often involved',
    },
  ],
  uncertain:
    'Travell and Simons draw one combined pain pattern for the scalene group, so which part sends pain where is approximate here. A 2021 study of people with neck pain spreading to the arm and a normal MRI found scalene trigger points among the commonest, which supports the muscle as a source of arm pain but does not map which part refers where. Scalene symptoms overlap with thoracic outlet syndrome and pinched neck nerves, which a clinician must tell apart.',
} as const satisfies Muscle
