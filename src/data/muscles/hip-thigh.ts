/**
 * Muscles of the hip and thigh. Trigger-point locations and referred-pain patterns follow
 * Travell & Simons, Vol 2 (1992); positions use each part's `attachments` (origin = `along` 0).
 * For the fan-shaped gluteus medius and minimus, the "medial edge" (around 0.25) is the back
 * edge, nearer the sacrum, and the "lateral edge" (0.75) the front edge. For the gluteus
 * maximus the lower border, running from the tailbone, is taken as its medial edge.
 */
import type { Muscle } from '../types.ts'

export const hipThighMuscles = {
  gluteus_maximus: {
    name: 'Gluteus maximus',
    latin: 'Musculus gluteus maximus',
    synonyms: ['glutes', 'glute max', 'buttock muscle', 'bum muscle'],
    area: 'hip_thigh',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22329', right: 'FMA22328' } }],
    attachments: {
      origin:
        'Back of the outer hip bone behind the posterior gluteal line, the back of the sacrum and tailbone, and the sacrotuberous ligament.',
      insertion:
        'The iliotibial band (the long fibrous band down the outer thigh) and the gluteal tuberosity on the back of the upper thigh bone.',
    },
    actions: [
      'Straightens the hip, driving the thigh back, as in climbing stairs, rising from a chair or running',
      'Turns the thigh outward (lateral rotation)',
      'Upper fibres help lift the leg out to the side; lower fibres help bring it in',
      'Through the iliotibial band, helps steady the straightened knee',
    ],
    triggerPoints: [
      {
        id: 'trp1',
        label: 'TrP1',
        location: 'Beside the sacrum at the upper inner edge of the buttock, just outside the sacroiliac joint.',
        position: { along: 0.12, around: 0.1 },
        essentialZone: ['sacroiliac', 'buttock'],
        spilloverZone: ['posterior_thigh'],
      },
      {
        id: 'trp2',
        label: 'TrP2',
        location: 'Low in the buttock, just above the sitting bone (ischial tuberosity).',
        position: { along: 0.4, around: 0 },
        essentialZone: ['buttock', 'sacrum'],
        spilloverZone: [],
      },
      {
        id: 'trp3',
        label: 'TrP3',
        location: 'In the lowest, innermost fibres of the buttock, close to the tailbone.',
        position: { along: 0.1, around: 0.25 },
        essentialZone: ['coccyx'],
        spilloverZone: ['buttock'],
      },
    ],
    referredPain:
      'Pain stays in the buttock region. TrP1, beside the sacrum, causes a crescent of pain along the sacroiliac joint and the crease between the buttocks down to the buttock fold. TrP2, above the sitting bone, makes the whole buttock ache and can reach the lower sacrum; sitting on it can feel like sitting on a nail. TrP3, beside the tailbone, refers pain to the tailbone.',
    symptoms: [
      'Restlessness and pain when sitting for long, especially on hard seats',
      'Pain walking uphill or climbing stairs, worse when leaning forward',
      'Buttock pain when bending forward',
      'Tailbone pain',
    ],
    perpetuatingFactors: [
      'Long periods of sitting, particularly slumped or on hard seats',
      'Walking or climbing uphill while leaning forward',
      'A fall onto the buttocks, or catching yourself from a fall',
      'Repeated bending and lifting',
    ],
    associatedMuscles: ['gluteus_medius', 'piriformis', 'biceps_femoris', 'semitendinosus'],
    selfCare: {
      stretch: {
        name: 'Knee-to-chest stretch',
        steps: [
          'Lie on your back with both knees bent and feet flat.',
          'Hold behind the knee of the sore side and draw it slowly toward your chest.',
          'To reach the lower fibres, aim the knee toward the armpit on the same side.',
          'Breathe slowly and hold for about 30 seconds, then lower the leg.',
          'Repeat two or three times.',
        ],
        cautions: [
          'After a hip replacement, ask your surgeon before bending the hip deeply.',
          'Stop if you feel a pinch at the front of the hip.',
        ],
      },
      selfPressure: {
        name: 'Tennis ball under the buttock',
        steps: [
          'Lie on your back, or stand against a wall, with a tennis ball under the sore buttock.',
          'Roll slowly until you find a tender spot.',
          'Let your weight rest on it for 30 to 60 seconds until the tenderness eases.',
          'Move on to the next spot, then finish with the stretch.',
        ],
        cautions: [
          'Keep off the bony sitting bone and the tailbone.',
          'Move the ball if pain shoots down the leg or the leg goes numb: the sciatic nerve runs under the lower buttock.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure', note: 'A tennis ball under the buttock while lying or against a wall.' },
      { id: 'gentle_stretching_yoga' },
      { id: 'sitting_habits', note: 'Get up regularly and use a cushioned seat rather than a hard one.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'therapeutic_massage' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter "Gluteus Maximus Muscle"' }],
  },

  gluteus_medius: {
    name: 'Gluteus medius',
    latin: 'Musculus gluteus medius',
    synonyms: ['glute med', 'glutes', 'hip abductor', 'side hip muscle'],
    area: 'hip_thigh',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22331', right: 'FMA22330' } }],
    attachments: {
      origin:
        'Outer surface of the hip bone between the anterior and posterior gluteal lines, just below the iliac crest (the top rim of the hip bone).',
      insertion: 'Outer surface of the greater trochanter, the bony point on the side of the hip.',
    },
    actions: [
      'Moves the thigh out to the side (abduction)',
      'Keeps the pelvis level when standing on one leg, as at every step',
      'Front fibres turn the thigh inward; back fibres may help turn it outward',
    ],
    triggerPoints: [
      {
        id: 'trp1',
        label: 'TrP1',
        location: 'Just below the back part of the top rim of the hip bone, close to the sacroiliac joint.',
        position: { along: 0.1, around: 0.15 },
        essentialZone: ['sacroiliac', 'low_back'],
        spilloverZone: ['sacrum', 'buttock'],
      },
      {
        id: 'trp2',
        label: 'TrP2',
        location: 'Below the middle of the top rim of the hip bone, halfway between its back and front.',
        position: { along: 0.2, around: 0 },
        essentialZone: ['buttock'],
        spilloverZone: ['posterior_thigh', 'lateral_thigh'],
      },
      {
        id: 'trp3',
        label: 'TrP3',
        location: 'Just below the front part of the top rim of the hip bone, a little behind its front bony point.',
        position: { along: 0.15, around: 0.85 },
        essentialZone: ['low_back', 'sacrum'],
        spilloverZone: ['sacroiliac'],
      },
    ],
    referredPain:
      'Pain is felt mainly along the back of the top rim of the hip bone, over the sacroiliac joint and sacrum, and across the buttock, sometimes spreading to the upper back and side of the thigh. It is a common and often overlooked source of low back pain.',
    symptoms: [
      'Low back and buttock pain when walking',
      'Pain lying on the back or on the affected side',
      'Pain when sitting slumped in a chair',
    ],
    perpetuatingFactors: [
      'Morton foot structure (a short first metatarsal with a relatively long second toe), which lets the foot roll and overloads the hip',
      'A leg-length difference',
      'Standing with the weight on one leg for long periods',
      'Long walks on soft sand, or long tennis matches',
      'Sitting in one position too long, or on a wallet in a back pocket',
      'Sleeping on the side without a pillow between the knees',
    ],
    associatedMuscles: ['gluteus_minimus', 'piriformis', 'quadratus_lumborum', 'tensor_fasciae_latae', 'gluteus_maximus'],
    selfCare: {
      stretch: {
        name: 'Side-lying leg-drop stretch',
        steps: [
          'Lie on your good side near the edge of a bed, with the lower knee bent for balance.',
          'Straighten the top leg and take it slightly behind you.',
          'Let it hang down over the edge of the bed until you feel a stretch at the side of the hip.',
          'Hold for 30 seconds, breathing slowly; then bring the leg a little in front of you and let it drop again to reach the back fibres.',
          'Lift the leg back up with support before rolling away from the edge.',
        ],
        cautions: [
          'Make sure you cannot roll off the bed.',
          'After a hip replacement, ask your surgeon before taking the leg across the midline.',
        ],
      },
      selfPressure: {
        name: 'Tennis ball at the side of the hip',
        steps: [
          'Stand with your side to a wall and a tennis ball between the wall and the upper outer buttock, just below the top rim of the hip bone.',
          'Lean into the ball and move slowly along the rim from back to front to find tender spots.',
          'Hold steady, comfortable pressure on each for 30 to 60 seconds.',
          'For firmer pressure, lie on the ball on the floor; finish with the stretch.',
        ],
        cautions: ['Stay below the bony rim rather than on it.', 'Ease off if the pressure sends tingling down the leg.'],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      {
        id: 'footwear_insoles',
        note: 'A pad under the first metatarsal head corrects Morton foot structure; a heel lift corrects a measured leg-length difference.',
      },
      { id: 'supportive_pillow', note: 'When lying on the good side, a pillow between the knees keeps the top leg from dropping.' },
      { id: 'sitting_habits', note: 'Change position often and take the wallet out of the back pocket.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter "Gluteus Medius Muscle"' }],
  },

  gluteus_minimus: {
    name: 'Gluteus minimus',
    latin: 'Musculus gluteus minimus',
    synonyms: ['glute min', 'glutes', 'hip abductor', 'pseudo-sciatica'],
    area: 'hip_thigh',
    layer: 'deep',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22333', right: 'FMA22332' } }],
    attachments: {
      origin:
        'Outer surface of the hip bone between the anterior and inferior gluteal lines, beneath the gluteus medius.',
      insertion: 'Front of the greater trochanter, the bony point on the side of the hip.',
    },
    actions: [
      'Moves the thigh out to the side (abduction)',
      'Front fibres turn the thigh inward (medial rotation)',
      'Keeps the pelvis level when standing on one leg, together with the gluteus medius',
    ],
    triggerPoints: [
      {
        id: 'anterior',
        label: 'Front TrP',
        location:
          'Deep under the outer front of the hip, a few finger-widths below the top rim of the hip bone and behind its front bony point.',
        position: { along: 0.35, around: 0.8 },
        essentialZone: ['buttock', 'lateral_thigh', 'lateral_leg'],
        spilloverZone: ['knee_lateral', 'lateral_ankle'],
      },
      {
        id: 'posterior',
        label: 'Back TrP',
        location: 'Deep in the upper buttock, below the middle of the top rim of the hip bone.',
        position: { along: 0.35, around: 0.2 },
        essentialZone: ['buttock', 'posterior_thigh', 'calf'],
        spilloverZone: ['knee_posterior'],
      },
    ],
    referredPain:
      'Pain can be severe, persistent and far from the muscle. The front trigger points send it over the lower outer buttock, down the outer thigh and knee, and along the outer leg to the ankle. The back trigger points send it over the lower buttock, down the back of the thigh and into the calf. Because it follows the leg like sciatica, it is called pseudo-sciatica.',
    symptoms: [
      'Hip pain that causes a limp',
      'Pain getting up from a chair and standing up straight',
      'Pain lying on the affected side, which can wake the person',
      'Hard to find any comfortable position to sit, stand or lie',
      'Sciatica-like pain down the side or back of the leg without nerve signs such as numbness or weakness',
    ],
    perpetuatingFactors: [
      'Staying in one position too long, including long drives with the foot held on the pedal',
      'Standing with the weight on one leg',
      'A leg-length difference or sacroiliac joint dysfunction',
      'Long walks, especially on soft sand',
      'A wallet in the back pocket pressing on the buttock',
      'Injections into the buttock, which can irritate trigger points there',
    ],
    associatedMuscles: [
      'gluteus_medius',
      'piriformis',
      'quadratus_lumborum',
      'tensor_fasciae_latae',
      'vastus_lateralis',
      'peroneus_longus',
    ],
    selfCare: {
      stretch: {
        name: 'Side-lying leg-drop stretch',
        steps: [
          'Lie on your good side near the edge of a bed, with the lower knee bent for balance.',
          'Straighten the top leg and take it slightly behind you, turning the knee a little outward.',
          'Let it hang down over the edge of the bed until you feel a stretch deep at the side of the hip.',
          'Hold for 30 seconds; then bring the leg a little in front of you and let it drop again to reach the back fibres.',
          'Lift the leg back up with support before rolling away from the edge.',
        ],
        cautions: [
          'Make sure you cannot roll off the bed.',
          'After a hip replacement, ask your surgeon before taking the leg across the midline.',
        ],
      },
      selfPressure: {
        name: 'Tennis ball at the side of the hip',
        steps: [
          'Stand with your side to a wall and a tennis ball between the wall and the outer hip, a few finger-widths below the top rim of the hip bone.',
          'Lean into the ball and move slowly forward and back to find tender spots.',
          'Hold firm but tolerable pressure for 30 to 60 seconds on each spot.',
          'For more pressure, lie on the ball on the floor; finish with the stretch.',
        ],
        cautions: [
          'The muscle is deep, but press only to a level that stays comfortable.',
          'Move the ball if the pressure sends tingling or numbness down the leg.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'supportive_pillow', note: 'When lying on the good side, a pillow between the knees keeps the top leg from dropping.' },
      {
        id: 'sitting_habits',
        note: 'Change position often, break up long drives, and take the wallet out of the back pocket.',
      },
      { id: 'footwear_insoles', note: 'A heel lift corrects a leg-length difference that a clinician has measured.' },
      { id: 'spray_and_stretch' },
      {
        id: 'trigger_point_injection',
        note: 'The back part of this deep muscle lies close to the sciatic nerve, which the injecting clinician must avoid.',
      },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter "Gluteus Minimus Muscle"' }],
  },

  piriformis: {
    name: 'Piriformis',
    latin: 'Musculus piriformis',
    synonyms: ['piriformis syndrome', 'deep hip rotator', 'pyriformis'],
    area: 'hip_thigh',
    layer: 'deep',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22341', right: 'FMA22340' } }],
    attachments: {
      origin:
        'Inner (front) surface of the sacrum; the muscle leaves the pelvis through the greater sciatic notch.',
      insertion: 'Upper border of the greater trochanter, the bony point on the side of the hip.',
    },
    actions: [
      'Turns the thigh outward (lateral rotation) when the hip is straight',
      'Helps move the thigh out to the side when the hip is bent to a right angle',
      'Steadies the hip and checks excessive inward turning of the thigh in walking and running',
    ],
    triggerPoints: [
      {
        id: 'lateral',
        label: 'TrP1',
        location:
          'Deep in the buttock, a little way in from the bony point at the side of the hip, on a line toward the top of the tailbone.',
        position: { along: 0.7, around: 0 },
        essentialZone: ['sacroiliac', 'buttock'],
        spilloverZone: ['posterior_thigh'],
      },
      {
        id: 'medial',
        label: 'TrP2',
        location: 'Deeper and farther in, near the edge of the sacrum where the muscle passes out of the pelvis.',
        position: { along: 0.3, around: 0 },
        essentialZone: ['sacroiliac', 'buttock'],
        spilloverZone: ['posterior_thigh'],
      },
    ],
    referredPain:
      'Pain is felt over the sacroiliac area, across the buttock and over the back of the hip joint, and sometimes over the upper two-thirds of the back of the thigh. Separately, a tight piriformis can press on the sciatic nerve and nearby nerves, adding pain, tingling or numbness down the back of the thigh, leg and foot.',
    symptoms: [
      'Buttock and hip pain that is worse when sitting and when getting up from sitting',
      'Low back pain',
      'Pain, tingling or numbness down the back of the leg if the sciatic nerve is compressed',
      'Pain in the pelvic floor or during bowel movements in some people',
    ],
    perpetuatingFactors: [
      'Long periods of sitting, especially on hard seats',
      'Long drives with the foot held on the pedal',
      'Catching yourself from a fall, or a sudden twisting load on the hip',
      'Sacroiliac joint dysfunction or a leg-length difference',
    ],
    associatedMuscles: ['gluteus_minimus', 'gluteus_medius', 'gluteus_maximus'],
    selfCare: {
      stretch: {
        name: 'Knee-across-the-body stretch',
        steps: [
          'Lie on your back with both knees bent and feet flat.',
          'Bring the knee of the sore side up until the hip is bent to about a right angle.',
          'With the opposite hand, draw the knee slowly across the body toward the opposite shoulder until you feel a stretch deep in the buttock.',
          'Breathe slowly and hold for 30 seconds, then release.',
          'Repeat two or three times.',
        ],
        cautions: [
          'After a hip replacement, do not bring the knee across the body unless your surgeon agrees.',
          'Stop if tingling or numbness runs down the leg.',
        ],
      },
      selfPressure: {
        name: 'Tennis ball in the buttock',
        steps: [
          'Sit on a firm chair or lie on your back with a tennis ball under the sore buttock, midway between the bony point of the hip and the tailbone.',
          'Shift your weight slowly to find a tender spot.',
          'Let your weight rest on it for 30 to 60 seconds, breathing slowly, until it eases.',
          'Follow with the stretch.',
        ],
        cautions: [
          'If the pressure sends tingling, burning or numbness down the leg you are on the sciatic nerve: move the ball.',
          'Keep off the sitting bone and the tailbone.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      { id: 'sitting_habits', note: 'Break up long periods of sitting and long drives.' },
      { id: 'physical_therapy' },
      { id: 'spray_and_stretch' },
      {
        id: 'trigger_point_injection',
        note: 'A specialist procedure here, because the sciatic nerve runs beside the muscle.',
      },
      { id: 'manual_therapy' },
    ],
    sources: [
      { source: 'travell_simons_vol2_1992', locator: 'chapter on the piriformis and other short lateral rotators' },
      { source: 'hopayian_2010_piriformis_syndrome' },
    ],
    uncertain:
      'Piriformis syndrome is controversial and has no agreed test; the features most often reported are buttock pain, pain worse on sitting, tenderness near the sciatic notch and pain when the muscle is tensed.',
  },

  tensor_fasciae_latae: {
    name: 'Tensor fasciae latae',
    latin: 'Musculus tensor fasciae latae',
    synonyms: ['TFL', 'tensor fascia lata', 'IT band muscle', 'hip flexor'],
    area: 'hip_thigh',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22426', right: 'FMA22425' } }],
    attachments: {
      origin:
        'Front bony point of the hip bone (anterior superior iliac spine) and the outer lip of the front of the iliac crest.',
      insertion:
        'The iliotibial band, a little below the level of the greater trochanter; the band carries its pull down to the outer knee.',
    },
    actions: [
      'Helps bend the hip and turn the thigh inward',
      'Helps move the thigh out to the side',
      'Tightens the iliotibial band, steadying the hip and knee when standing on one leg',
    ],
    triggerPoints: [
      {
        id: 'belly',
        label: 'TFL TrP',
        location:
          'On the outer front of the hip, a few finger-widths below and slightly behind the front bony point of the hip bone; the muscle firms under your fingers when you turn the foot inward.',
        position: { along: 0.35, around: 0 },
        essentialZone: ['lateral_hip_trochanter', 'lateral_thigh'],
        spilloverZone: ['anterior_thigh', 'knee_lateral'],
      },
    ],
    referredPain:
      'Pain centres over the bony point on the side of the hip and runs down the outer front of the thigh, sometimes as far as the knee. It can be mistaken for trochanteric bursitis.',
    symptoms: [
      'Hip and outer thigh pain when walking, especially walking fast',
      'Cannot lie on the painful side',
      'Pain on standing up straight after sitting, driving or sleeping with the hips bent',
      'Often mistaken for trochanteric bursitis',
    ],
    perpetuatingFactors: [
      'Holding the hip bent for long periods: driving, low seats, or sleeping curled up',
      'Sleeping on the back with pillows under the knees',
      'Running or walking uphill',
      'Sudden injury such as a fall',
    ],
    associatedMuscles: ['gluteus_minimus', 'gluteus_medius', 'rectus_femoris', 'iliopsoas', 'vastus_lateralis'],
    selfCare: {
      stretch: {
        name: 'Standing side-lean stretch',
        steps: [
          'Stand side-on to a wall with the sore side nearest it and one hand on the wall.',
          'Cross the outer leg in front of the sore leg.',
          'Let the sore-side hip sink toward the wall and slightly behind you until you feel a stretch at the outer front of the hip.',
          'Hold for 30 seconds while breathing slowly, then come back upright.',
          'Repeat two or three times.',
        ],
        cautions: [
          'Keep the trunk upright rather than bending sideways at the waist.',
          'After a hip replacement, avoid crossing the legs unless your surgeon agrees.',
        ],
      },
      selfPressure: {
        name: 'Lying on a ball',
        steps: [
          'Lie face down, turned slightly toward the sore side, with a tennis ball under the outer front of the hip, just below and behind the front bony point.',
          'Let your weight settle until you find the tender spot.',
          'Hold for 30 to 60 seconds until it eases.',
          'Follow with the stretch.',
        ],
        cautions: [
          'Keep the ball on the outer front of the hip, away from the groin, where the femoral artery, vein and nerve run.',
          'Ease off if you feel burning or numbness on the outer thigh: a skin nerve passes close to this spot.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      {
        id: 'supportive_pillow',
        note: 'When lying on the good side, a pillow between the knees stops the top leg dropping and straining the muscle.',
      },
      { id: 'sitting_habits', note: 'Avoid long spells with the hips sharply bent; stand up and walk regularly.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'therapeutic_massage' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the tensor fasciae latae' }],
  },

  rectus_femoris: {
    name: 'Rectus femoris',
    latin: 'Musculus rectus femoris',
    synonyms: ['quads', 'quadriceps', 'thigh muscle', 'hip flexor'],
    area: 'hip_thigh',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA38929', right: 'FMA38928' } }],
    attachments: {
      origin:
        'Lower front bony point of the hip bone (anterior inferior iliac spine) and the groove just above the hip socket.',
      insertion:
        'Top of the kneecap through the quadriceps tendon, and on through the patellar ligament to the bump below the knee (tibial tuberosity).',
    },
    actions: [
      'Straightens the knee',
      'Bends the hip; it is the only part of the quadriceps that crosses the hip',
    ],
    triggerPoints: [
      {
        id: 'upper',
        label: 'High TrP',
        location:
          'High on the front of the thigh, just below the front of the hip joint, a few finger-widths below the front bony point of the hip bone.',
        position: { along: 0.1, around: 0 },
        essentialZone: ['knee_anterior'],
        spilloverZone: ['anterior_thigh'],
      },
    ],
    referredPain:
      'A trigger point high in the muscle, near the hip, sends pain down to the kneecap and deep into the front of the knee, sometimes with an ache along the lower front of the thigh.',
    symptoms: [
      'Aching in and around the kneecap, often at night',
      'Weakness or pain going down stairs',
      'Difficulty bending the knee fully or kneeling',
    ],
    perpetuatingFactors: [
      'Sudden overload, such as stumbling, stepping into a hole or off a kerb',
      'Long periods of sitting with the hips bent',
      'Tight hamstrings, which the quadriceps must work against',
      'Injections into the front of the thigh, which can activate latent trigger points',
    ],
    associatedMuscles: ['vastus_lateralis', 'vastus_medialis', 'iliopsoas', 'tensor_fasciae_latae'],
    selfCare: {
      stretch: {
        name: 'Side-lying thigh stretch',
        steps: [
          'Lie on your good side with the lower knee bent for balance.',
          'Bend the top knee and hold the ankle, or a strap looped around it.',
          'Draw the heel gently toward the buttock, then take the thigh slightly backward until you feel a stretch along the front of the thigh and hip.',
          'Keep the low back from arching and hold for 30 seconds.',
          'Release slowly and repeat two or three times.',
        ],
        cautions: [
          'Use a strap rather than forcing the knee if it does not bend fully.',
          'Stop if you feel a pinch at the front of the knee.',
        ],
      },
      selfPressure: {
        name: 'Fingertip pressure high on the front of the thigh',
        steps: [
          'Sit back or lie on your back with the leg relaxed.',
          'Place your fingertips high on the front of the thigh, just below the hip crease and toward the outer side.',
          'Press gently and feel for a tender band running down the thigh.',
          'Hold comfortable pressure for 20 to 60 seconds until it eases.',
        ],
        cautions: [
          'Work toward the outer side of the front of the thigh: no deep pressure over the inner groin (the femoral triangle), where the femoral artery, vein and nerve run.',
          'Stop if you feel a pulse under your fingers.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga', note: 'The stretch must combine a bent knee with a straightened hip to reach this muscle.' },
      { id: 'sitting_habits', note: 'Stand up and walk regularly rather than sitting for long with the hips bent.' },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'physical_therapy' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the quadriceps femoris group' }],
  },

  vastus_lateralis: {
    name: 'Vastus lateralis',
    latin: 'Musculus vastus lateralis',
    synonyms: ['quads', 'quadriceps', 'outer quad', 'outer thigh muscle'],
    area: 'hip_thigh',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA38931', right: 'FMA38930' } }],
    attachments: {
      origin:
        'Upper outer thigh bone: the greater trochanter, the intertrochanteric line and the outer lip of the rough ridge on the back of the thigh bone (linea aspera).',
      insertion:
        'Outer edge of the kneecap and the quadriceps tendon, and through the patellar ligament to the bump below the knee.',
    },
    actions: ['Straightens the knee', 'Helps guide the kneecap in its groove, together with the other quadriceps muscles'],
    triggerPoints: [
      {
        id: 'lower',
        label: 'Lower TrP',
        location: 'On the outer side of the thigh, about a hand-width above the knee.',
        position: { along: 0.8, around: 0 },
        essentialZone: ['knee_lateral'],
        spilloverZone: ['lateral_thigh'],
      },
      {
        id: 'mid',
        label: 'Mid-thigh TrPs',
        location: 'Along the middle of the outer thigh, often toward the back edge of the muscle.',
        position: { along: 0.5, around: 0 },
        essentialZone: ['lateral_thigh'],
        spilloverZone: ['knee_lateral', 'lateral_hip_trochanter'],
      },
    ],
    referredPain:
      'Pain spreads along the outer thigh, at times from the hip to the knee, and to the outer side of the knee. Trigger points low in the muscle can make the kneecap feel stuck.',
    symptoms: [
      'Outer thigh and knee pain when walking',
      'Pain lying on the affected side that disturbs sleep',
      'A kneecap that feels stuck, making it hard to bend or straighten the knee',
    ],
    perpetuatingFactors: [
      'Sudden overload, such as a stumble or a fall on a bent knee',
      'Repeated deep knee bends, squatting or running',
      'Long periods with the knee held still, as in a cast',
      'Injections into the outer thigh',
    ],
    associatedMuscles: ['rectus_femoris', 'vastus_medialis', 'tensor_fasciae_latae', 'gluteus_minimus'],
    selfCare: {
      stretch: {
        name: 'Knee-bend thigh stretch',
        steps: [
          'Stand holding a chair or wall for balance, or lie on your good side.',
          'Bend the knee of the sore leg and hold the ankle, or a strap looped around it.',
          'Draw the heel gently toward the buttock until you feel a stretch along the outer front of the thigh.',
          'Hold for 30 seconds, release slowly and repeat two or three times.',
        ],
        cautions: [
          'Use a strap if you cannot reach comfortably, and do not force a painful knee.',
          'Hold on to something stable if standing.',
        ],
      },
      selfPressure: {
        name: 'Ball or roller on the outer thigh',
        steps: [
          'Lie on your side with a tennis ball or firm roller under the outer thigh, or sit and use your fingers.',
          'Move slowly along the outer thigh from hip to knee to find tender spots.',
          'Rest on each tender spot for 30 to 60 seconds until it eases.',
          'Finish with the stretch.',
        ],
        cautions: [
          'Start gently: this area is often very tender.',
          'Do not press on varicose veins or bruises.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      {
        id: 'supportive_pillow',
        note: 'Sleeping on the good side with a pillow between the knees avoids pressure on the tender outer thigh.',
      },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'therapeutic_massage' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the quadriceps femoris group' }],
  },

  vastus_medialis: {
    name: 'Vastus medialis',
    latin: 'Musculus vastus medialis',
    synonyms: ['quads', 'quadriceps', 'VMO', 'inner quad', 'teardrop muscle'],
    area: 'hip_thigh',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA38933', right: 'FMA38932' } }],
    attachments: {
      origin:
        'Inner back of the thigh bone: the lower intertrochanteric line and the inner lip of the linea aspera.',
      insertion:
        'Inner edge of the kneecap and the quadriceps tendon, and through the patellar ligament to the bump below the knee.',
    },
    actions: ['Straightens the knee', 'Its lowest fibres help hold the kneecap in its groove'],
    triggerPoints: [
      {
        id: 'lower',
        label: 'Lower TrP',
        location: 'In the teardrop-shaped bulge a few finger-widths above and to the inner side of the kneecap.',
        position: { along: 0.85, around: 0 },
        essentialZone: ['knee_anterior'],
        spilloverZone: ['knee_medial'],
      },
      {
        id: 'upper',
        label: 'Upper TrP',
        location: 'Higher on the inner front of the thigh, about halfway between the groin and the knee.',
        position: { along: 0.55, around: 0 },
        essentialZone: ['knee_medial'],
        spilloverZone: ['medial_thigh'],
      },
    ],
    referredPain:
      'Pain is felt at the front of the knee and over its inner side, sometimes in a line up the lower inner thigh.',
    symptoms: [
      'Aching at the front and inner side of the knee',
      'The knee suddenly giving way (buckling), which can follow once the pain has faded',
      'Difficulty with stairs and kneeling',
    ],
    perpetuatingFactors: [
      'Morton foot structure, which lets the foot roll inward and strains the knee',
      'Kneeling, squatting and deep knee bends',
      'Jogging or running, especially on uneven ground',
      'Falls on a bent knee or direct blows to the thigh',
    ],
    associatedMuscles: ['rectus_femoris', 'vastus_lateralis'],
    selfCare: {
      stretch: {
        name: 'Knee-bend thigh stretch',
        steps: [
          'Stand holding a chair or wall for balance, or lie on your good side.',
          'Bend the knee of the sore leg and hold the ankle, or a strap looped around it.',
          'Draw the heel gently toward the buttock until you feel a stretch above and inside the knee.',
          'Hold for 30 seconds, release slowly and repeat two or three times.',
        ],
        cautions: [
          'Use a strap if you cannot reach comfortably, and do not force a painful knee.',
          'Hold on to something stable if standing.',
        ],
      },
      selfPressure: {
        name: 'Fingertip pressure above the inner knee',
        steps: [
          'Sit with the leg straight out and relaxed, supported on a stool.',
          'Find the soft bulge on the inner thigh just above the kneecap and press with your fingertips or thumb.',
          'Work up along the inner front of the thigh, looking for tender bands.',
          'Hold each tender spot for 20 to 60 seconds until it eases.',
        ],
        cautions: [
          'Keep to the front of the inner thigh; the main vessels and nerve of the leg run deeper along the inner thigh and through the groin.',
          'Do not press on varicose veins.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      {
        id: 'footwear_insoles',
        note: 'A pad under the first metatarsal head corrects Morton foot structure, which overloads this muscle.',
      },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'physical_therapy' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter on the quadriceps femoris group' }],
  },

  biceps_femoris: {
    name: 'Biceps femoris',
    latin: 'Musculus biceps femoris',
    synonyms: ['hamstring', 'hamstrings', 'outer hamstring', 'lateral hamstring'],
    area: 'hip_thigh',
    layer: 'superficial',
    parts: [
      { id: 'long_head', name: 'Long head', fma: { left: 'FMA45889', right: 'FMA45888' } },
      { id: 'short_head', name: 'Short head', fma: { left: 'FMA45892', right: 'FMA45891' } },
    ],
    attachments: {
      origin:
        'Long head: the sitting bone (ischial tuberosity). Short head: the outer lip of the linea aspera on the back of the thigh bone.',
      insertion: 'Head of the fibula, just below and to the outside of the knee.',
    },
    actions: [
      'Bends the knee',
      'Long head: straightens the hip, and stops the trunk tipping forward when standing and bending',
      'Turns the lower leg outward when the knee is bent',
    ],
    triggerPoints: [
      {
        id: 'long_head',
        label: 'Long-head TrP',
        location: 'In the lower half of the back of the thigh, toward the outer side.',
        position: { part: 'long_head', along: 0.7, around: 0 },
        essentialZone: ['knee_posterior'],
        spilloverZone: ['posterior_thigh', 'calf'],
      },
      {
        id: 'short_head',
        label: 'Short-head TrP',
        location: 'Just above the outer back of the knee, beside and under the long head.',
        position: { part: 'short_head', along: 0.6, around: 0 },
        essentialZone: ['knee_posterior'],
        spilloverZone: ['posterior_thigh', 'calf'],
      },
    ],
    referredPain:
      'Pain concentrates at the back of the knee and may spread up the back of the thigh and a little below the knee into the upper calf.',
    symptoms: [
      'Pain at the back of the knee and thigh when walking',
      'Pain when sitting, especially on chairs that press into the back of the thigh',
      'Sleep disturbed by the pain',
      'Tight hamstrings that limit bending forward',
    ],
    perpetuatingFactors: [
      'Chair seats that are too high, or that have a hard front edge pressing into the back of the thigh',
      'Long periods of sitting, which keep the muscle short at the knee',
      'Sudden overload, as in sprinting or slipping',
    ],
    associatedMuscles: ['semitendinosus', 'gastrocnemius', 'gluteus_maximus'],
    selfCare: {
      stretch: {
        name: 'Lying hamstring stretch with a strap',
        steps: [
          'Lie on your back with a strap or towel around the ball of the foot of the sore leg.',
          'Keep the other knee bent with the foot flat on the floor.',
          'Raise the sore leg with the knee almost straight until you feel a stretch along the back of the thigh.',
          'Hold for 30 seconds, breathing slowly, then lower the leg.',
          'Repeat two or three times.',
        ],
        cautions: [
          'Do not bounce, and do not force the knee straight.',
          'Stop if tingling or burning runs down the leg: that means the sciatic nerve is being stretched.',
        ],
      },
      selfPressure: {
        name: 'Ball under the back of the thigh',
        steps: [
          'Sit on a firm chair with a tennis ball under the lower half of the back of the thigh, toward the outer side.',
          'Let the weight of the leg rest on the ball, shifting slowly until you find a tender spot.',
          'Hold for 30 to 60 seconds until it eases, then move along.',
          'Gently bend and straighten the knee a few times afterwards.',
        ],
        cautions: [
          'Stay out of the hollow at the back of the knee, where nerves and vessels run close to the surface.',
          'Move the ball if you feel tingling or numbness in the leg.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      {
        id: 'sitting_habits',
        note: 'A seat low enough for the feet to rest flat, with a rounded front edge, avoids pressure under the thigh.',
      },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'therapeutic_massage' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter "Hamstring Muscles"' }],
  },

  semitendinosus: {
    name: 'Semitendinosus',
    latin: 'Musculus semitendinosus',
    synonyms: ['hamstring', 'hamstrings', 'inner hamstring', 'medial hamstring'],
    area: 'hip_thigh',
    layer: 'superficial',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22359', right: 'FMA22358' } }],
    attachments: {
      origin: 'The sitting bone (ischial tuberosity), sharing a tendon with the long head of the biceps femoris.',
      insertion: 'Upper inner surface of the shinbone just below the knee (part of the pes anserinus).',
    },
    actions: ['Bends the knee', 'Straightens the hip', 'Turns the lower leg inward when the knee is bent'],
    triggerPoints: [
      {
        id: 'belly',
        label: 'Semitendinosus TrP',
        location: 'In the middle to lower part of the back of the thigh, toward the inner side.',
        position: { along: 0.55, around: 0 },
        essentialZone: ['buttock', 'posterior_thigh'],
        spilloverZone: ['knee_posterior', 'calf'],
      },
    ],
    referredPain:
      'Pain travels upward to the lower buttock and the crease beneath it, and along the back of the thigh; it may spread down past the inner back of the knee into the calf.',
    symptoms: [
      'Pain in the lower buttock and back of the thigh when sitting or walking',
      'Limping or pain on walking',
      'Sleep disturbed by the pain',
      'Tight hamstrings that limit bending forward',
    ],
    perpetuatingFactors: [
      'Chair seats that are too high, or that have a hard front edge pressing into the back of the thigh',
      'Long periods of sitting, which keep the muscle short at the knee',
      'Sudden overload, as in sprinting or slipping',
    ],
    associatedMuscles: ['biceps_femoris', 'gluteus_maximus', 'gastrocnemius'],
    selfCare: {
      stretch: {
        name: 'Lying hamstring stretch with a strap',
        steps: [
          'Lie on your back with a strap or towel around the ball of the foot of the sore leg.',
          'Keep the other knee bent with the foot flat on the floor.',
          'Raise the sore leg with the knee almost straight until you feel a stretch along the back of the thigh.',
          'Hold for 30 seconds, breathing slowly, then lower the leg.',
          'Repeat two or three times.',
        ],
        cautions: [
          'Do not bounce, and do not force the knee straight.',
          'Stop if tingling or burning runs down the leg: that means the sciatic nerve is being stretched.',
        ],
      },
      selfPressure: {
        name: 'Ball under the back of the thigh',
        steps: [
          'Sit on a firm chair with a tennis ball under the middle of the back of the thigh, toward the inner side.',
          'Let the weight of the leg rest on the ball, shifting slowly until you find a tender spot.',
          'Hold for 30 to 60 seconds until it eases, then move along.',
          'Gently bend and straighten the knee a few times afterwards.',
        ],
        cautions: [
          'Stay out of the hollow at the back of the knee, where nerves and vessels run close to the surface.',
          'Move the ball if you feel tingling or numbness in the leg.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'self_massage_pressure' },
      { id: 'gentle_stretching_yoga' },
      {
        id: 'sitting_habits',
        note: 'A seat low enough for the feet to rest flat, with a rounded front edge, avoids pressure under the thigh.',
      },
      { id: 'spray_and_stretch' },
      { id: 'trigger_point_injection' },
      { id: 'therapeutic_massage' },
    ],
    sources: [{ source: 'travell_simons_vol2_1992', locator: 'chapter "Hamstring Muscles"' }],
  },
} as const satisfies Record<string, Muscle>
