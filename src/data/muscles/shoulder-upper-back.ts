/**
 * Shoulder and upper-back muscles: trigger points, referred pain and self-care.
 * Trigger-point locations and pain patterns follow Travell & Simons (Vol. 1, 2nd ed.); the
 * page numbers in the locators are those of the book's index of pain-pattern figures.
 * The trapezius is split into its three parts (the reference anatomy meshes them apart), and
 * the TrP labels keep Travell & Simons' numbering (TrP1 to TrP6) so a clinician can match them.
 * `position.along` runs from the origin (0) to the insertion (1) named in `attachments`.
 */
import type { Muscle } from '../types.ts'

export const shoulderUpperBackMuscles = {
  upper_trapezius: {
    name: 'Upper trapezius',
    latin: 'Musculus trapezius, pars descendens',
    synonyms: ['traps', 'upper traps', 'trapezius', 'shoulder muscle', 'descending trapezius'],
    area: 'shoulder_upper_back',
    layer: 'superficial',
    parts: [{ id: 'descending_part', name: 'Descending (upper) part', fma: { left: 'FMA33587', right: 'FMA33586' } }],
    attachments: {
      origin: 'The back of the skull (inner part of the ridge at its base) and the ligament running down the back of the neck.',
      insertion: 'The outer third of the collarbone and the tip of the shoulder (acromion).',
    },
    actions: [
      'Lifts the shoulder and, with other muscles, turns the shoulder blade upward when the arm is raised.',
      'With the shoulder fixed, bends the head to the same side and turns the face to the opposite side.',
      'Both sides together help hold the head upright and tip it back.',
    ],
    triggerPoints: [
      {
        id: 'trp1',
        label: 'TrP1',
        location:
          'In the front edge of the muscle on top of the shoulder, about halfway between the neck and the tip of the shoulder; you can pinch it between thumb and fingers.',
        position: { along: 0.6, around: 0.75 },
        essentialZone: ['lateral_neck', 'posterior_neck', 'temple'],
        spilloverZone: ['ear', 'eye_orbit', 'jaw_tmj'],
      },
      {
        id: 'trp2',
        label: 'TrP2',
        location: 'Slightly behind and to the outside of TrP1, in the fibres running across the top of the shoulder blade.',
        position: { along: 0.7, around: 0 },
        essentialZone: ['posterior_neck'],
        spilloverZone: ['ear', 'occiput'],
      },
    ],
    referredPain:
      'Up the side and back of the neck, behind the ear and to the temple, sometimes around the eye and to the angle of the jaw: one of the commonest muscle sources of headache.',
    symptoms: [
      'Headache at the temple and pain up the side of the neck.',
      'Neck stiffness, with tilting the head to the other side painful or limited.',
      'Tenderness along the top of the shoulder.',
      'In a blinded study, pressing active upper trapezius trigger points reproduced the familiar headache of people with chronic tension-type headache.',
    ],
    perpetuatingFactors: [
      'Holding the shoulders up: armrests that are too high or missing, or a desk too high for the chair.',
      'Holding a phone between ear and shoulder.',
      'Heavy shoulder bags, and tight bra or backpack straps.',
      'Long hours at a screen with the head forward, and emotional stress.',
      'An uneven pelvis or leg-length difference that tilts the shoulders.',
      'Cold drafts on the neck and shoulders.',
    ],
    associatedMuscles: [
      'levator_scapulae',
      'sternocleidomastoid',
      'splenius_capitis',
      'scalenes',
      'temporalis',
      'masseter',
      'supraspinatus',
    ],
    selfCare: {
      stretch: {
        name: 'Seated upper trapezius stretch',
        steps: [
          'Sit upright and hold the chair seat with the hand of the sore side, so the shoulder stays down.',
          'Tilt your head away from the sore side, bringing the ear toward the other shoulder.',
          'Turn your face slightly toward the sore side and let the chin drop a little.',
          'Rest your free hand on your head for gentle extra weight only.',
          'Hold for about 30 seconds while breathing slowly, then come back up with your hand supporting your head.',
        ],
        cautions: [
          'Stop if you feel tingling into the arm or dizziness.',
          'Do not bounce or pull hard on the head.',
        ],
      },
      selfPressure: {
        name: 'Pincer squeeze on the top of the shoulder',
        steps: [
          'Sit with the elbow of the sore side resting on a table or armrest so the shoulder relaxes.',
          'Reach across with the other hand and pinch the muscle on top of the shoulder between your thumb and fingers.',
          'Squeeze a tender spot firmly but comfortably for 20 to 30 seconds, until the tenderness eases.',
          'Move along the muscle from the neck toward the tip of the shoulder and repeat.',
        ],
        cautions: [
          'Aim for a tolerable ache, not sharp pain.',
          'If your hands tire or hurt, use a ball against a wall or a hooked massage tool instead.',
        ],
      },
    },
    treatments: [
      { id: 'heat', note: 'Moist heat across the top of the shoulder and neck.' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'relaxation_meditation', note: 'Stress often shows as raised shoulders; noticing and dropping them helps.' },
      { id: 'ergonomic_workstation', note: 'Armrests that support the elbows without lifting the shoulders; a headset for the phone.' },
      { id: 'posture' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'dry_needling', note: 'Needling here is done over the top of the shoulder with care, because the top of the lung lies below.' },
      { id: 'therapeutic_massage' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Trapezius Muscle"; pain-pattern figures, pp. 279-281' },
      { source: 'fernandez_de_las_penas_2006_tension_headache' },
      { source: 'alonso_blanco_2012_tmd_fibromyalgia' },
    ],
  },

  middle_trapezius: {
    name: 'Middle trapezius',
    latin: 'Musculus trapezius, pars transversa',
    synonyms: ['mid traps', 'middle traps', 'transverse trapezius'],
    area: 'shoulder_upper_back',
    layer: 'superficial',
    parts: [{ id: 'transverse_part', name: 'Transverse (middle) part', fma: { left: 'FMA33585', right: 'FMA33584' } }],
    attachments: {
      origin: 'The spines of the lowest neck and upper thoracic vertebrae (about C7 to T3).',
      insertion: 'The inner edge of the tip of the shoulder (acromion) and the upper edge of the bony spine of the shoulder blade.',
    },
    actions: [
      'Pulls the shoulder blades back toward the spine.',
      'Holds the shoulder blade steady while the arm works.',
    ],
    triggerPoints: [
      {
        id: 'trp5',
        label: 'TrP5',
        location: 'About a finger width in from the inner edge of the shoulder blade, near the level of its bony spine.',
        position: { along: 0.65, around: 0 },
        essentialZone: ['interscapular'],
        spilloverZone: ['scapula_medial_border'],
      },
      {
        id: 'trp6',
        label: 'TrP6',
        location: 'Near the outer end of the muscle, just above the bony spine of the shoulder blade close to the tip of the shoulder.',
        position: { along: 0.95, around: 0 },
        essentialZone: ['upper_shoulder_top'],
        spilloverZone: [],
      },
    ],
    referredPain:
      'A superficial, burning pain between the shoulder blade and the spine (TrP5), or an ache on the top of the shoulder near its tip (TrP6).',
    symptoms: [
      'Burning or aching between the shoulder blades.',
      'Aching at the top of the shoulder.',
    ],
    perpetuatingFactors: [
      'Sitting with rounded shoulders and the head forward.',
      'Reaching forward for long periods, for example to a keyboard set too far away.',
      'Tight chest muscles pulling the shoulders forward.',
      'Cold drafts on the upper back.',
    ],
    associatedMuscles: ['rhomboids', 'upper_trapezius', 'lower_trapezius', 'pectoralis_major'],
    selfCare: {
      stretch: {
        name: 'Self-hug stretch',
        steps: [
          'Sit or stand tall.',
          'Cross your arms and take hold of the opposite shoulder blades, as if hugging yourself.',
          'Let your upper back round and your head drop forward gently.',
          'Breathe slowly into the back of your ribs and hold for about 30 seconds.',
        ],
        cautions: [
          'Keep the movement gentle if you have osteoporosis or a recent rib or spine injury.',
          'Stop if the stretch brings on pain down an arm.',
        ],
      },
      selfPressure: {
        name: 'Ball between shoulder blade and spine',
        steps: [
          'Lie on your back, or stand against a wall, with a tennis ball between the inner edge of the shoulder blade and the spine.',
          'Cross the arm of that side over your chest to move the shoulder blade out of the way.',
          'Let your weight rest on the ball over a tender spot for 30 to 60 seconds.',
          'Shift a little up or down and repeat.',
        ],
        cautions: [
          'Keep the ball off the spine itself.',
          'Use a softer ball, or the wall rather than the floor, if the pressure is too much.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'posture', note: 'Easing rounded shoulders, including stretching tight chest muscles.' },
      { id: 'ergonomic_workstation', note: 'Keyboard and mouse close enough that the arms do not reach forward.' },
      { id: 'spray_and_stretch' },
      { id: 'therapeutic_massage' },
      { id: 'dry_needling', note: 'Over the rib cage the needle is kept shallow or angled, because the lung lies beneath.' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Trapezius Muscle"; pain-pattern figures, pp. 279-281' },
    ],
  },

  lower_trapezius: {
    name: 'Lower trapezius',
    latin: 'Musculus trapezius, pars ascendens',
    synonyms: ['lower traps', 'ascending trapezius'],
    area: 'shoulder_upper_back',
    layer: 'superficial',
    parts: [{ id: 'ascending_part', name: 'Ascending (lower) part', fma: { left: 'FMA33583', right: 'FMA33581' } }],
    attachments: {
      origin: 'The spines of the middle and lower thoracic vertebrae (about T4 to T12).',
      insertion: 'The inner end of the bony spine of the shoulder blade.',
    },
    actions: [
      'Pulls the shoulder blade down and toward the spine.',
      'Helps turn the shoulder blade upward so the arm can be raised overhead.',
    ],
    triggerPoints: [
      {
        id: 'trp3',
        label: 'TrP3',
        location:
          'In the outer edge of the lower part of the muscle, about level with the lower half of the shoulder blade, close to its inner edge.',
        position: { along: 0.5, around: 0.75 },
        essentialZone: ['posterior_neck'],
        spilloverZone: ['upper_shoulder_top', 'scapula_body'],
      },
      {
        id: 'trp4',
        label: 'TrP4',
        location: 'Near the inner edge of the shoulder blade, just below the inner end of its bony spine.',
        position: { along: 0.9, around: 0 },
        essentialZone: ['scapula_medial_border'],
        spilloverZone: [],
      },
    ],
    referredPain:
      'TrP3 sends pain far upward, to the high back of the neck and the bony bump behind the ear, and sometimes to the top of the shoulder; TrP4 gives a burning pain along the inner edge of the shoulder blade.',
    symptoms: [
      'Pain high in the back of the neck whose source, far below, is easily overlooked.',
      'Aching across the top of the shoulder.',
      'Burning along the inner edge of the shoulder blade.',
    ],
    perpetuatingFactors: [
      'Sitting slumped with the arms reaching forward.',
      'Leaning forward for long periods, for example over a low work surface.',
      'Rounded-shoulder posture.',
    ],
    associatedMuscles: ['upper_trapezius', 'middle_trapezius', 'rhomboids', 'latissimus_dorsi'],
    selfCare: {
      stretch: {
        name: 'Forward-reach stretch',
        steps: [
          'Sit on a chair with your feet apart.',
          'Cross your arms, taking hold of the opposite shoulders, or reach both arms forward and down between your knees.',
          'Round your upper back and let your head hang forward.',
          'Breathe slowly into your back and hold for about 30 seconds, then roll up slowly.',
        ],
        cautions: [
          'Keep it gentle if you have osteoporosis, a disc problem or a recent back injury.',
          'Come up slowly if you feel light-headed.',
        ],
      },
      selfPressure: {
        name: 'Ball below the shoulder blade',
        steps: [
          'Stand with your back to a wall, or lie on your back, with a tennis ball just inside the lower half of the shoulder blade.',
          'Cross the arm of that side over your chest to move the shoulder blade outward.',
          'Lean into the ball on a tender spot for 30 to 60 seconds.',
          'Work along the inner edge of the shoulder blade up to its bony spine.',
        ],
        cautions: [
          'Keep the ball off the spine itself.',
          'Ease off if the pressure causes sharp or radiating pain.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'sitting_habits', note: 'Sitting back in the chair with the work close, rather than slumping forward toward it.' },
      { id: 'posture' },
      { id: 'spray_and_stretch' },
      { id: 'therapeutic_massage' },
      { id: 'manual_therapy' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Trapezius Muscle"; pain-pattern figures, pp. 279-281' },
    ],
  },

  supraspinatus: {
    name: 'Supraspinatus',
    latin: 'Musculus supraspinatus',
    synonyms: ['rotator cuff', 'rotator cuff muscle', 'supraspinous muscle'],
    area: 'shoulder_upper_back',
    layer: 'deep',
    parts: [{ id: 'belly', name: 'Supraspinatus', fma: { left: 'FMA32545', right: 'FMA32544' } }],
    attachments: {
      origin: 'The hollow of the shoulder blade above its bony spine (supraspinous fossa).',
      insertion: 'The top of the bony knob at the upper end of the arm bone (greater tubercle of the humerus) and the shoulder joint capsule.',
    },
    actions: [
      'Starts and assists raising the arm out to the side.',
      'Holds the ball of the arm bone in the shoulder socket, as part of the rotator cuff.',
      'Stops the arm bone slipping down when carrying a load in the hand.',
    ],
    triggerPoints: [
      {
        id: 'medial',
        label: 'Belly TrP',
        location: 'In the hollow just above the bony spine of the shoulder blade, under the trapezius, toward its inner part.',
        position: { along: 0.35, around: 0 },
        essentialZone: ['lateral_shoulder_deltoid'],
        spilloverZone: ['upper_arm_lateral', 'lateral_elbow', 'forearm_posterior'],
      },
      {
        id: 'lateral',
        label: 'Lateral TrP',
        location: 'Toward the outer end of the muscle, in the angle between the collarbone and the bony spine of the shoulder blade.',
        position: { along: 0.75, around: 0 },
        essentialZone: ['lateral_shoulder_deltoid'],
        spilloverZone: ['upper_arm_lateral'],
      },
    ],
    referredPain:
      'A deep ache in the middle of the shoulder (over the middle deltoid) that can run down the outer arm and forearm, sometimes centring on the outer elbow.',
    symptoms: [
      'Deep shoulder ache when raising the arm to the side, and sometimes at rest or at night.',
      'Difficulty reaching overhead, for example to comb the hair.',
      'Weakness when lifting the arm away from the body.',
      'In a study of people with chronic shoulder pain, trigger points in shoulder-girdle muscles were common.',
    ],
    perpetuatingFactors: [
      'Carrying heavy bags or cases with the arm hanging down.',
      'Walking a dog that pulls on the lead.',
      'Working with the arms raised above shoulder height for long periods.',
    ],
    associatedMuscles: ['infraspinatus', 'upper_trapezius', 'deltoid'],
    selfCare: {
      stretch: {
        name: 'Arm-behind-the-back stretch',
        steps: [
          'Stand or sit tall.',
          'Place the back of the hand of the sore side against your lower back.',
          'With the other hand, take hold of that wrist and draw it gently toward the opposite hip.',
          'Hold for about 30 seconds while breathing slowly.',
          'Release slowly.',
        ],
        cautions: [
          'Stop if you feel pinching or sharp pain in the front of the shoulder.',
          'After a recent fall or injury, or with a very weak arm, see a clinician first: the tendon may be torn.',
        ],
      },
      selfPressure: {
        name: 'Pressure above the shoulder blade spine',
        steps: [
          'Find the bony spine of the shoulder blade with the fingers of the opposite hand.',
          'Move your fingers just above it into the hollow.',
          'Press through the overlying muscle onto tender spots for 20 to 30 seconds.',
          'Or lean back against a ball on a wall, or use a hooked massage tool, to reach the spot without straining.',
        ],
        cautions: [
          'The muscle lies deep under the trapezius: firm, steady pressure works better than rubbing.',
          'Keep the pressure tolerable.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'rest_pacing', note: 'Breaking up overhead work, and carrying loads close to the body or in both hands.' },
      { id: 'ergonomic_workstation', note: 'Work surfaces low enough that the arms are not held raised.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'physical_therapy' },
      { id: 'manual_therapy' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Supraspinatus Muscle"; pain-pattern figure, p. 539' },
      { source: 'bron_2011_shoulder_prevalence' },
    ],
  },

  infraspinatus: {
    name: 'Infraspinatus',
    latin: 'Musculus infraspinatus',
    synonyms: ['rotator cuff', 'rotator cuff muscle', 'infraspinous muscle'],
    area: 'shoulder_upper_back',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Infraspinatus', fma: { left: 'FMA32548', right: 'FMA32547' } }],
    attachments: {
      origin: 'The broad hollow of the shoulder blade below its bony spine (infraspinous fossa).',
      insertion: 'The middle of the bony knob at the upper end of the arm bone (greater tubercle of the humerus) and the shoulder joint capsule.',
    },
    actions: [
      'Turns the arm outward (external rotation).',
      'Holds the ball of the arm bone in the shoulder socket, as part of the rotator cuff.',
    ],
    triggerPoints: [
      {
        id: 'upper_lateral',
        label: 'Upper TrP (middle of the blade)',
        location: 'Just below the bony spine of the shoulder blade, near the middle of its width.',
        position: { along: 0.45, around: 0 },
        essentialZone: ['anterior_shoulder'],
        spilloverZone: ['upper_arm_anterior', 'upper_arm_lateral', 'forearm_anterior', 'thumb', 'posterior_neck'],
      },
      {
        id: 'upper_medial',
        label: 'Upper TrP (inner part)',
        location: 'Just below the bony spine of the shoulder blade, a little closer to its inner edge.',
        position: { along: 0.3, around: 0 },
        essentialZone: ['anterior_shoulder'],
        spilloverZone: ['upper_arm_anterior', 'upper_arm_lateral', 'forearm_anterior', 'thumb', 'posterior_neck'],
      },
      {
        id: 'medial_border',
        label: 'Medial border TrP (less common)',
        location: 'Lower down, close to the inner edge of the shoulder blade.',
        position: { along: 0.08, around: 0 },
        essentialZone: ['scapula_medial_border'],
        spilloverZone: [],
      },
    ],
    referredPain:
      'Pain deep in the front of the shoulder joint, spreading down the front and outer side of the upper arm and sometimes the forearm to the thumb side of the hand; occasionally to the back of the neck. The less common point near the inner edge of the shoulder blade refers along that edge.',
    symptoms: [
      'Deep pain in the front of the shoulder, though the trigger point is on the back of the shoulder blade.',
      'Difficulty reaching behind the back: fastening a bra, tucking in a shirt, reaching a back pocket.',
      'Difficulty reaching to the back of the head to comb or wash the hair.',
      'Being unable to sleep on the painful side, and sometimes on the other side.',
      'Shoulder fatigue and a weaker grip.',
      'In a large clinical series, trigger points here were often several and near the centre of the muscle, and the commonest spread of pain was to the front and outer upper arm.',
    ],
    perpetuatingFactors: [
      'Reaching backward and up repeatedly, for example to a bedside table or the back seat of a car.',
      'Sudden overload, such as catching yourself in a fall or a strong tennis stroke.',
      'Lying on the affected shoulder.',
    ],
    associatedMuscles: ['supraspinatus', 'deltoid', 'biceps_brachii', 'pectoralis_major'],
    selfCare: {
      stretch: {
        name: 'Arm-across-the-chest and behind-the-back stretch',
        steps: [
          'Stand or sit tall with the shoulder relaxed.',
          'Bring the arm of the sore side across your chest.',
          'With the other hand at the elbow, draw the arm gently closer to the chest and hold for about 30 seconds.',
          'Then place the back of the same hand on your lower back and slide it gently upward, holding for about 30 seconds.',
        ],
        cautions: [
          'Keep the shoulder blade relaxed and stop at a comfortable stretch.',
          'Stop if you feel pinching at the front of the shoulder or pain that runs down the arm.',
        ],
      },
      selfPressure: {
        name: 'Tennis ball on the shoulder blade',
        steps: [
          'Lie on your back, or stand with your back to a wall, with a tennis ball under the shoulder blade just below its bony spine.',
          'Roll slowly to find a tender spot, which may send pain into the front of the shoulder.',
          'Hold your weight on it for 30 to 60 seconds, until the tenderness eases.',
          'Shift to the next tender spot across the blade and repeat.',
        ],
        cautions: [
          'Start with the wall if the floor is too strong.',
          'Keep the pressure to a tolerable ache, not sharp pain.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure', note: 'A ball on the back of the shoulder blade; the pain is felt in front but the source is behind.' },
      { id: 'gentle_stretching_yoga' },
      { id: 'supportive_pillow', note: 'When lying on the good side, a pillow hugged in front keeps the sore arm from falling across the body.' },
      { id: 'trigger_point_injection', note: 'In a review of about 300 patients, pain was lower two weeks after a first trigger point injection in this muscle.' },
      { id: 'physical_therapy', note: 'In a trial, weekly treatment of shoulder trigger points with compression, stretching and cold, plus home stretching and posture advice, improved chronic shoulder pain more than waiting.' },
      { id: 'spray_and_stretch' },
      { id: 'dry_needling' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Infraspinatus Muscle"; pain-pattern figure, p. 553' },
      { source: 'kwon_2017_infraspinatus' },
      { source: 'bron_2011_shoulder_prevalence' },
      { source: 'bron_2011_shoulder_trial' },
    ],
  },

  rhomboids: {
    name: 'Rhomboids',
    latin: 'Musculi rhomboidei (major et minor)',
    synonyms: ['rhomboid', 'rhomboid major', 'rhomboid minor', 'between the shoulder blades muscle'],
    area: 'shoulder_upper_back',
    layer: 'deep',
    parts: [
      { id: 'major', name: 'Rhomboid major', fma: { left: 'FMA13382', right: 'FMA13381' } },
      { id: 'minor', name: 'Rhomboid minor', fma: { left: 'FMA13384', right: 'FMA13383' } },
    ],
    attachments: {
      origin: 'Rhomboid minor: the lowest neck and first thoracic vertebrae (C7 and T1). Rhomboid major: the spines of the upper thoracic vertebrae (T2 to T5).',
      insertion: 'The inner edge of the shoulder blade: the minor at the level of its bony spine, the major from there down to its lower corner.',
    },
    actions: [
      'Pull the shoulder blade toward the spine and slightly up.',
      'Turn the shoulder blade so its outer end tips down, as when lowering a raised arm.',
      'Hold the shoulder blade against the rib cage.',
    ],
    triggerPoints: [
      {
        id: 'major',
        label: 'Rhomboid major TrPs',
        location: 'Along the inner edge of the shoulder blade, between its bony spine and its lower corner, under the trapezius.',
        position: { part: 'major', along: 0.8, around: 0 },
        essentialZone: ['scapula_medial_border'],
        spilloverZone: ['interscapular', 'scapula_body'],
      },
      {
        id: 'minor',
        label: 'Rhomboid minor TrP',
        location: 'Just inside the inner edge of the shoulder blade, at the level of the inner end of its bony spine.',
        position: { part: 'minor', along: 0.8, around: 0 },
        essentialZone: ['scapula_medial_border'],
        spilloverZone: ['interscapular', 'scapula_body'],
      },
    ],
    referredPain:
      'Aching along the inner edge of the shoulder blade, between it and the spine, sometimes spreading up over the top part of the shoulder blade.',
    symptoms: [
      'A surface ache between the shoulder blades at rest, which movement hardly changes.',
      'Grating or snapping sounds from the shoulder blade as it moves.',
      'The ache may only be noticed once pain from tight chest muscles has been treated.',
    ],
    perpetuatingFactors: [
      'Rounded shoulders with the head forward, often because tight chest muscles pull the shoulders forward.',
      'Long periods leaning forward with the arms out in front: desk work, sewing, drawing.',
      'A sideways curve of the spine (scoliosis).',
    ],
    associatedMuscles: ['middle_trapezius', 'levator_scapulae', 'infraspinatus', 'pectoralis_major'],
    selfCare: {
      stretch: {
        name: 'Doorway chest stretch (to unload the rhomboids)',
        steps: [
          'Stand in a doorway and place your forearms on the frame, elbows at about shoulder height.',
          'Step one foot through the doorway and let your chest move gently forward until you feel a stretch across the front of the chest.',
          'Keep your shoulders down and breathe slowly for about 30 seconds.',
          'Step back to release.',
        ],
        cautions: [
          'The rhomboids are usually overstretched rather than tight; easing tight chest muscles takes the strain off them.',
          'Stop if you feel tingling into the hands or pain at the front of the shoulder.',
        ],
      },
      selfPressure: {
        name: 'Ball beside the inner edge of the shoulder blade',
        steps: [
          'Lie on your back, or stand against a wall, with a tennis ball between the inner edge of the shoulder blade and the spine.',
          'Hug yourself to pull the shoulder blades apart and open the space.',
          'Let your weight rest on a tender spot for 30 to 60 seconds.',
          'Move the ball up or down along the edge of the shoulder blade and repeat.',
        ],
        cautions: [
          'Keep the ball off the spine itself.',
          'Use the wall rather than the floor if the pressure is too strong.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga', note: 'Focus on stretching the chest rather than the rhomboids themselves.' },
      { id: 'posture', note: 'Correcting rounded shoulders and forward head posture.' },
      { id: 'ergonomic_workstation' },
      { id: 'therapeutic_massage' },
      { id: 'trigger_point_injection', note: 'Needles here are angled toward the shoulder blade or a rib, because the lung lies close beneath.' },
      { id: 'manual_therapy' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter on the rhomboid muscles; pain-pattern figure, p. 614' },
    ],
    uncertain:
      'The rhomboids lie under the middle trapezius, whose pain pattern overlaps theirs, so telling the two apart by touch or by pain pattern is hard.',
  },

  deltoid: {
    name: 'Deltoid',
    latin: 'Musculus deltoideus',
    synonyms: ['delts', 'shoulder cap muscle', 'front delt', 'side delt', 'rear delt'],
    area: 'shoulder_upper_back',
    layer: 'superficial',
    parts: [
      { id: 'anterior', name: 'Anterior (clavicular) part', fma: { left: 'FMA34681', right: 'FMA34680' } },
      { id: 'middle', name: 'Middle (acromial) part', fma: { left: 'FMA34683', right: 'FMA34682' } },
      { id: 'posterior', name: 'Posterior (spinal) part', fma: { left: 'FMA34685', right: 'FMA34684' } },
    ],
    attachments: {
      origin:
        'Front part: the outer third of the collarbone. Middle part: the tip of the shoulder (acromion). Back part: the bony spine of the shoulder blade.',
      insertion: 'A rough patch on the outer side of the arm bone, about halfway down (deltoid tuberosity).',
    },
    actions: [
      'Front part: raises the arm forward and turns it inward.',
      'Middle part: raises the arm out to the side.',
      'Back part: takes the arm backward and turns it outward.',
    ],
    triggerPoints: [
      {
        id: 'anterior',
        label: 'Anterior deltoid TrP',
        location: 'In the upper half of the front of the shoulder cap, just below and outside the collarbone.',
        position: { part: 'anterior', along: 0.35, around: 0 },
        essentialZone: ['anterior_shoulder'],
        spilloverZone: ['lateral_shoulder_deltoid', 'upper_arm_anterior'],
      },
      {
        id: 'middle',
        label: 'Middle deltoid TrP',
        location: 'In the middle of the outer shoulder cap, below the tip of the shoulder.',
        position: { part: 'middle', along: 0.45, around: 0 },
        essentialZone: ['lateral_shoulder_deltoid'],
        spilloverZone: ['upper_arm_lateral'],
      },
      {
        id: 'posterior',
        label: 'Posterior deltoid TrP',
        location: 'In the back of the shoulder cap, toward its lower back edge.',
        position: { part: 'posterior', along: 0.5, around: 0 },
        essentialZone: ['posterior_shoulder'],
        spilloverZone: ['lateral_shoulder_deltoid', 'upper_arm_posterior'],
      },
    ],
    referredPain:
      'Pain stays mostly in the part of the muscle that holds the trigger point: the front, side or back of the shoulder cap, sometimes spreading a little down the arm.',
    symptoms: [
      'Shoulder pain when raising the arm, worse with movement than at rest.',
      'Weakness when lifting the arm forward or out to the side.',
      'Difficulty reaching behind (front part) or across the body (back part).',
    ],
    perpetuatingFactors: [
      'A sudden overload or a direct blow to the shoulder.',
      'Holding the arm raised for long, for example using power tools or working overhead.',
      'Repeated lifting or reaching, and sports such as tennis or skiing.',
      'Injections into the muscle.',
    ],
    associatedMuscles: ['supraspinatus', 'infraspinatus', 'biceps_brachii', 'pectoralis_major', 'triceps_brachii', 'latissimus_dorsi'],
    selfCare: {
      stretch: {
        name: 'Front and back deltoid stretches',
        steps: [
          'Front part: stand with your back to a table, hold its edge with both hands behind you, and bend your knees slightly until you feel a stretch at the front of the shoulders.',
          'Hold for about 30 seconds, then stand up to release.',
          'Back part: bring the arm of the sore side across your chest.',
          'With the other hand at the elbow, draw it gently toward the chest and hold for about 30 seconds.',
        ],
        cautions: [
          'Stop if you feel pinching deep in the shoulder joint.',
          'Do not push a shoulder that has recently dislocated or been operated on; ask your clinician.',
        ],
      },
      selfPressure: {
        name: 'Fingertip or ball pressure on the shoulder cap',
        steps: [
          'Rest the forearm of the sore side on a table so the shoulder relaxes.',
          'With the fingertips of the other hand, press tender spots in the front and side of the shoulder cap for 20 to 30 seconds.',
          'For the back part, lean the back of the shoulder against a ball on a wall.',
          'Work over the whole cap in small steps.',
        ],
        cautions: [
          'Keep the pressure to a tolerable ache.',
          'A shoulder that is hot, swollen or suddenly very weak needs a clinician rather than massage.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'rest_pacing', note: 'Breaking up long spells of overhead work.' },
      { id: 'ergonomic_workstation', note: 'Keeping tools and work below shoulder height.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'therapeutic_massage' },
      { id: 'physical_therapy' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Deltoid Muscle"; pain-pattern figure, p. 624' },
    ],
  },

  latissimus_dorsi: {
    name: 'Latissimus dorsi',
    latin: 'Musculus latissimus dorsi',
    synonyms: ['lats', 'lat', 'broadest back muscle'],
    area: 'shoulder_upper_back',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Latissimus dorsi', fma: { left: 'FMA13359', right: 'FMA13358' } }],
    attachments: {
      origin:
        'A broad sheet from the spines of the lower six thoracic vertebrae, the low-back fascia over the lumbar and sacral spine, the back of the pelvic rim, the lowest three or four ribs, and often the lower corner of the shoulder blade.',
      insertion: 'The floor of the groove at the front of the upper arm bone (intertubercular groove of the humerus).',
    },
    actions: [
      'Pulls the arm down and back and turns it inward.',
      'Pulls the body up toward the arms, as in climbing.',
      'Presses the shoulder down, and helps in forceful breathing out and coughing.',
    ],
    triggerPoints: [
      {
        id: 'axillary',
        label: 'Axillary TrP',
        location: 'In the back fold of the armpit, about level with the middle of the shoulder blade; pinch the fold between thumb and fingers.',
        position: { along: 0.75, around: 0.75 },
        essentialZone: ['scapula_body'],
        spilloverZone: ['posterior_shoulder', 'upper_arm_medial', 'forearm_posterior', 'ring_finger', 'little_finger'],
      },
      {
        id: 'lower_lateral',
        label: 'Lower TrP (less common)',
        location: 'Lower down on the side of the trunk, in the outer edge of the muscle over the lower ribs.',
        position: { along: 0.35, around: 0.75 },
        essentialZone: ['anterior_shoulder'],
        spilloverZone: ['flank'],
      },
    ],
    referredPain:
      'A constant ache around the lower corner of the shoulder blade and the middle back, which can spread to the back of the shoulder and down the inner side of the arm and forearm to the ring and little fingers. The less common lower point sends pain to the front of the shoulder and sometimes the side of the trunk.',
    symptoms: [
      'A steady ache in the middle back that activity barely changes.',
      'Pain when reaching up and forward, or when pulling something down.',
    ],
    perpetuatingFactors: [
      'Repeatedly pulling down or hauling, or reaching up to high shelves.',
      'Sports and work that pull with the arms overhead, such as swimming, climbing, throwing or gardening.',
    ],
    associatedMuscles: ['triceps_brachii', 'deltoid', 'lower_trapezius'],
    selfCare: {
      stretch: {
        name: 'Overhead side-bend stretch',
        steps: [
          'Stand with your feet hip-width apart.',
          'Raise the arm of the sore side overhead and take hold of its wrist with the other hand.',
          'Lean your upper body gently to the opposite side, drawing the wrist up and over.',
          'Breathe slowly and hold for about 30 seconds.',
          'Come back to upright slowly.',
        ],
        cautions: [
          'Stop if you feel pinching in the shoulder.',
          'Do not twist or bounce while bending; keep it gentle if you have a back problem.',
        ],
      },
      selfPressure: {
        name: 'Pincer squeeze of the back armpit fold',
        steps: [
          'Rest the arm of the sore side on a table or the back of a chair.',
          'With the other hand, pinch the back fold of the armpit between thumb and fingers.',
          'Squeeze a tender spot for 20 to 30 seconds until it eases.',
          'Work along the fold from the armpit downward; or lie on your side on a ball for the lower part.',
        ],
        cautions: [
          'Do not press deep into the hollow of the armpit, where nerves and vessels run.',
          'Keep the pressure to a tolerable ache.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'ergonomic_workstation', note: 'Storing heavy items at waist to shoulder height, not overhead.' },
      { id: 'spray_and_stretch' },
      { id: 'therapeutic_massage' },
      { id: 'trigger_point_injection', note: 'Done with a pincer grip that lifts the muscle away from the chest wall.' },
    ],
    sources: [
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Latissimus Dorsi Muscle"; pain-pattern figure, p. 573' },
    ],
  },
} as const satisfies Record<string, Muscle>
