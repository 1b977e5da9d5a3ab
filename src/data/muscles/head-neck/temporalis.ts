/** Temporalis: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const temporalis = {
  name: 'Temporalis',
  latin: 'Musculus temporalis',
  synonyms: ['temporal muscle', 'temple muscle'],
  area: 'head_neck',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Temporalis', fma: { left: 'FMA49008', right: 'FMA49007' } }],
  attachments: {
    origin: 'The broad, shallow hollow on the side of the skull (temporal fossa) and the fascia covering it.',
    insertion: 'The coronoid process and front edge of the jawbone, under the cheekbone arch.',
  },
  actions: ['Closes the jaw.', 'Its back fibres pull the jaw backward and help move it to the same side in chewing.'],
  triggerPoints: [
    {
      id: 'anterior',
      label: 'TrP1 (front)',
      location: 'At the front of the temple, just behind the outer end of the eyebrow and above the cheekbone.',
      clinicalLocation:
        'Anterior fibres just above the zygomatic arch and behind the lateral orbital margin; flat palpation against the temporal bone with the jaw partly open so the fibres are taut.',
      position: { along: 0.6, around: 0 },
      essentialZone: ['temple', 'eye_orbit'],
      spilloverZone: ['teeth_upper'],
    },
    {
      id: 'middle',
      label: 'TrP2 and TrP3 (middle)',
      location: 'In the middle of the temple, about a finger width above the cheekbone arch.',
      clinicalLocation:
        'Middle fibres about a finger width above the midpoint of the zygomatic arch; flat palpation against the skull with the jaw partly open.',
      position: { along: 0.55, around: 0 },
      essentialZone: ['temple', 'teeth_upper'],
      spilloverZone: ['cheek_maxilla'],
    },
    {
      id: 'posterior',
      label: 'TrP4 (back)',
      location: 'Above and slightly in front of the ear, in the back fibres of the muscle.',
      clinicalLocation: 'Posterior fibres above and slightly anterior to the ear; flat palpation against the skull.',
      position: { along: 0.45, around: 0 },
      essentialZone: ['temple'],
      spilloverZone: ['occiput'],
    },
  ],
  referredPain:
    'Headache over the temple that can spread to the eyebrow and behind the eye, down into the upper teeth, and, from the back fibres, backward above the ear.',
  clinicalSummary:
    'Temporalis TrPs refer over the temple with extensions to the supraorbital ridge and behind the eye, to the maxillary teeth (anterior and middle fibres) and backward above the ear (posterior fibres); tooth hypersensitivity and a changed feel of the bite may accompany them. Opening is only mildly restricted. Differentiate from tension-type headache, dental pathology and, in older adults with new temporal headache, giant cell (temporal) arteritis, which needs urgent medical assessment; active temporalis TrPs reproduced the familiar headache in chronic tension-type headache in a blinded study.',
  symptoms: [
    'Headache at the temple.',
    'Toothache in the upper teeth, or teeth sensitive to hot and cold.',
    'Jaw discomfort, or a feeling that the teeth do not meet normally.',
    'In a blinded study, pressing active temporalis trigger points reproduced the familiar headache of people with chronic tension-type headache.',
  ],
  perpetuatingFactors: [
    'Clenching or grinding the teeth, and chewing gum.',
    'Cold air on the temple, for example from air conditioning or a car window.',
    'Forward head posture.',
    'Holding the mouth open for long dental work.',
    'Trigger points in the upper trapezius or SCM, whose pain reaches the temple.',
  ],
  associatedMuscles: ['masseter', 'upper_trapezius', 'sternocleidomastoid'],
  selfCare: {
    stretch: {
      name: 'Jaw opening with temple massage',
      steps: [
        'Warm the temple with a warm, moist cloth for a few minutes.',
        'Sit upright and let the jaw drop open slowly, as far as is comfortable.',
        'While the jaw is open, stroke the temple slowly upward with your fingertips.',
        'Hold the open position for 10 to 20 seconds, then close slowly; repeat a few times.',
      ],
      cautions: [
        'Do not force the jaw open; stop if the jaw joint clicks painfully or locks.',
        'A new, severe or unusual headache needs a medical check first.',
      ],
    },
    selfPressure: {
      name: 'Fingertip pressure on the temple',
      steps: [
        'Clench your teeth lightly to feel the muscle tighten under your fingertips at the temple, then relax.',
        'Press tender spots with two or three fingertips for 20 to 30 seconds.',
        'Cover the front, middle and back of the temple, down to just above the cheekbone arch.',
      ],
      cautions: ['Keep the pressure gentle.', 'Avoid pressing hard on the pulse you can feel in front of the ear.'],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'relaxation_meditation', note: 'Lips together, teeth apart, to break the habit of clenching.' },
    { id: 'posture' },
    { id: 'therapeutic_massage' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Temporalis Muscle"; pain-pattern figure, p. 351' },
    { source: 'fernandez_de_las_penas_2006_tension_headache' },
    { source: 'fernandez_de_las_penas_2010_tmd_referred_pain' },
  ],
} as const satisfies Muscle
