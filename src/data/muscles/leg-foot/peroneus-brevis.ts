/** Peroneus brevis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const peroneusBrevis = {
  name: 'Peroneus brevis',
  latin: 'Musculus fibularis brevis',
  synonyms: ['fibularis brevis', 'peroneals', 'peroneal muscle', 'short peroneal'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22555', right: 'FMA22554' } }],
  attachments: {
    origin: 'Lower two-thirds of the outer surface of the fibula, under the peroneus longus.',
    insertion:
      'Its tendon runs behind the outer ankle bone (lateral malleolus) to the bump at the base of the fifth metatarsal, on the outer edge of the foot.',
  },
  actions: [
    'Turns the sole outward (eversion)',
    'Helps point the foot down',
    'Steadies the outer ankle and guards against rolling it over',
  ],
  triggerPoints: [
    {
      id: 'lower',
      label: 'Lower TrP',
      location:
        'On the outer side of the lower leg, about where its middle and lower thirds meet, just in front of or just behind the tendon of the peroneus longus.',
      clinicalLocation:
        'Peroneus brevis near the junction of the middle and distal thirds of the leg, on either side of the peroneus longus tendon where the brevis belly is exposed; flat palpation against the lateral fibula.',
      position: { along: 0.45, around: 0 },
      essentialZone: ['lateral_ankle'],
      spilloverZone: ['lateral_leg'],
    },
  ],
  referredPain:
    'Like the peroneus longus, it sends pain around the outer ankle bone (above, behind and below it) and a short way along the outer edge of the foot; some people also ache over the lower outer leg.',
  clinicalSummary:
    'Refers around the lateral malleolus and a short way along the lateral border of the foot, a pattern nearly identical to the peroneus longus, with which it is usually involved. Associated with weak, unstable ankles and recurrent inversion sprains; eversion against resistance and stretch into inversion with plantar flexion provoke pain. Differentials include lateral ankle ligament injury, peroneal tendinopathy or split tear, peroneal tendon subluxation, fracture at the base of the fifth metatarsal and L5-S1 radiculopathy.',
  symptoms: [
    'Ankle pain around the outer ankle bone',
    'Weak, wobbly ankles that roll over and sprain easily',
    'Tenderness along the outer edge of the foot',
  ],
  perpetuatingFactors: [
    'Ankle sprains, and long immobilisation in a cast',
    'Morton foot structure (a short first metatarsal with a relatively long second toe), which lets the foot roll',
    'High heels and walking on uneven ground',
    'Sitting with the legs crossed, and tight elastic around the lower leg',
  ],
  associatedMuscles: ['peroneus_longus', 'peroneus_tertius', 'extensor_digitorum_longus', 'tibialis_posterior'],
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
        'Keep the crossed-leg position short, as long spells of crossing the legs press on the outer leg.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure on the lower outer leg',
      steps: [
        'Sit with the knee bent and the foot flat.',
        'Find the fibula on the outer side of the leg and move to a hand-width or so above the outer ankle bone.',
        'Press with your thumb just in front of and just behind the cord-like tendon there, and hold tender spots for 20 to 60 seconds.',
        'Finish with the foot-turn stretch.',
      ],
      cautions: [
        'Press on the muscle beside the bone, not on a swollen or bruised ankle.',
        'Pain with swelling over the bone at the outer edge of the foot after a twist may be a fracture and needs checking.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'footwear_insoles',
      note: 'A pad under the first metatarsal head corrects Morton foot structure; avoid high heels.',
    },
    { id: 'physical_therapy', note: 'Balance and ankle-strength training helps ankles that keep rolling over.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
  ],
  sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the peroneal muscles' }],
} as const satisfies Muscle
