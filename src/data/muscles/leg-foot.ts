/**
 * Muscles of the lower leg. Trigger-point locations and referred-pain patterns follow
 * Travell & Simons, Vol 2 (1992); positions use each part's `attachments` (origin = `along` 0,
 * which for these muscles is the upper end).
 */
import type { Muscle } from '../types.ts'

export const legFootMuscles = {
  gastrocnemius: {
    name: 'Gastrocnemius',
    latin: 'Musculus gastrocnemius',
    synonyms: ['calf muscle', 'calves', 'gastroc', 'calf'],
    area: 'leg_foot',
    layer: 'superficial',
    parts: [
      { id: 'medial_head', name: 'Medial head', fma: { left: 'FMA45958', right: 'FMA45957' } },
      { id: 'lateral_head', name: 'Lateral head', fma: { left: 'FMA45961', right: 'FMA45960' } },
    ],
    attachments: {
      origin:
        'Medial head: the back of the inner knob (medial condyle) of the thigh bone. Lateral head: the back of the outer knob (lateral condyle) of the thigh bone.',
      insertion: 'Back of the heel bone (calcaneus), through the Achilles tendon.',
    },
    actions: [
      'Points the foot down (plantar flexion): rising onto the toes and pushing off in walking',
      'Helps bend the knee',
      'Steadies the knee and ankle when standing and walking',
    ],
    triggerPoints: [
      {
        id: 'trp1',
        label: 'TrP1',
        location:
          'In the inner half of the upper calf, a little above the middle of the muscle bulge, near its inner border.',
        position: { part: 'medial_head', along: 0.4, around: 0.25 },
        essentialZone: ['sole'],
        spilloverZone: ['medial_ankle', 'calf', 'knee_posterior', 'posterior_thigh'],
      },
      {
        id: 'trp2',
        label: 'TrP2',
        location:
          'In the outer half of the upper calf, a little above the middle of the muscle bulge, near its outer border.',
        position: { part: 'lateral_head', along: 0.4, around: 0.75 },
        essentialZone: ['calf'],
        spilloverZone: ['knee_posterior'],
      },
      {
        id: 'upper',
        label: 'Upper TrPs',
        location: 'High in the calf, just below the crease at the back of the knee, where each head begins.',
        position: { part: 'medial_head', along: 0.08, around: 0 },
        essentialZone: ['knee_posterior'],
        spilloverZone: [],
      },
    ],
    referredPain:
      'The most common trigger point, in the inner upper calf, sends pain to the arch (instep) of the foot, with some spreading over the inner ankle, the calf and the back of the knee. Trigger points in the outer head cause more local calf pain, and those high up near the knee refer to the back of the knee.',
    symptoms: [
      'Calf cramps, especially at night',
      'Pain in the arch of the foot',
      'Pain at the back of the knee when climbing, walking up slopes or over rough ground',
      'Calf pain when walking',
    ],
    perpetuatingFactors: [
      'High-heeled shoes, which keep the calf short',
      'Climbing, walking uphill or on slopes, and running',
      'Sleeping with the feet pointed down',
      'Long periods of immobility, such as a leg in a cast',
      'Socks or stockings with tight elastic tops that restrict circulation',
    ],
    associatedMuscles: ['soleus', 'biceps_femoris', 'semitendinosus'],
    selfCare: {
      stretch: {
        name: 'Straight-knee wall calf stretch',
        steps: [
          'Stand facing a wall with your hands on it and the sore leg behind you.',
          'Keep the back knee straight and the heel flat on the floor, toes pointing forward.',
          'Bend the front knee and lean toward the wall until you feel a stretch in the upper calf.',
          'Hold for 30 seconds, breathing slowly, and repeat two or three times.',
        ],
        cautions: [
          'Do not bounce.',
          'Sudden calf pain with swelling, warmth or redness can be a blood clot: get medical help rather than stretching.',
        ],
      },
      selfPressure: {
        name: 'Thumb or ball pressure on the upper calf',
        steps: [
          'Sit with the sore leg crossed over the other knee, or rest the calf on a ball on the floor.',
          'With your thumbs or the ball, search the upper half of the calf, on the inner and outer sides, for tender spots.',
          'Hold gentle pressure on each for 20 to 60 seconds until it eases.',
          'Finish with the wall stretch.',
        ],
        cautions: [
          'Do not press on varicose veins, or on a calf that is swollen, hot or red.',
          'Avoid deep pressure in the hollow at the back of the knee.',
        ],
      },
    },
    treatments: [
      { id: 'heat', note: 'A warm bath or moist heat on the calf before stretching.' },
      { id: 'gentle_stretching_yoga', note: 'The straight-knee wall stretch reaches this muscle; bending the knee shifts the stretch to the soleus.' },
      { id: 'self_massage_pressure' },
      {
        id: 'footwear_insoles',
        note: 'Low heels rather than high ones, and no tight elastic at the top of socks or stockings.',
      },
      {
        id: 'supportive_pillow',
        note: 'A pillow against the soles at the foot of the bed stops the feet pointing down during sleep, which can bring on night cramps.',
      },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'therapeutic_massage' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter "Gastrocnemius Muscle"' }],
  },

  soleus: {
    name: 'Soleus',
    latin: 'Musculus soleus',
    synonyms: ['calf muscle', 'deep calf muscle', 'calf'],
    area: 'leg_foot',
    layer: 'deep',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22559', right: 'FMA22558' } }],
    attachments: {
      origin:
        'Back of the head and upper shaft of the fibula, and the soleal line on the back of the shinbone (tibia).',
      insertion: 'Back of the heel bone, through the Achilles tendon.',
    },
    actions: [
      'Points the foot down (plantar flexion), whether the knee is bent or straight',
      'Stops the body tipping forward over the foot when standing',
      'Pumps blood back up the leg when it contracts (the calf muscle pump)',
    ],
    triggerPoints: [
      {
        id: 'trp1',
        label: 'TrP1',
        location:
          'Low in the calf, a few finger-widths above where the muscle turns into the Achilles tendon, slightly to the inner side.',
        position: { along: 0.8, around: 0.1 },
        essentialZone: ['heel'],
        spilloverZone: ['achilles'],
      },
      {
        id: 'trp2',
        label: 'TrP2',
        location: 'High in the calf on the outer side, just below the knob of the fibula.',
        position: { along: 0.15, around: 0.75 },
        essentialZone: ['calf'],
        spilloverZone: [],
      },
      {
        id: 'trp3',
        label: 'TrP3',
        location: 'In the lower calf, a little higher than TrP1 and more to the outer side.',
        position: { along: 0.7, around: 0.9 },
        essentialZone: ['sacroiliac'],
        spilloverZone: [],
      },
    ],
    referredPain:
      'The most common trigger point, low in the calf, sends pain to the back and underside of the heel and the lower Achilles tendon. One high on the outer calf causes aching in the upper calf. A rarer one refers, surprisingly, to the sacroiliac joint on the same side.',
    symptoms: [
      'Heel pain, sometimes so sharp that standing on the heel is hard; it can be mistaken for other causes of heel pain',
      'Pain walking uphill or up and down stairs',
      'Difficulty squatting with the heels down',
      'Aching calves and swelling of the foot and ankle, as the trigger points can hamper the calf pump',
      'Low back strain from bending awkwardly because the ankle is stiff',
    ],
    perpetuatingFactors: [
      'High-heeled shoes, or shoes with stiff soles',
      'Walking or running on slopes, soft sand or uneven ground',
      'Socks or stockings with tight elastic tops',
      'Long periods of immobility, such as a cast',
      'Slipping, or catching yourself from a fall',
    ],
    associatedMuscles: ['gastrocnemius'],
    selfCare: {
      stretch: {
        name: 'Bent-knee wall calf stretch',
        steps: [
          'Stand facing a wall with your hands on it, the sore foot slightly behind the other.',
          'Keep both heels flat on the floor.',
          'Bend both knees and sink down until you feel a stretch low in the calf, above the heel.',
          'Hold for 30 seconds, breathing slowly, and repeat two or three times.',
        ],
        cautions: [
          'Keep the heel down, and stop if the Achilles tendon hurts sharply.',
          'Sudden calf pain with swelling, warmth or redness needs medical care, not stretching.',
        ],
      },
      selfPressure: {
        name: 'Thumb pressure low in the calf',
        steps: [
          'Sit with the sore leg crossed over the other knee, or kneel on a chair with the calf relaxed.',
          'With your thumbs, press into the lower calf just above where the muscle becomes the Achilles tendon, on either side of the tendon.',
          'Hold each tender spot for 20 to 60 seconds until it softens.',
          'Work higher up the outer calf the same way, then stretch.',
        ],
        cautions: [
          'Do not press on varicose veins, or on a calf that is swollen, hot or red.',
          'Press beside the Achilles tendon rather than on it.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga', note: 'Stretch with the knee bent: that slackens the gastrocnemius so the soleus takes the stretch.' },
      { id: 'footwear_insoles', note: 'Avoid high heels and stiff-soled shoes, and tight elastic at the top of socks.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'therapeutic_massage' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the soleus and plantaris' }],
    uncertain:
      'The sacroiliac referral of TrP3 is described as uncommon and rests on clinical observation rather than controlled study.',
  },

  tibialis_anterior: {
    name: 'Tibialis anterior',
    latin: 'Musculus tibialis anterior',
    synonyms: ['shin muscle', 'anterior tibialis', 'tib anterior', 'shin splints'],
    area: 'leg_foot',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22545', right: 'FMA22544' } }],
    attachments: {
      origin:
        'Outer knob (lateral condyle) and upper two-thirds of the outer surface of the shinbone, and the membrane between the shinbone and the fibula.',
      insertion: 'Inner side of the foot: the medial cuneiform bone and the base of the first metatarsal.',
    },
    actions: [
      'Lifts the foot (dorsiflexion), clearing the toes as the leg swings forward',
      'Lowers the foot gently to the ground after the heel strikes',
      'Turns the sole inward (inversion) and supports the inner arch',
    ],
    triggerPoints: [
      {
        id: 'upper',
        label: 'Upper-shin TrP',
        location: 'In the upper third of the shin, just to the outer side of the sharp front edge of the shinbone.',
        position: { along: 0.3, around: 0 },
        essentialZone: ['anterior_ankle', 'big_toe'],
        spilloverZone: ['shin_anterior'],
      },
    ],
    referredPain:
      'Pain is felt mainly at the front inner ankle and over the top and inner side of the big toe, with some aching down the front of the shin.',
    symptoms: [
      'Pain at the front of the ankle and in the big toe',
      'Weak lifting of the foot: tripping, catching the toes, or the foot slapping down',
      'Ankle weakness',
    ],
    perpetuatingFactors: [
      'Walking or running on rough or uneven ground',
      'Ankle sprains, stubbing the big toe, or a fall',
      'Ill-fitting shoes',
    ],
    associatedMuscles: ['peroneus_longus'],
    selfCare: {
      stretch: {
        name: 'Seated shin stretch',
        steps: [
          'Sit toward the front of a chair.',
          'Tuck the sore foot back under the chair so the tops of the toes rest on the floor.',
          'Press gently down and back until you feel a stretch along the front of the shin and ankle.',
          'Hold for 20 to 30 seconds, then relax; repeat two or three times.',
        ],
        cautions: ['Ease off if the foot or toes cramp.', 'Be gentle after a recent ankle sprain.'],
      },
      selfPressure: {
        name: 'Thumb pressure on the upper shin',
        steps: [
          'Sit with the knee bent and the foot flat on the floor.',
          'Find the fleshy muscle just outside the sharp edge of the shinbone, in the upper third of the shin.',
          'Press with your thumbs or a ball and hold tender spots for 20 to 60 seconds.',
          'Work slowly down the muscle, then stretch.',
        ],
        cautions: [
          'Press on the muscle, not on the bone.',
          'A shin that becomes tense, very painful and swollen during or after exercise can be compartment syndrome, which needs urgent medical care.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'footwear_insoles', note: 'Well-fitting shoes with room for the toes.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'physical_therapy' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter "Tibialis Anterior Muscle"' }],
  },

  peroneus_longus: {
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
        position: { along: 0.12, around: 0 },
        essentialZone: ['lateral_ankle'],
        spilloverZone: ['lateral_leg'],
      },
    ],
    referredPain:
      'Pain is felt around the outer ankle bone (above, behind and below it) and a little way along the outer side of the foot; some people also ache over the outer leg.',
    symptoms: [
      'Pain and tenderness around the outer ankle',
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
  },
} as const satisfies Record<string, Muscle>
