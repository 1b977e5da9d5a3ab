/** Orbicularis oculi: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const orbicularisOculi = {
  name: 'Orbicularis oculi',
  latin: 'Musculus orbicularis oculi',
  synonyms: ['eyelid muscle', 'eye-closing muscle', 'orbicularis'],
  area: 'head_neck',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Orbicularis oculi' }],
  attachments: {
    origin:
      'The inner corner of the eye: the medial palpebral ligament and the bone beside it (nasal part of the frontal bone, frontal process of the maxilla, lacrimal bone). From here the fibres sweep around the eye in flat, concentric loops: a thin inner ring in the eyelids and a broader outer ring on the bone around the eye socket, reaching up under the eyebrow and down onto the upper cheek.',
    insertion:
      'The outer corner of the eye: the lateral palpebral raphe and the skin there; the outer ring loops back to the inner corner. Along this muscle, 0 is the inner corner and 1 the outer corner, following the upper arc.',
  },
  actions: [
    'Closes the eyelids, gently in blinking and tightly in squeezing the eyes shut or squinting.',
    'Helps move tears toward the inner corner of the eye.',
  ],
  triggerPoints: [
    {
      id: 'upper_orbital',
      label: 'Orbicularis oculi TrP',
      location: 'Just under the eyebrow, in the ring of muscle above the upper eyelid.',
      clinicalLocation:
        'Orbital part of the muscle, upper arc, just below the eyebrow and above the upper lid; pincer palpation of the thin sheet or gentle flat palpation against the supraorbital margin, never against the globe.',
      position: { along: 0.4, around: 0 },
      essentialZone: ['eye_orbit', 'cheek_maxilla'],
      spilloverZone: [],
    },
  ],
  referredPain: 'Pain over the eyebrow and down along the side of the nose toward the upper lip.',
  clinicalSummary:
    'Travell and Simons describe an orbital-part TrP just above the upper lid that refers pain over the brow and down the side of the nose to the upper lip. They associate it with a complaint of print seeming to jump when reading, and note that SCM TrPs can provoke orbicularis oculi spasm and a narrowed palpebral fissure. Differentiate from ocular disease (glaucoma, iritis), sinusitis, trigeminal and supraorbital neuralgia, and cluster headache.',
  symptoms: [
    'Eye pain above the eye, spreading down the side of the nose.',
    'Print or words seeming to jump on the page when reading.',
    'Headache over the eyebrow.',
  ],
  perpetuatingFactors: [
    'Squinting, for example in bright light or with glasses that no longer suit.',
    'Habitual frowning or a tense facial expression.',
    'Trigger points in the sternal part of the SCM, which can set this muscle off.',
  ],
  associatedMuscles: ['sternocleidomastoid', 'occipitofrontalis', 'zygomaticus_major'],
  selfCare: {
    stretch: {
      name: 'Soft-eye relaxation',
      steps: [
        'Sit comfortably and close the eyes gently, without squeezing.',
        'Let the eyebrows and forehead go soft, as if the face were melting downward.',
        'Place the warm palms lightly over the closed eyes, without pressing, for a minute.',
        'Open the eyes slowly and look at something far away for a few breaths.',
      ],
      cautions: [
        'Never press on the eyeball.',
        'Eye pain with redness, blurred vision, haloes around lights or headache with vomiting needs urgent eye care.',
      ],
    },
    selfPressure: {
      name: 'Gentle pinch under the eyebrow',
      steps: [
        'Close the eye gently.',
        'With the thumb and index finger, lift the thin layer of skin and muscle just under the eyebrow, away from the eye.',
        'Hold a tender spot lightly for 10 to 15 seconds, then release.',
        'Move along the brow from the inner to the outer corner.',
      ],
      cautions: [
        'Work only on the bony rim and the brow; keep all pressure off the eye itself.',
        'Remove contact lenses first, and stop if the eye waters or stings.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'A warm, moist cloth over the closed eyes and brow.' },
    { id: 'relaxation_meditation', note: 'Letting go of frowning and squinting.' },
    { id: 'ergonomic_workstation', note: 'Lighting without glare and glasses that suit the reading distance.' },
    { id: 'self_massage_pressure', note: 'A light pinch of the brow, never pressure on the eye.' },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the facial cutaneous muscles; pain-pattern figure, p. 417',
    },
    {
      source: 'facial_myofascial_case_2009_trigeminal_mimic',
      locator:
        'single case: facial myofascial pain from the orbicularis oculi, zygomaticus and levator labii taken for trigeminal neuralgia',
    },
  ],
  uncertain:
    'Trigger points in this thin facial muscle are described mainly from clinical observation; a 2009 case report of facial muscle pain (orbicularis oculi, zygomaticus, levator labii) mistaken for trigeminal neuralgia supports the muscle as a pain source but does not map its pattern. The nose and upper lip have no region of their own in this atlas, so the pain zone is drawn on the nearest regions.',
} as const satisfies Muscle
