/** Upper trapezius: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const upperTrapezius = {
  name: 'Upper trapezius',
  latin: 'Musculus trapezius, pars descendens',
  synonyms: ['traps', 'upper traps', 'trapezius', 'shoulder muscle', 'descending trapezius'],
  area: 'shoulder_upper_back',
  layer: 'superficial',
  parts: [{ id: 'descending_part', name: 'Descending (upper) part', fma: { left: 'FMA33587', right: 'FMA33586' } }],
  attachments: {
    origin:
      'The back of the skull (inner part of the ridge at its base) and the ligament running down the back of the neck.',
    insertion: 'The outer third of the collarbone and the tip of the shoulder (acromion).',
  },
  actions: [
    'Lifts the shoulder and, with other muscles, turns the shoulder blade upward when the arm is raised.',
    'With the shoulder fixed, bends the head to the same side and turns the face to the opposite side.',
    'Both sides together help hold the head upright and tip it back.',
  ],
  triggerPoints: [
    {
      id: 'trp1',
      label: 'TrP1',
      location:
        'In the front edge of the muscle on top of the shoulder, about halfway between the neck and the tip of the shoulder; you can pinch it between thumb and fingers.',
      clinicalLocation:
        'Most anterior, near-vertical fibres of the descending trapezius at the mid-point of its free anterior border, about midway between the lower cervical spine and the acromion; pincer palpation, lifting the muscle off the underlying supraspinatus and scalenes with the neck slightly side-bent toward the same side.',
      position: { along: 0.6, around: 0.75 },
      essentialZone: ['lateral_neck', 'posterior_neck', 'temple'],
      spilloverZone: ['ear', 'eye_orbit', 'jaw_tmj'],
    },
    {
      id: 'trp2',
      label: 'TrP2',
      location:
        'Slightly behind and to the outside of TrP1, in the fibres running across the top of the shoulder blade.',
      clinicalLocation:
        'More horizontal fibres of the descending part, caudal and slightly lateral to TrP1, over the supraspinous fossa; pincer palpation, or flat palpation against the supraspinatus beneath.',
      position: { along: 0.7, around: 0 },
      essentialZone: ['posterior_neck'],
      spilloverZone: ['ear', 'occiput'],
    },
  ],
  referredPain:
    'Up the side and back of the neck, behind the ear and to the temple, sometimes around the eye and to the angle of the jaw: one of the commonest muscle sources of headache.',
  clinicalSummary:
    "TrP1 refers along the posterolateral neck to the mastoid region and temple, sometimes to the angle of the mandible and the orbit; TrP2 refers to the upper posterior neck and suboccipital region. It is among the commonest myofascial sources of temporal and tension-type headache and neck pain; side-bending to the opposite side is painful and limited at end range. In a blinded study of chronic tension-type headache, pressure on active upper trapezius trigger points reproduced the patients' headache. Cervical facet pain, cervical radiculopathy and primary headache disorders belong in the differential.",
  symptoms: [
    'Headache at the temple and pain up the side of the neck.',
    'Neck stiffness, with tilting the head to the other side painful or limited.',
    'Tenderness along the top of the shoulder.',
    'In a blinded study, pressing active upper trapezius trigger points reproduced the familiar headache of people with chronic tension-type headache.',
  ],
  perpetuatingFactors: [
    'Holding the shoulders up: armrests that are too high or missing, or a desk too high for the chair.',
    'Holding a phone between ear and shoulder.',
    'Heavy shoulder bags, and tight bra or backpack straps.',
    'Long hours at a screen with the head forward, and emotional stress.',
    'An uneven pelvis or leg-length difference that tilts the shoulders.',
    'Cold drafts on the neck and shoulders.',
  ],
  associatedMuscles: [
    'levator_scapulae',
    'sternocleidomastoid',
    'splenius_capitis',
    'scalenes',
    'temporalis',
    'masseter',
    'supraspinatus',
  ],
  selfCare: {
    stretch: {
      name: 'Seated upper trapezius stretch',
      steps: [
        'Sit upright and hold the chair seat with the hand of the sore side, so the shoulder stays down.',
        'Tilt your head away from the sore side, bringing the ear toward the other shoulder.',
        'Turn your face slightly toward the sore side and let the chin drop a little.',
        'Rest your free hand on your head for gentle extra weight only.',
        'Hold for about 30 seconds while breathing slowly, then come back up with your hand supporting your head.',
      ],
      cautions: ['Stop if you feel tingling into the arm or dizziness.', 'Do not bounce or pull hard on the head.'],
    },
    selfPressure: {
      name: 'Pincer squeeze on the top of the shoulder',
      steps: [
        'Sit with the elbow of the sore side resting on a table or armrest so the shoulder relaxes.',
        'Reach across with the other hand and pinch the muscle on top of the shoulder between your thumb and fingers.',
        'Squeeze a tender spot firmly but comfortably for 20 to 30 seconds, until the tenderness eases.',
        'Move along the muscle from the neck toward the tip of the shoulder and repeat.',
      ],
      cautions: [
        'Aim for a tolerable ache, not sharp pain.',
        'If your hands tire or hurt, use a ball against a wall or a hooked massage tool instead.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat across the top of the shoulder and neck.' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    { id: 'relaxation_meditation', note: 'Stress often shows as raised shoulders; noticing and dropping them helps.' },
    {
      id: 'ergonomic_workstation',
      note: 'Armrests that support the elbows without lifting the shoulders; a headset for the phone.',
    },
    { id: 'posture' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    {
      id: 'dry_needling',
      note: 'Needling here is done over the top of the shoulder with care, because the top of the lung lies below.',
    },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Trapezius Muscle"; pain-pattern figures, pp. 279-281' },
    { source: 'fernandez_de_las_penas_2006_tension_headache' },
    { source: 'alonso_blanco_2012_tmd_fibromyalgia' },
  ],
} as const satisfies Muscle
