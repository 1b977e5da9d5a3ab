/** Zygomaticus major: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const zygomaticusMajor = {
  name: 'Zygomaticus major',
  latin: 'Musculus zygomaticus major',
  synonyms: ['zygomaticus', 'smiling muscle', 'smile muscle'],
  area: 'head_neck',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Zygomaticus major', fma: { left: 'FMA46813', right: 'FMA46812' } }],
  attachments: {
    origin:
      'The outer surface of the cheekbone (zygomatic bone), just in front of where it joins the arch toward the ear.',
    insertion:
      'The corner of the mouth (modiolus), where it blends into the lip muscle (orbicularis oris) and the other muscles that move the corner of the mouth.',
  },
  actions: ['Draws the corner of the mouth up and back, as in smiling and laughing.'],
  triggerPoints: [
    {
      id: 'belly',
      label: 'Zygomaticus major TrP',
      location:
        'In the cheek, between the cheekbone and the corner of the mouth; it can be felt as a cord when the cheek is held between a finger inside the mouth and the thumb outside.',
      clinicalLocation:
        'Upper-middle belly, caudal to the zygomatic origin; pincer palpation with a gloved finger against the buccal mucosa and the thumb on the skin, rolling the band between them.',
      position: { along: 0.4, around: 0 },
      essentialZone: ['cheek_maxilla', 'forehead'],
      spilloverZone: ['eye_orbit'],
    },
  ],
  referredPain:
    'Pain in an arc up along the side of the nose, over the bridge of the nose and into the middle of the forehead.',
  clinicalSummary:
    'Travell and Simons describe zygomaticus major TrPs referring in an arc alongside the nose, over its bridge and up to the mid-forehead, so they may present as frontal or sinus-like headache. The band is found by pincer palpation of the cheek; TrPs may slightly limit mouth opening. Differentiate from sinusitis, supraorbital and trigeminal neuralgia, and frontal headache of other origin.',
  symptoms: [
    'Headache in the middle of the forehead.',
    'Pain along the side and bridge of the nose, which can feel like sinus pain.',
  ],
  perpetuatingFactors: [
    'Trigger points in the jaw muscles (masseter and others), which overload the facial muscles.',
    'A fixed, habitual facial expression, including a held smile.',
  ],
  associatedMuscles: ['masseter', 'orbicularis_oculi', 'sternocleidomastoid', 'buccinator'],
  selfCare: {
    stretch: {
      name: 'Cheek lengthening',
      steps: [
        'Sit comfortably with the face relaxed.',
        'Place a fingertip on the cheek just below the cheekbone and another at the corner of the mouth.',
        'Draw the corner of the mouth gently down and toward the midline while the upper finger holds the skin near the cheekbone.',
        'Hold for 10 to 20 seconds, breathing slowly; repeat two or three times.',
      ],
      cautions: [
        'Keep it gentle; the skin of the face is delicate.',
        'New facial weakness or drooping needs urgent medical care.',
      ],
    },
    selfPressure: {
      name: 'Cheek pinch between finger and thumb',
      steps: [
        'Wash your hands; place a clean index finger inside the cheek and the thumb outside.',
        'Starting just below the cheekbone, feel for a thin tender cord running toward the corner of the mouth.',
        'Squeeze a tender spot gently for 10 to 20 seconds, then release.',
        'Work in small steps down toward the corner of the mouth.',
      ],
      cautions: [
        'Use light pressure and short nails.',
        'Skip this if you have a mouth ulcer, infection or a recent dental procedure.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'A warm, moist cloth on the cheek.' },
    { id: 'self_massage_pressure', note: 'Pincer grip with one finger inside the cheek.' },
    { id: 'relaxation_meditation' },
    { id: 'therapeutic_massage' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the facial cutaneous muscles; pain-pattern figure, p. 417',
    },
    {
      source: 'facial_myofascial_case_2009_trigeminal_mimic',
      locator:
        'single case: facial myofascial pain from the zygomaticus, orbicularis oculi and levator labii taken for trigeminal neuralgia',
    },
  ],
  uncertain:
    'Trigger points in this facial muscle are described mainly from clinical observation in Travell and Simons; a 2009 case report of facial muscle pain involving the zygomaticus that was mistaken for trigeminal neuralgia supports it as a pain source, but no controlled study confirms its pattern.',
} as const satisfies Muscle
