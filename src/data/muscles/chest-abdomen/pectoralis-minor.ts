/** Pectoralis minor: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const pectoralisMinor = {
  name: 'Pectoralis minor',
  latin: 'Musculus pectoralis minor',
  synonyms: ['pec minor', 'small chest muscle', 'lesser pectoral muscle'],
  area: 'chest_abdomen',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA13376', right: 'FMA13375' } }],
  attachments: {
    origin: 'Outer surfaces of the 3rd, 4th and 5th ribs, near where they join their cartilages.',
    insertion:
      'The coracoid process, the small bony hook at the front of the shoulder blade just below the outer end of the collarbone.',
  },
  actions: [
    'Tips the shoulder blade forward and down, rounding the shoulder',
    'Pulls the shoulder blade forward around the chest wall (protraction)',
    'Lifts the upper ribs when breathing hard, if the shoulder blade is held still',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Upper TrP',
      location:
        'Under the chest muscle, just below and inside the bony point at the front of the shoulder, a little below the outer third of the collarbone.',
      clinicalLocation:
        'Near the musculotendinous junction just inferomedial to the coracoid process, deep to pectoralis major; flat palpation through a relaxed pectoralis major (arm resting at the side), or pincer palpation from the axilla with fingers slid beneath the lateral border of pectoralis major.',
      position: { along: 0.8, around: 0 },
      essentialZone: ['anterior_shoulder'],
      spilloverZone: [
        'upper_chest',
        'upper_arm_medial',
        'medial_elbow',
        'forearm_anterior',
        'middle_finger',
        'ring_finger',
        'little_finger',
      ],
    },
    {
      id: 'lower',
      label: 'Lower TrP',
      location:
        'Lower in the same muscle, near where it attaches to the ribs, about level with the 4th rib and in line with the nipple.',
      clinicalLocation:
        'Lower belly near the costal attachments at about the 4th rib, slightly medial to the nipple line; flat palpation against the ribs through pectoralis major, avoiding breast tissue.',
      position: { along: 0.2, around: 0 },
      essentialZone: ['anterior_shoulder'],
      spilloverZone: [
        'upper_chest',
        'upper_arm_medial',
        'medial_elbow',
        'forearm_anterior',
        'middle_finger',
        'ring_finger',
        'little_finger',
      ],
    },
  ],
  referredPain:
    'Pain centred over the front of the shoulder, spreading over the upper chest and sometimes down the inner side of the arm, elbow and forearm to the middle, ring and little fingers. The pattern is much like that of the pectoralis major. When the muscle is tight it can also squeeze the nerves and vessels to the arm as they pass beneath it, giving tingling or numbness in the hand.',
  clinicalSummary:
    'Referral is concentrated over the anterior deltoid, with spillover across the pectoral region and down the ulnar aspect of the arm to the 3rd-5th digits, closely resembling clavicular and sternal pectoralis major patterns. A shortened muscle anteriorly tilts and protracts the scapula (posterior acromion raised off the couch in supine lying) and can compress the brachial plexus cords and axillary vessels beneath it (pectoralis minor syndrome), giving paraesthesia. The differential includes angina, C7-C8 radiculopathy, neurogenic thoracic outlet syndrome at the scalene level, and bicipital tendinopathy.',
  symptoms: [
    'Aching at the front of the shoulder and across the upper chest',
    'Pain down the inner arm toward the little finger side of the hand',
    'Tingling or numbness in the hand, worse with the arms raised or the shoulders rounded',
    'Chest pain on the same side that can resemble heart pain: new or unexplained chest pain needs urgent medical assessment first',
    'Rounded shoulders that are hard to draw back',
  ],
  perpetuatingFactors: [
    'A round-shouldered, slumped posture that keeps the muscle short',
    'Breathing mainly with the upper chest, which overworks the muscle as a breathing helper',
    'Trigger points in the pectoralis major, which often come with these',
  ],
  associatedMuscles: [
    'pectoralis_major',
    'subclavius',
    'scalenes',
    'sternocleidomastoid',
    'deltoid',
    'coracobrachialis',
  ],
  selfCare: {
    stretch: {
      name: 'High doorway stretch',
      steps: [
        'Stand in a doorway and place the forearm of the sore side on the frame with the elbow above shoulder height.',
        'Draw the shoulder blade back and down, away from your ear.',
        'Turn your body gently away from that arm and lean through the doorway until you feel a stretch just below the front of the shoulder.',
        'Breathe slowly into your belly and hold for about 30 seconds.',
        'Repeat two or three times, ideally after a warm shower.',
      ],
      cautions: [
        'Stop if the hand tingles or goes numb: ease off to a lower elbow position.',
        'Do not force the stretch if your shoulder has dislocated before or feels unstable.',
        'New, unexplained or exertional chest pain needs urgent medical assessment before any self-treatment.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure below the front of the shoulder',
      steps: [
        'Sit with the arm of the sore side resting on a table or your lap so the chest muscle is slack.',
        'Find the bony point at the front of the shoulder, then slide your fingertips just below and inward from it.',
        'Press gently back toward the ribs through the chest muscle and look for a tender spot.',
        'Hold light, steady pressure for 20 to 60 seconds until it eases, then move slightly down toward the ribs.',
        'Finish with the high doorway stretch.',
      ],
      cautions: [
        'Do not dig deep into the armpit: the nerves and blood vessels of the arm run there.',
        'Stop at once if you feel tingling, numbness or a pulse under your fingers.',
        'Do not press on breast tissue or lumps; see a doctor about any new breast lump.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    {
      id: 'posture',
      note: 'Correcting a round-shouldered, head-forward posture lets the muscle rest at its normal length.',
    },
    { id: 'gentle_stretching_yoga', note: 'The doorway stretch with the elbow high reaches this muscle best.' },
    { id: 'relaxation_meditation', note: 'Belly breathing takes breathing work off the upper chest muscles.' },
    { id: 'self_massage_pressure' },
    { id: 'manual_therapy' },
    { id: 'physical_therapy', note: 'Useful when arm tingling suggests the nerves are squeezed beneath the muscle.' },
    {
      id: 'trigger_point_injection',
      note: 'The needle is aimed toward a rib, never into the gaps between ribs, because the lung lies beneath; this needs an experienced clinician.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Pectoralis Minor Muscle"' },
    { source: 'sanders_2017_pectoralis_minor_syndrome' },
    { source: 'gulati_2021_chest_pain_guideline' },
  ],
} as const satisfies Muscle
