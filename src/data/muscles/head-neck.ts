/**
 * Head and neck muscles: trigger points, referred pain and self-care.
 * Trigger-point locations and pain patterns follow Travell & Simons (Vol. 1, 2nd ed.); the
 * page numbers in the locators are those of the book's index of pain-pattern figures.
 * `position.along` runs from the origin (0) to the insertion (1) named in `attachments`.
 */
import type { Muscle } from '../types.ts'

export const headNeckMuscles = {
  levator_scapulae: {
    name: 'Levator scapulae',
    latin: 'Musculus levator scapulae',
    synonyms: ['levator', 'stiff neck muscle', 'shoulder blade lifter'],
    area: 'head_neck',
    layer: 'deep',
    parts: [{ id: 'belly', name: 'Levator scapulae', fma: { left: 'FMA32541', right: 'FMA32540' } }],
    attachments: {
      origin: 'Transverse processes of the top four neck vertebrae (C1 to C4).',
      insertion: 'Inner (vertebral) edge of the shoulder blade, from its upper corner down to the start of its bony spine.',
    },
    actions: [
      'Lifts the shoulder blade and tips its outer end downward.',
      'With the shoulder blade fixed, bends the neck to the same side and helps turn it to the same side.',
      'Working on both sides, steadies the neck against bending forward.',
    ],
    triggerPoints: [
      {
        id: 'angle_of_neck',
        label: 'Upper TrP',
        location:
          'At the angle where the neck meets the shoulder, just where the muscle comes out from under the front edge of the upper trapezius.',
        position: { along: 0.5, around: 0 },
        essentialZone: ['posterior_neck', 'upper_shoulder_top'],
        spilloverZone: ['scapula_medial_border', 'posterior_shoulder'],
      },
      {
        id: 'above_scapula',
        label: 'Lower TrP',
        location: 'About a finger width above the upper inner corner of the shoulder blade.',
        position: { along: 0.9, around: 0 },
        essentialZone: ['posterior_neck', 'upper_shoulder_top'],
        spilloverZone: ['scapula_medial_border', 'posterior_shoulder'],
      },
    ],
    referredPain:
      'Pain gathers at the angle where the neck meets the shoulder, and may spread down the inner edge of the shoulder blade and to the back of the shoulder.',
    symptoms: [
      'A stiff, painful neck that will not turn fully toward the sore side.',
      'Having to turn the whole body to look behind, for example when reversing a car.',
      'Aching at the base of the neck that worsens with sitting or standing still for long.',
    ],
    perpetuatingFactors: [
      'Holding a phone between ear and shoulder.',
      'Working for long periods with the head turned to one side, such as reading papers laid flat beside a keyboard.',
      'Sleeping with the neck tilted, or on a pillow of the wrong height.',
      'Cold air or drafts on the neck, and emotional stress.',
      'Armrests too high, or walking with crutches or a stick that push the shoulder up.',
    ],
    associatedMuscles: ['upper_trapezius', 'splenius_capitis', 'scalenes', 'rhomboids'],
    selfCare: {
      stretch: {
        name: 'Seated levator scapulae stretch',
        steps: [
          'Sit upright and hold the edge of the chair seat with the hand of the sore side, to keep that shoulder blade down.',
          'Turn your head about halfway toward the other side.',
          'Let your chin drop toward the opposite knee, as if looking at that pocket.',
          'Rest the other hand on the back of your head and add only its weight for a gentle stretch.',
          'Breathe slowly and hold for about 30 seconds, then come back up with the hand supporting your head.',
        ],
        cautions: [
          'Stretch to a comfortable pull, never into sharp pain.',
          'Stop and seek advice if you feel tingling, numbness or dizziness.',
        ],
      },
      selfPressure: {
        name: 'Ball against the wall at the angle of the neck',
        steps: [
          'Stand with your back to a wall and place a tennis ball between the wall and the upper inner corner of the shoulder blade.',
          'Bend your knees a little to roll the ball until it sits on a tender spot just above the corner of the shoulder blade.',
          'Lean into the ball with gentle, steady pressure for 30 to 60 seconds, until the tenderness eases.',
          'Move to the next tender spot up toward the neck and repeat.',
        ],
        cautions: [
          'Keep the pressure moderate: it should feel like a good ache, not sharp pain.',
          'Do not press on the bony spine itself or on the front or side of the neck.',
        ],
      },
    },
    treatments: [
      { id: 'heat', note: 'Moist heat over the angle of the neck before stretching.' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'ergonomic_workstation', note: 'A headset for the phone, and reading material set up in front of you rather than to the side.' },
      { id: 'supportive_pillow', note: 'A pillow that keeps the neck level when lying on the side.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'manual_therapy' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Levator Scapulae Muscle"; pain-pattern figure, p. 493' },
    ],
  },

  sternocleidomastoid: {
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
        id: 'sternal_middle',
        label: 'Sternal division TrPs (middle)',
        location:
          'Halfway up the front band of the muscle (the sternal head), which you can feel as a cord from the top of the breastbone to behind the ear when you turn your head away.',
        position: { along: 0.5, around: 0.2 },
        essentialZone: ['cheek_maxilla', 'eye_orbit'],
        spilloverZone: ['throat_anterior_neck'],
      },
      {
        id: 'sternal_upper',
        label: 'Sternal division TrPs (upper)',
        location: 'In the upper part of the front band, a few finger widths below the bony bump behind the ear.',
        position: { along: 0.8, around: 0.2 },
        essentialZone: ['occiput', 'head_vertex'],
        spilloverZone: ['ear'],
      },
      {
        id: 'clavicular',
        label: 'Clavicular division TrPs',
        location:
          'In the outer, deeper band of the muscle (the clavicular head), about a third of the way up from the collarbone.',
        position: { along: 0.35, around: 0.7 },
        essentialZone: ['forehead', 'ear'],
        spilloverZone: [],
      },
    ],
    referredPain:
      'Mostly head and face pain rather than neck pain. The front (sternal) band sends pain across the cheek, around and behind the eye, to the back of the head and the top of the head; its lowest part can send pain over the top of the breastbone, and it can make swallowing sore at the back of the throat. The outer (clavicular) band sends pain to the forehead, sometimes across to the other side, and deep into and behind the ear.',
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
      { id: 'self_massage_pressure', note: 'A pincer grip between thumb and fingers rather than pressing into the neck.' },
      { id: 'gentle_stretching_yoga' },
      { id: 'relaxation_meditation', note: 'Slow belly breathing, since laboured upper-chest breathing overworks this muscle.' },
      { id: 'posture', note: 'Bringing the head back over the shoulders, and avoiding long periods of looking up.' },
      { id: 'supportive_pillow', note: 'One pillow that keeps the head level rather than propped up.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection', note: 'Done with a pincer grip that lifts the muscle away from the vessels of the neck.' },
      { id: 'manual_therapy' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Sternocleidomastoid Muscle"; pain-pattern figure, p. 310' },
      { source: 'fernandez_de_las_penas_2006_tension_headache' },
      { source: 'alonso_blanco_2012_tmd_fibromyalgia' },
    ],
    uncertain:
      'The eye, balance and dizziness symptoms linked to SCM trigger points rest mainly on clinical observation, with little controlled research behind them.',
  },

  splenius_capitis: {
    name: 'Splenius capitis',
    latin: 'Musculus splenius capitis',
    synonyms: ['splenius', 'back of neck muscle'],
    area: 'head_neck',
    layer: 'deep',
    parts: [{ id: 'belly', name: 'Splenius capitis', fma: { left: 'FMA22729', right: 'FMA22728' } }],
    attachments: {
      origin: 'Lower half of the ligament at the back of the neck and the spines of the lowest neck and top thoracic vertebrae (about C7 to T3).',
      insertion: 'The bony bump behind the ear (mastoid process) and the outer part of the ridge at the back of the skull.',
    },
    actions: [
      'One side turns the face to the same side and tilts the head back and to that side.',
      'Both sides together tip the head and neck backward.',
    ],
    triggerPoints: [
      {
        id: 'upper',
        label: 'Splenius capitis TrP',
        location:
          'High on the back of the neck, a little below and behind the bony bump behind the ear, in the small gap between the SCM in front and the upper trapezius behind.',
        position: { along: 0.8, around: 0 },
        essentialZone: ['head_vertex'],
        spilloverZone: [],
      },
    ],
    referredPain: 'Pain at the top of the head on the same side.',
    symptoms: [
      'Headache at the top of the head.',
      'Neck stiffness, with turning the head or bending it forward limited by pain.',
    ],
    perpetuatingFactors: [
      'Forward head posture, for example leaning toward a screen.',
      'Keeping the head turned or tilted back for long periods.',
      'Whiplash from a car accident or fall.',
      'Cold drafts on the back of the neck.',
    ],
    associatedMuscles: ['upper_trapezius', 'levator_scapulae', 'sternocleidomastoid'],
    selfCare: {
      stretch: {
        name: 'Chin-to-opposite-chest stretch',
        steps: [
          'Sit upright with your feet flat and shoulders relaxed.',
          'Turn your face slightly away from the sore side.',
          'Let your chin drop toward the opposite side of your chest.',
          'Rest a hand on the back of your head for gentle extra weight only.',
          'Hold for about 30 seconds while breathing slowly, then come up slowly.',
        ],
        cautions: [
          'Stop if you feel tingling into the arms, dizziness or sharp pain.',
          'After a recent neck injury, ask a clinician before stretching.',
        ],
      },
      selfPressure: {
        name: 'Ball under the upper neck',
        steps: [
          'Lie on your back with a tennis ball in a sock placed just below the skull, slightly to the sore side of the spine.',
          'Let the weight of your head rest on the ball and find the tender spot by rolling your head slightly.',
          'Hold for 30 to 60 seconds while breathing slowly.',
          'Remove the ball and move your neck gently afterward.',
        ],
        cautions: [
          'Keep the ball off the spine itself and off the soft area just behind the angle of the jaw.',
          'Use less pressure if the headache flares.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'posture', note: 'Keeping the head back over the shoulders at the screen.' },
      { id: 'ergonomic_workstation', note: 'Screen straight in front at eye level, so the head is neither turned nor tilted back.' },
      { id: 'spray_and_stretch' },
      { id: 'manual_therapy' },
      { id: 'dry_needling' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter on the splenius capitis and splenius cervicis muscles; pain-pattern figure, p. 433' },
    ],
  },

  scalenes: {
    name: 'Scalenes',
    latin: 'Musculi scaleni',
    synonyms: ['scalene muscles', 'scaleni', 'anterior scalene', 'middle scalene', 'posterior scalene'],
    area: 'head_neck',
    layer: 'deep',
    parts: [
      { id: 'anterior', name: 'Anterior scalene', fma: { left: 'FMA13393', right: 'FMA13392' } },
      { id: 'middle', name: 'Middle scalene', fma: { left: 'FMA13391', right: 'FMA13390' } },
      { id: 'posterior', name: 'Posterior scalene', fma: { left: 'FMA13389', right: 'FMA13388' } },
    ],
    attachments: {
      origin:
        'Side processes (transverse processes) of the neck vertebrae: the anterior scalene from about C3 to C6, the middle scalene from about C2 to C7, the posterior scalene from the lower ones (about C4 to C6).',
      insertion: 'The anterior and middle scalenes attach to the first rib; the posterior scalene to the second rib.',
    },
    actions: [
      'One side bends the neck to the same side.',
      'Lift the first two ribs when breathing in, most of all during deep or laboured breathing.',
      'Steady the neck from side to side; the anterior scalenes help bend the neck forward.',
    ],
    triggerPoints: [
      {
        id: 'anterior',
        label: 'Anterior scalene TrP',
        location:
          'Low at the front side of the neck, just behind the outer edge of the SCM and about two finger widths above the collarbone.',
        position: { part: 'anterior', along: 0.6, around: 0 },
        essentialZone: ['upper_chest', 'upper_arm_anterior', 'upper_arm_posterior', 'scapula_medial_border'],
        spilloverZone: ['forearm_posterior', 'thumb', 'index_finger', 'interscapular'],
      },
      {
        id: 'middle',
        label: 'Middle scalene TrP',
        location: 'On the side of the neck, a little further back and higher than the anterior scalene point, above the collarbone.',
        position: { part: 'middle', along: 0.5, around: 0 },
        essentialZone: ['upper_chest', 'upper_arm_anterior', 'upper_arm_posterior', 'scapula_medial_border'],
        spilloverZone: ['forearm_posterior', 'thumb', 'index_finger', 'interscapular'],
      },
    ],
    referredPain:
      'A wide pattern: toward the front of the chest, down the front and back of the upper arm, skipping the elbow to the thumb side of the forearm, the thumb and index finger, and behind to the inner edge of the shoulder blade.',
    symptoms: [
      'Aching in the chest, arm, hand or shoulder blade that seems to have no local cause.',
      'Numbness or tingling in the hand, and dropping things.',
      'Pain that disturbs sleep, sometimes eased by sitting up or propping the arm.',
    ],
    perpetuatingFactors: [
      'Breathing mainly with the upper chest rather than the belly.',
      'Chronic cough, asthma, bronchitis or emphysema.',
      'Pulling, hauling or lifting heavy loads, and carrying loads on the shoulders.',
      'Sleeping with the head too low or too high.',
      'Whiplash, and an uneven pelvis or leg-length difference that tilts the spine.',
    ],
    associatedMuscles: [
      'sternocleidomastoid',
      'upper_trapezius',
      'levator_scapulae',
      'splenius_capitis',
      'pectoralis_major',
      'deltoid',
      'triceps_brachii',
      'brachioradialis',
    ],
    selfCare: {
      stretch: {
        name: 'Seated scalene stretch',
        steps: [
          'Sit upright and slide the hand of the sore side under your thigh, or hold the chair seat, to keep the shoulder down.',
          'Tilt your head away from the sore side, bringing the ear toward the other shoulder.',
          'For the front fibres, turn the face slightly toward the sore side; for the back fibres, turn it slightly away and look down.',
          'Hold each position for about 30 seconds while breathing slowly into the belly.',
          'Come back to the middle slowly with your hand supporting your head.',
        ],
        cautions: [
          'Stop if tingling or numbness into the arm increases.',
          'Do not tip the head far backward, and stop if you feel dizzy.',
          'Chest pain spreading to the arm can come from the heart: get urgent medical care first, before thinking of muscles.',
        ],
      },
      selfPressure: {
        name: 'Light finger pressure above the collarbone',
        steps: [
          'Find the outer edge of the SCM at the base of the neck.',
          'Slide two fingertips just behind it, above the collarbone, with the head tilted slightly toward the sore side.',
          'Press lightly on tender spots for 10 to 20 seconds each.',
          'Work up the side of the neck in small steps.',
        ],
        cautions: [
          'Use light pressure only: the nerves and blood vessels to the arm run between these muscles.',
          'If you feel tingling into the arm or a pulse under your fingers, move off.',
          'Numbness, weakness or tingling that persists needs a clinician.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'gentle_stretching_yoga' },
      { id: 'relaxation_meditation', note: 'Practising slow belly (diaphragmatic) breathing to unload these breathing helpers.' },
      { id: 'supportive_pillow', note: 'A pillow that keeps the neck level, neither too low nor too high.' },
      { id: 'posture' },
      { id: 'spray_and_stretch' },
      { id: 'physical_therapy', note: 'Breathing retraining and neck stretches.' },
      { id: 'trigger_point_injection', note: 'Needs a skilled clinician because the nerves to the arm and the top of the lung lie close by.' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter on the scalene muscles; pain-pattern figure, p. 506' },
    ],
    uncertain:
      'Travell and Simons draw one combined pain pattern for the scalene group, so which part sends pain where is approximate here, and scalene symptoms overlap with thoracic outlet syndrome and pinched neck nerves, which a clinician must tell apart.',
  },

  masseter: {
    name: 'Masseter',
    latin: 'Musculus masseter',
    synonyms: ['jaw muscle', 'chewing muscle', 'jaw clenching muscle', 'TMJ muscle'],
    area: 'head_neck',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Masseter' }],
    attachments: {
      origin: 'The cheekbone arch (zygomatic arch) and the cheekbone.',
      insertion: 'The outer surface of the jawbone, from its angle up the back of the jaw (ramus).',
    },
    actions: [
      'Closes the jaw and clenches the teeth.',
      'The surface layer helps push the jaw forward; the deep layer helps pull it back.',
    ],
    triggerPoints: [
      {
        id: 'superficial_upper',
        label: 'Superficial layer, upper TrP',
        location: 'In the cheek just below the cheekbone, toward the front of the muscle.',
        position: { along: 0.2, around: 0 },
        essentialZone: ['teeth_upper', 'cheek_maxilla'],
        spilloverZone: [],
      },
      {
        id: 'superficial_lower',
        label: 'Superficial layer, middle and lower TrPs',
        location: 'In the middle and lower part of the muscle, above the angle of the jaw; feel it bulge when you clench.',
        position: { along: 0.7, around: 0 },
        essentialZone: ['teeth_lower', 'jaw_tmj'],
        spilloverZone: ['temple', 'eye_orbit'],
      },
      {
        id: 'deep',
        label: 'Deep layer TrP',
        location: 'Deep in the upper back part of the muscle, just in front of the ear and below the jaw joint.',
        position: { along: 0.2, around: 0.5 },
        essentialZone: ['ear', 'jaw_tmj'],
        spilloverZone: [],
      },
    ],
    referredPain:
      'The surface layer sends pain to the upper or lower back teeth, the cheek, the jaw and sometimes over the eyebrow and temple; the deep layer sends pain deep into the ear and around the jaw joint, sometimes with ringing in that ear.',
    symptoms: [
      'Limited mouth opening.',
      'Toothache or teeth sensitive to hot, cold or biting when no dental cause is found.',
      'Jaw or cheek pain, often worse after clenching or chewing.',
      'Ringing in one ear (deep layer).',
      'In women with jaw-muscle pain (temporomandibular disorder), pressing active masseter trigger points reproduced their usual pain.',
    ],
    perpetuatingFactors: [
      'Clenching or grinding the teeth, by day or in sleep.',
      'Chewing gum, biting nails or chewing on pens.',
      'Holding the mouth wide open for long dental work.',
      'Forward head posture, and emotional stress.',
      'Trigger points in the SCM or upper trapezius, which can set off trigger points here.',
    ],
    associatedMuscles: ['temporalis', 'sternocleidomastoid', 'upper_trapezius'],
    selfCare: {
      stretch: {
        name: 'Gentle jaw-opening stretch',
        steps: [
          'Warm the cheek first with a warm, moist cloth for a few minutes.',
          'Sit upright and let the jaw hang loosely open.',
          'Place two fingertips on your lower front teeth and guide the jaw slowly further open, only as far as is comfortable.',
          'Hold for 10 to 20 seconds, then close slowly; repeat a few times.',
        ],
        cautions: [
          'If your jaw clicks painfully, locks, or the joint itself hurts, see a dentist or clinician before stretching.',
          'Never force the jaw open.',
        ],
      },
      selfPressure: {
        name: 'Cheek pressure with the fingertips',
        steps: [
          'Clench your teeth lightly to feel the muscle bulge in front of the angle of the jaw, then relax the jaw.',
          'With the teeth slightly apart, press tender spots with two or three fingertips for 20 to 30 seconds.',
          'Work from just below the cheekbone down to the angle of the jaw.',
          'Finish by opening and closing the mouth slowly a few times.',
        ],
        cautions: [
          'Keep the pressure gentle; the face is sensitive.',
          'Tooth pain that persists needs a dentist: do not assume it is muscular.',
        ],
      },
    },
    treatments: [
      { id: 'heat', note: 'Moist heat on the cheek before stretching.' },
      { id: 'self_massage_pressure' },
      { id: 'relaxation_meditation', note: 'Noticing and letting go of daytime clenching: lips together, teeth apart.' },
      { id: 'posture' },
      { id: 'therapeutic_massage' },
      { id: 'dry_needling' },
      { id: 'trigger_point_injection' },
      { id: 'spray_and_stretch' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Masseter Muscle"; pain-pattern figure, p. 331' },
      { source: 'fernandez_de_las_penas_2010_tmd_referred_pain' },
      { source: 'alonso_blanco_2012_tmd_fibromyalgia' },
    ],
    uncertain:
      'Masseter trigger points are well described, but how much they explain jaw-joint disorders and unexplained tooth pain, compared with joint, dental or nervous-system causes, is still debated.',
  },

  temporalis: {
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
    actions: [
      'Closes the jaw.',
      'Its back fibres pull the jaw backward and help move it to the same side in chewing.',
    ],
    triggerPoints: [
      {
        id: 'anterior',
        label: 'TrP1 (front)',
        location: 'At the front of the temple, just behind the outer end of the eyebrow and above the cheekbone.',
        position: { along: 0.6, around: 0 },
        essentialZone: ['temple', 'eye_orbit'],
        spilloverZone: ['teeth_upper'],
      },
      {
        id: 'middle',
        label: 'TrP2 and TrP3 (middle)',
        location: 'In the middle of the temple, about a finger width above the cheekbone arch.',
        position: { along: 0.55, around: 0 },
        essentialZone: ['temple', 'teeth_upper'],
        spilloverZone: ['cheek_maxilla'],
      },
      {
        id: 'posterior',
        label: 'TrP4 (back)',
        location: 'Above and slightly in front of the ear, in the back fibres of the muscle.',
        position: { along: 0.45, around: 0 },
        essentialZone: ['temple'],
        spilloverZone: ['occiput'],
      },
    ],
    referredPain:
      'Headache over the temple that can spread to the eyebrow and behind the eye, down into the upper teeth, and, from the back fibres, backward above the ear.',
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
        cautions: [
          'Keep the pressure gentle.',
          'Avoid pressing hard on the pulse you can feel in front of the ear.',
        ],
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
  },
} as const satisfies Record<string, Muscle>
