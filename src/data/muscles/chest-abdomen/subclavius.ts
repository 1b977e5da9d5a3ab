/** Subclavius: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const subclavius = {
  name: 'Subclavius',
  latin: 'Musculus subclavius',
  synonyms: ['subclavian muscle', 'muscle under the collarbone'],
  area: 'chest_abdomen',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA13411', right: 'FMA13412' } }],
  attachments: {
    origin: 'The first rib where it joins its cartilage (the junction of the first rib and first costal cartilage).',
    insertion: 'A groove on the underside of the middle third of the collarbone (subclavian groove of the clavicle).',
  },
  actions: [
    'Pulls the collarbone down and in toward the breastbone',
    'Steadies the joint between the collarbone and the breastbone during arm movements',
  ],
  triggerPoints: [
    {
      id: 'central',
      label: 'Subclavius TrP',
      location:
        'Tucked under the middle of the collarbone, felt only by pressing up against the underside of the bone through the chest muscle.',
      clinicalLocation:
        'Mid-belly of subclavius beneath the middle third of the clavicle, deep to the clavicular pectoralis major; palpated through pectoralis major with pressure directed upward against the inferior surface of the clavicle, with the shoulder slightly protracted to slacken the overlying muscle.',
      position: { along: 0.55, around: 0 },
      essentialZone: ['upper_chest', 'anterior_shoulder', 'upper_arm_anterior'],
      spilloverZone: ['forearm_anterior', 'thumb', 'index_finger', 'middle_finger'],
    },
  ],
  referredPain:
    'Pain below the collarbone and across the front of the shoulder, running down the front of the upper arm. It can skip the elbow and wrist and reappear along the thumb side of the forearm and in the thumb, index and middle fingers, on both the palm side and the back of the hand.',
  clinicalSummary:
    'Referral is to the infraclavicular region and anterior shoulder, down the anterior arm over biceps, then (sparing elbow and wrist) to the radial forearm and the thumb, index and middle fingers, both volar and dorsal. The TrP is found only indirectly, by upward pressure against the clavicle through pectoralis major; shortening depresses the clavicle and can narrow the costoclavicular space. The differential includes C6-C7 radiculopathy, neurogenic or venous thoracic outlet compression, and TrPs of pectoralis major, scalenes and biceps.',
  symptoms: [
    'Aching below the collarbone and at the front of the shoulder',
    'Pain down the front of the upper arm',
    'Pain in the thumb, index and middle fingers with no problem found in the hand',
  ],
  perpetuatingFactors: [
    'A slumped, round-shouldered posture that keeps the collarbone pulled down',
    'Carrying heavy loads that drag the shoulders down, such as bags on a shoulder strap',
    'Trigger points in the pectoralis major, which often develop alongside these',
  ],
  associatedMuscles: ['pectoralis_major', 'pectoralis_minor', 'scalenes', 'sternocleidomastoid'],
  selfCare: {
    stretch: {
      name: 'Shoulders back and up',
      steps: [
        'Sit or stand tall and let your arms hang.',
        'Turn the palms forward, then gently draw the shoulders back and slightly up, lifting the collarbones.',
        'Take a slow breath in while you hold the position for 20 to 30 seconds.',
        'Relax, then repeat two or three times; the doorway chest stretch with the elbows low also reaches this muscle.',
      ],
      cautions: [
        'Stop if the arm or hand tingles, goes numb or changes colour.',
        'Be gentle after a collarbone fracture or shoulder surgery; ask your clinician first.',
      ],
    },
    selfPressure: {
      name: 'Gentle pressure under the collarbone',
      steps: [
        'Sit with the arm of the sore side resting in your lap so the chest muscle is slack.',
        'Place two fingertips just below the middle of the collarbone.',
        'Press gently upward against the underside of the bone and hold a tender spot for 20 to 30 seconds.',
        'Release and move a finger-width along the bone; finish with the shoulder stretch.',
      ],
      cautions: [
        'Keep the pressure light and aimed up at the bone: the main nerves and vessels of the arm pass just behind and below the collarbone.',
        'Do not press into the hollow above the collarbone.',
        'Stop at once if you feel tingling, numbness or a pulse under your fingers.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'posture', note: 'An upright, open-chested posture stops the collarbone being held down.' },
    { id: 'gentle_stretching_yoga' },
    { id: 'self_massage_pressure', note: 'Only light pressure, directed up against the collarbone.' },
    { id: 'manual_therapy' },
    {
      id: 'trigger_point_injection',
      note: 'Rarely used here: the subclavian vessels and the top of the lung lie close behind the muscle.',
    },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Pectoralis Major Muscle" (section on the subclavius)' },
  ],
  uncertain:
    'The muscle lies hidden under the collarbone and the chest muscle, so its trigger point cannot be felt directly; no study beyond the trigger-point manual was found that describes it, so its pattern rests on clinical observation.',
} as const satisfies Muscle
