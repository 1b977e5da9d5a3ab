/** Sternocleidomastoid: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const sternocleidomastoid = {
  name: 'Sternocleidomastoid',
  latin: 'Musculus sternocleidomastoideus',
  synonyms: ['SCM', 'sternomastoid', 'neck strap muscle'],
  area: 'head_neck',
  layer: 'superficial',
  parts: [{ id: 'belly', name: 'Sternocleidomastoid', fma: { left: 'FMA13409', right: 'FMA13408' } }],
  attachments: {
    origin:
      'Two heads: the sternal head from the front of the top of the breastbone, and the clavicular head from the inner third of the collarbone.',
    insertion: 'The bony bump behind the ear (mastoid process) and the nearby ridge at the back of the skull.',
  },
  actions: [
    'One side tilts the head toward the same shoulder and turns the face to the opposite side.',
    'Both sides together bring the head forward and help lift the chest in deep or laboured breathing.',
  ],
  triggerPoints: [
    {
      id: 'sternal_lower',
      label: 'Sternal division TrPs (lowest)',
      location:
        'Low in the front band of the muscle (the sternal head), just above where it attaches to the top of the breastbone.',
      clinicalLocation:
        'Lowest part of the sternal division, just above its tendinous attachment to the manubrium; pincer palpation as for the mid-portion, or flat palpation against the manubrium at the attachment.',
      position: { along: 0.12, around: 0.2 },
      essentialZone: ['sternum'],
      spilloverZone: [],
    },
    {
      id: 'sternal_middle',
      label: 'Sternal division TrPs (middle)',
      location:
        'Halfway up the front band of the muscle (the sternal head), which you can feel as a cord from the top of the breastbone to behind the ear when you turn your head away.',
      clinicalLocation:
        'Mid-portion of the sternal division; pincer palpation with the head tilted slightly toward the same side, lifting the muscle away from the carotid sheath and rolling the bands between thumb and fingers.',
      position: { along: 0.5, around: 0.2 },
      essentialZone: ['cheek_maxilla', 'eye_orbit'],
      spilloverZone: ['throat_anterior_neck', 'temple'],
    },
    {
      id: 'sternal_upper',
      label: 'Sternal division TrPs (upper)',
      location: 'In the upper part of the front band, a few finger widths below the bony bump behind the ear.',
      clinicalLocation:
        'Upper sternal division a few centimetres below the mastoid insertion; pincer palpation as for the mid-portion.',
      position: { along: 0.8, around: 0.2 },
      essentialZone: ['occiput', 'head_vertex'],
      spilloverZone: ['ear'],
    },
    {
      id: 'clavicular',
      label: 'Clavicular division TrPs',
      location:
        'In the outer, deeper band of the muscle (the clavicular head), about a third of the way up from the collarbone.',
      clinicalLocation:
        'Clavicular division, lower to middle third, lateral and deep to the sternal division; pincer palpation after separating it from the sternal division.',
      position: { along: 0.35, around: 0.7 },
      essentialZone: ['forehead', 'ear'],
      spilloverZone: [],
      otherSide: { spillover: ['forehead'] },
    },
  ],
  referredPain:
    'Mostly head and face pain rather than neck pain. The front (sternal) band sends pain across the cheek, around and behind the eye, to the back of the head and the top of the head; its lowest part can send pain over the top of the breastbone, and it can make swallowing sore at the back of the throat. The outer (clavicular) band sends pain to the forehead, sometimes across to the other side, and deep into and behind the ear.',
  clinicalSummary:
    'Sternal division TrPs refer to the vertex, occiput, cheek and periorbital region and over the eye, to the throat and tongue on swallowing, and from the lowest fibres over the upper sternum; clavicular division TrPs refer to the frontal region (bilaterally when severe) and deep in and behind the ear. Travell and Simons report autonomic signs with sternal TrPs (lacrimation, conjunctival injection, coryza, apparent ptosis) and postural dizziness or disequilibrium with clavicular TrPs; cervical range of motion is often nearly full. Differentiate from tension-type headache and migraine, atypical facial neuralgia, sinus and ear disease, and vestibular disorders; active SCM TrPs reproduced the familiar headache in chronic tension-type headache in a blinded study.',
  symptoms: [
    'Headache at the forehead, around the eye, behind the ear or at the top of the head, often with little neck pain.',
    'Eye symptoms on the same side: watering, redness, a drooping eyelid feeling or blurred vision (sternal band).',
    'Dizziness or a sense of imbalance when turning or tilting the head, sometimes with nausea (clavicular band).',
    'Sore throat or tongue when swallowing, without infection.',
    'In a blinded study, pressing active SCM trigger points reproduced the familiar headache of people with chronic tension-type headache.',
    'In women with fibromyalgia the area of referred pain from SCM trigger points was larger than in women with jaw-muscle pain.',
  ],
  perpetuatingFactors: [
    'Forward head posture, or looking up for long periods (painting a ceiling, sitting in the front row of a cinema).',
    'Sleeping with the head propped high on several pillows.',
    'Chronic cough or laboured breathing, for example with asthma or bronchitis.',
    'Whiplash or another sudden jolt to the neck.',
    'Keeping the head turned to one side for long periods, and a tight collar.',
  ],
  associatedMuscles: ['scalenes', 'upper_trapezius', 'splenius_capitis', 'levator_scapulae', 'masseter', 'temporalis'],
  selfCare: {
    stretch: {
      name: 'Seated SCM stretch',
      steps: [
        'Sit upright and hold the chair seat with the hand of the sore side.',
        'Gently tilt your head away from the sore side, bringing the ear toward the other shoulder.',
        'Slowly turn your face toward the sore side and lift your chin a little, until you feel a light stretch along the front of the neck.',
        'Breathe slowly and hold for about 30 seconds.',
        'Return to the middle with your hand supporting your head.',
      ],
      cautions: [
        'Keep the backward tilt small; do not throw the head back.',
        'Stop if you become dizzy, light-headed or your vision changes.',
        'A new, severe or unusual headache needs a medical check before self-care.',
      ],
    },
    selfPressure: {
      name: 'Pincer squeeze of the SCM',
      steps: [
        'Tilt your head slightly toward the sore side so the muscle slackens.',
        'Take hold of the muscle between your thumb and fingers, lifting it gently away from the neck.',
        'Squeeze tender spots lightly for 10 to 20 seconds each.',
        'Work in small steps from just above the collarbone up toward the bony bump behind the ear.',
      ],
      cautions: [
        'Hold the muscle between thumb and fingers; never press into the front or side of the neck, where the main arteries run.',
        'If you feel a pulse under your fingers, move off it.',
        'Treating this muscle can briefly bring on dizziness or headache: start with a few seconds and light pressure.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    {
      id: 'self_massage_pressure',
      note: 'A pincer grip between thumb and fingers rather than pressing into the neck.',
    },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'relaxation_meditation',
      note: 'Slow belly breathing, since laboured upper-chest breathing overworks this muscle.',
    },
    { id: 'posture', note: 'Bringing the head back over the shoulders, and avoiding long periods of looking up.' },
    { id: 'supportive_pillow', note: 'One pillow that keeps the head level rather than propped up.' },
    { id: 'spray_and_stretch' },
    {
      id: 'trigger_point_injection',
      note: 'Done with a pincer grip that lifts the muscle away from the vessels of the neck.',
    },
    { id: 'manual_therapy' },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter "Sternocleidomastoid Muscle"; pain-pattern figure, p. 310',
    },
    { source: 'fernandez_de_las_penas_2006_tension_headache' },
    { source: 'alonso_blanco_2012_tmd_fibromyalgia' },
    {
      source: 'sung_2020_cervicogenic_dizziness',
      locator: 'review: dizziness arising from the upper neck is described but remains controversial',
    },
  ],
  uncertain:
    "The eye, balance and dizziness symptoms linked to SCM trigger points rest mainly on Travell and Simons' clinical observation. A 2020 review describes dizziness arising from the upper neck as a recognised but still controversial diagnosis, and no controlled study was found that ties it to SCM trigger points, so these symptoms need inner-ear, heart and brain causes ruled out first.",
} as const satisfies Muscle
