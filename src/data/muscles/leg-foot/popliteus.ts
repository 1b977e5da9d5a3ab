/** Popliteus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const popliteus = {
  name: 'Popliteus',
  latin: 'Musculus popliteus',
  synonyms: ['popliteus muscle', 'back of knee muscle'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22592', right: 'FMA22591' } }],
  attachments: {
    origin:
      'By a cord-like tendon from a groove on the outer side of the outer knob (lateral condyle) of the thigh bone, inside the knee joint capsule, with fibres to the outer meniscus.',
    insertion:
      'The flat triangular area on the back of the upper shinbone (tibia), above the soleal line; the muscle runs obliquely down and inward behind the knee.',
  },
  actions: [
    'Unlocks the straightened knee at the start of bending by turning the shinbone inward on the thigh (or the thigh outward on a planted foot)',
    'Helps bend the knee',
    'Pulls the outer meniscus back as the knee bends, and resists the thigh bone sliding forward on the shin when crouching',
  ],
  triggerPoints: [
    {
      id: 'medial',
      label: 'Medial TrP',
      location:
        'Behind the knee at its inner side, just below the crease, where the muscle attaches to the back of the shinbone. It is found by pressing up against the back of the bone, beside the inner calf muscle.',
      clinicalLocation:
        'Distal (tibial) end of the popliteus at the posteromedial proximal tibia, between the medial head of the gastrocnemius and the semitendinosus tendon; palpated against the posterior tibia with the knee flexed and the medial gastrocnemius pushed aside.',
      position: { along: 0.85, around: 0 },
      essentialZone: ['knee_posterior'],
      spilloverZone: [],
    },
    {
      id: 'lateral',
      label: 'Lateral TrP',
      location:
        'Behind the knee toward its outer side, just above the knob of the fibula, near where the muscle begins.',
      clinicalLocation:
        'Proximal popliteus near its femoral attachment, at the lateral side of the popliteal fossa just above the fibular head and medial to the biceps femoris tendon; difficult to palpate reliably, deep to the lateral gastrocnemius and plantaris.',
      position: { along: 0.2, around: 0 },
      essentialZone: ['knee_posterior'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain is felt mainly at the back of the knee, a little above where the trigger point lies.',
  clinicalSummary:
    'Refers to the posterior knee (popliteal fossa) rather than down the leg. Pain is provoked by crouching, running or walking downhill and down stairs, and by the end of knee extension; passive knee extension and lateral rotation of the tibia are restricted and painful. Differentials include a popliteal (Baker) cyst, posterior horn meniscal tears, popliteus tendinopathy, posterolateral corner injury and deep vein thrombosis; the neurovascular bundle runs through the centre of the fossa, so examination and needling stay at its margins.',
  symptoms: [
    'Pain at the back of the knee when crouching, squatting or kneeling',
    'Knee pain at the back of the knee when running or walking downhill or down stairs',
    'Pain when straightening the knee fully',
  ],
  perpetuatingFactors: [
    'Running or skiing downhill, and sports with sudden twisting on a bent knee, such as football',
    'Walking or running on sideways-sloping ground',
    'A knee injury or strain at the back of the knee',
  ],
  associatedMuscles: ['gastrocnemius', 'plantaris', 'biceps_femoris', 'semitendinosus'],
  selfCare: {
    stretch: {
      name: 'Gentle knee-straightening stretch',
      steps: [
        'Sit on the floor or a bed with the sore leg straight out in front of you and a rolled towel under the heel.',
        'Turn the foot and shin slightly outward.',
        'Let the back of the knee sink gently toward the floor until you feel a mild stretch behind the knee.',
        'Hold for 20 to 30 seconds while breathing slowly, then relax; repeat two or three times.',
      ],
      cautions: [
        'Stop if the knee locks, gives way, swells or hurts sharply: these need a clinician to look for a joint injury.',
        'Do not push the knee hard into full straightening.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure at the inner back of the knee',
      steps: [
        'Sit with the knee bent and the foot resting flat, so the calf is relaxed.',
        'Place your fingertips on the inner side of the upper calf, just below the knee crease, and press forward against the back of the shinbone.',
        'Hold a tender spot with gentle pressure for 20 to 60 seconds until it eases.',
        'Finish with the knee-straightening stretch.',
      ],
      cautions: [
        'Stay at the inner edge: the middle of the hollow behind the knee holds a large artery, vein and nerve, so never press or use a ball there.',
        'A swelling behind the knee, or a calf that is swollen, hot or red, needs medical care rather than pressure.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'self_massage_pressure',
      note: 'Only at the inner edge of the back of the knee, never in the centre of the hollow.',
    },
    { id: 'rest_pacing', note: 'Ease off downhill running and deep squats while the knee settles.' },
    { id: 'manual_therapy' },
    { id: 'physical_therapy' },
    {
      id: 'trigger_point_injection',
      note: 'Given from the inner side of the knee, away from the vessels and nerve in the middle of the hollow.',
    },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the popliteus muscle' },
    { source: 'lucas_2009_trp_reliability' },
  ],
  uncertain:
    'The popliteus lies deep in the back of the knee and its trigger points are hard to feel; no study beyond the trigger-point manual was found, so the description rests on clinical observation and examiners may not agree on them.',
} as const satisfies Muscle
