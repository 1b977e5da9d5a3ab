/** Peroneus longus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const peroneusLongus = {
  name: 'Peroneus longus',
  latin: 'Musculus fibularis longus',
  synonyms: ['fibularis longus', 'peroneals', 'peroneal muscle', 'outer calf muscle'],
  area: 'leg_foot',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22553', right: 'FMA22552' } }],
  attachments: {
    origin: 'Head and upper two-thirds of the outer surface of the fibula.',
    insertion:
      'Under the foot: its tendon runs behind the outer ankle bone and across the sole to the medial cuneiform and the base of the first metatarsal.',
  },
  actions: [
    'Turns the sole outward (eversion)',
    'Helps point the foot down',
    'Presses the ball of the big toe down and supports the arches, steadying the foot on uneven ground',
  ],
  triggerPoints: [
    {
      id: 'upper',
      label: 'Upper TrP',
      location:
        'On the outer side of the leg, about two finger-widths below the knob of the fibula that sits just below the knee.',
      clinicalLocation:
        'Peroneus longus 2-4 cm distal to the fibular head, over the fibular shaft; flat palpation against the fibula, mindful of the common peroneal nerve where it winds around the fibular neck just above.',
      position: { along: 0.12, around: 0 },
      essentialZone: ['lateral_ankle'],
      spilloverZone: ['lateral_leg'],
    },
  ],
  referredPain:
    'Pain is felt around the outer ankle bone (above, behind and below it) and a little way along the outer side of the foot; some people also ache over the outer leg.',
  clinicalSummary:
    'Refers around the lateral malleolus (above, behind and below it) and a short way along the lateral foot, with spillover over the lateral leg. Often accompanies ankle instability and recurrent inversion sprains; a taut proximal band can compress the common peroneal nerve against the fibula, giving dorsal foot numbness and dorsiflexion weakness. Differentials include lateral ankle ligament injury, peroneal tendinopathy or tendon subluxation, L5-S1 radiculopathy and common peroneal neuropathy from other causes.',
  symptoms: [
    'Ankle pain and tenderness around the outer ankle',
    'Weak, unstable ankles that sprain easily',
    'If the muscle presses on the nerve just below the knee (common peroneal nerve): numbness on the top of the foot and weakness lifting the foot',
  ],
  perpetuatingFactors: [
    'Morton foot structure (a short first metatarsal with a relatively long second toe), which lets the foot roll',
    'Sitting with the legs crossed, which presses on the muscle and nerve below the knee',
    'High heels',
    'Socks with tight elastic bands just below the knee',
    'Immobilisation in a cast',
  ],
  associatedMuscles: ['gluteus_minimus', 'tibialis_anterior'],
  selfCare: {
    stretch: {
      name: 'Seated foot-turn stretch',
      steps: [
        'Sit and rest the ankle of the sore leg on the other knee.',
        'Hold the foot and gently turn the sole inward, pointing the foot slightly down.',
        'Hold for 20 to 30 seconds, breathing slowly.',
        'Release and repeat two or three times.',
      ],
      cautions: [
        'Be gentle after a recent ankle sprain.',
        'Keep the crossed-leg position short, as long spells of crossing the legs press on this muscle.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure on the outer leg',
      steps: [
        'Sit with the knee bent.',
        'Find the knob of the fibula on the outside of the leg just below the knee, then move two finger-widths down.',
        'Press with your thumb on the muscle and hold tender spots for 20 to 60 seconds.',
        'Work down the outer leg, then stretch.',
      ],
      cautions: [
        'Press gently right below the knob of the fibula: the common peroneal nerve wraps around the bone there.',
        'Move off any spot that sends tingling over the top of the foot.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'footwear_insoles',
      note: 'A pad under the first metatarsal head corrects Morton foot structure; avoid high heels and tight elastic below the knee.',
    },
    { id: 'sitting_habits', note: 'Avoid sitting with the legs crossed.' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'The needle is kept clear of the common peroneal nerve near the head of the fibula.',
    },
    { id: 'physical_therapy' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the peroneal muscles' }],
} as const satisfies Muscle
