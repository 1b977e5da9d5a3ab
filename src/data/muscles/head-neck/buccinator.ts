/** Buccinator: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const buccinator = {
  name: 'Buccinator',
  latin: 'Musculus buccinator',
  synonyms: ['cheek muscle', 'trumpeter muscle'],
  area: 'head_neck',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Buccinator', fma: { left: 'FMA46836', right: 'FMA46835' } }],
  attachments: {
    origin:
      'At the back of the cheek: the outer surfaces of the upper and lower jawbones opposite the molar teeth, and the fibrous band behind the last molars that joins it to the throat muscles (pterygomandibular raphe).',
    insertion: 'The corner of the mouth, where its fibres blend into the lip muscle (orbicularis oris).',
  },
  actions: [
    'Presses the cheek against the teeth, keeping food between the teeth while chewing.',
    'Pushes air out when blowing, as in playing a trumpet, and pulls the corner of the mouth back.',
  ],
  triggerPoints: [
    {
      id: 'mid_cheek',
      label: 'Buccinator TrP',
      location:
        'In the middle of the cheek wall, below the cheekbone and in front of the jaw muscle; felt between a finger inside the mouth and the thumb outside.',
      clinicalLocation:
        'Mid-portion of the muscle in the cheek wall, anterior to the masseter at about the level of the occlusal plane; pincer palpation with a gloved finger on the buccal mucosa and the thumb on the skin.',
      position: { along: 0.5, around: 0.5 },
      essentialZone: ['cheek_maxilla'],
      spilloverZone: [],
    },
  ],
  referredPain: 'A deep, local ache in the cheek below the cheekbone, often felt while chewing.',
  clinicalSummary:
    'The second edition of Travell and Simons adds a buccinator pattern to its facial muscles chapter: pain felt locally in the cheek, below the zygoma, that can be mistaken for dental or sinus pain and may be aggravated by chewing. The TrP is examined by intraoral pincer palpation of the cheek anterior to the masseter. Differentiate from dental pathology of the upper and lower molars, maxillary sinusitis, parotid disease and trigeminal neuralgia.',
  symptoms: ['Deep cheek pain, often worse when chewing.', 'Cheek pain mistaken for toothache or sinus pain.'],
  perpetuatingFactors: [
    'Long periods of blowing, as in playing a wind instrument, or of chewing, which work this muscle hard.',
    'Trigger points in the masseter and other jaw muscles beside it.',
  ],
  associatedMuscles: ['masseter', 'zygomaticus_major', 'medial_pterygoid'],
  selfCare: {
    stretch: {
      name: 'Gentle cheek stretch with the tongue',
      steps: [
        'Sit with the jaw relaxed and the lips closed.',
        'Push the tongue gently into the inside of the sore cheek so the cheek bulges outward.',
        'Hold for 10 to 15 seconds, breathing through the nose.',
        'Relax and repeat two or three times, moving the tongue to different parts of the cheek.',
      ],
      cautions: [
        'Stop if it causes sharp pain.',
        'Cheek swelling, a sore that does not heal, or a toothache that persists needs a dentist.',
      ],
    },
    selfPressure: {
      name: 'Cheek pinch between finger and thumb',
      steps: [
        'Wash your hands; place a clean index finger inside the cheek and the thumb outside.',
        'Feel the thin wall of the cheek in front of the jaw muscle for a tender spot.',
        'Squeeze gently for 10 to 20 seconds, then release.',
        'Move a little and repeat.',
      ],
      cautions: [
        'Use light pressure and short nails.',
        'Skip this with mouth ulcers, infection or a recent dental procedure.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'A warm, moist cloth on the cheek.' },
    { id: 'self_massage_pressure', note: 'Pincer grip with one finger inside the cheek.' },
    { id: 'therapeutic_massage' },
    { id: 'manual_therapy', note: 'Treatment from inside the cheek by a clinician trained in facial and jaw muscles.' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the facial cutaneous muscles; pain-pattern figure, p. 418',
    },
    {
      source: 'kumar_2021_orofacial_trigger_point_injection',
      locator:
        'single case: tender spots in the buccinator and risorius reproduced cheek and gum pain, eased by injection',
    },
  ],
  uncertain:
    "The buccinator pattern appears only in the second edition of Travell and Simons and rests on clinical observation. A 2021 case report found tender spots in the buccinator and the neighbouring risorius that reproduced a patient's cheek and gum pain and eased with injection, which supports the muscle as a local pain source; no controlled or referral-mapping study was found.",
} as const satisfies Muscle
