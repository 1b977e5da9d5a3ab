/** Gemellus superior: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'
import { gemelliStretch } from './gemelli-stretch.ts'

export const gemellusSuperior = {
  name: 'Gemellus superior',
  latin: 'Musculus gemellus superior',
  synonyms: [
    'superior gemellus',
    'gemelli',
    'gemellus',
    'deep hip rotator',
    'hip rotator',
    'short lateral rotator',
    'deep buttock muscle',
  ],
  area: 'hip_thigh',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22335', right: 'FMA22334' } }],
  attachments: {
    origin:
      'The outer surface of the ischial spine, a small point of the hip bone at the back of the pelvis, just below the piriformis.',
    insertion:
      'Blends with the upper edge of the obturator internus tendon and, with it, attaches to the inner side of the greater trochanter, the bony point on the side of the hip. A small strap running across the back of the hip, deep to the gluteus maximus.',
  },
  actions: [
    'Helps turn the thigh outward (lateral rotation) when the hip is straight',
    'Helps move the thigh out to the side when the hip is bent',
    'Steadies the head of the thigh bone in the hip socket, with the other short rotators',
  ],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Gemellus superior TrP',
      location:
        'Deep in the buttock, a little below the piriformis, on a line between the lower part of the sacrum and the bony point at the side of the hip.',
      clinicalLocation:
        'Deep in the gluteal region just caudal to the piriformis, between the ischial spine and the posterior greater trochanter; not separable by palpation from the obturator internus tendon and inferior gemellus, reached only through a relaxed gluteus maximus with the patient prone or side-lying. The sciatic nerve crosses its posterior surface.',
      position: { along: 0.5, around: 0 },
      essentialZone: ['buttock'],
      spilloverZone: ['posterior_thigh'],
    },
  ],
  referredPain:
    'Pain deep in the buttock and at the back of the hip, which may spread down the back of the thigh. Because the sciatic nerve runs over this muscle, an irritated nerve can add pain, tingling or numbness down the leg.',
  clinicalSummary:
    'No referral pattern specific to the superior gemellus has been mapped: Travell and Simons group it with the piriformis and the other short lateral rotators, whose trigger points refer to the buttock and posterior hip with spillover to the posterior thigh. The gemelli and the obturator internus tendon lie between the ischial spine and the greater trochanter with the sciatic nerve crossing behind them, so their tenderness cannot be told apart from that of the neighbouring rotators by palpation. In deep gluteal syndrome the gemelli-obturator internus complex is one described site of sciatic nerve entrapment below the piriformis, with buttock pain, pain on sitting and sciatic symptoms; imaging and guided injection help locate it. Differentials: piriformis and deep gluteal syndromes, lumbosacral radiculopathy, proximal hamstring tendinopathy, ischiofemoral impingement and hip joint disease.',
  symptoms: [
    'Deep buttock pain at the back of the hip',
    'Pain on sitting for long, or on getting up from sitting',
    'Sciatica-like pain, tingling or numbness down the back of the thigh if the nearby sciatic nerve is irritated',
  ],
  perpetuatingFactors: [
    'Long periods of sitting',
    'A sudden twisting load on the hip, or catching yourself from a fall',
    'Activities that load the hip in outward turning, such as running, cutting and landing',
  ],
  associatedMuscles: ['piriformis', 'gemellus_inferior', 'obturator_internus', 'quadratus_femoris', 'gluteus_maximus'],
  selfCare: {
    stretch: gemelliStretch,
    selfPressure: {
      name: 'Gentle ball pressure deep in the buttock',
      steps: [
        'Lie on your back with a tennis ball under the sore buttock, midway between the bony point of the hip and the lower edge of the sacrum.',
        'Let your weight settle gently and hold a tender spot for 20 to 30 seconds, breathing slowly.',
        'Move the ball a little and repeat, then do the stretch.',
      ],
      cautions: [
        'The sciatic nerve runs right over this muscle: if the pressure sends tingling, burning or numbness down the leg, move the ball at once.',
        'Keep off the sitting bone and the tailbone.',
        'Buttock pain with weakness or numbness in the leg needs a clinician to check the nerves of the back and hip.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'gentle_stretching_yoga' },
    { id: 'self_massage_pressure', note: 'Gently, and away from the sciatic nerve.' },
    { id: 'sitting_habits', note: 'Break up long periods of sitting.' },
    { id: 'physical_therapy' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the piriformis and other short lateral rotators' },
    { source: 'hopayian_2010_piriformis_syndrome' },
    { source: 'martin_2015_deep_gluteal_syndrome' },
    { source: 'geler_kulcu_2024_deep_gluteal_syndrome' },
  ],
  uncertain:
    'No referral pattern has been mapped for this muscle on its own: it is grouped with the piriformis and the other short rotators, and its trigger points cannot be told apart from theirs by examination.',
} as const satisfies Muscle
