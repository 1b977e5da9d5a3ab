/**
 * Deep muscles of the low back and pelvis. Trigger-point locations and referred-pain patterns
 * follow Travell & Simons, Vol 2 (1992); positions use each part's `attachments`
 * (origin = `along` 0). Both muscles lie deep, which is why both carry `uncertain`.
 */
import type { Muscle } from '../types.ts'

export const lowBackPelvisMuscles = {
  quadratus_lumborum: {
    name: 'Quadratus lumborum',
    latin: 'Musculus quadratus lumborum',
    synonyms: ['QL', 'low back muscle', 'hip hiker', 'quadratus'],
    area: 'low_back_pelvis',
    layer: 'deep',
    parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22349', right: 'FMA22348' } }],
    attachments: {
      origin: 'Back part of the iliac crest (the top rim of the hip bone) and the iliolumbar ligament.',
      insertion:
        'Lower border of the 12th (lowest) rib and the tips of the side projections (transverse processes) of the first four lumbar vertebrae.',
    },
    actions: [
      'Bends the trunk to the same side',
      'Hitches the hip up on the same side when the trunk is held still',
      'Steadies the lumbar spine and pelvis when standing and walking; both sides together help arch the low back',
      'Anchors the lowest rib during deep breathing in',
    ],
    triggerPoints: [
      {
        id: 'superficial_upper',
        label: 'Upper outer TrP',
        location:
          'Deep in the side of the waist just below the lowest rib, in the soft angle in front of the long back muscles.',
        position: { along: 0.85, around: 0.75 },
        essentialZone: ['flank'],
        spilloverZone: ['lower_abdomen', 'groin'],
      },
      {
        id: 'superficial_lower',
        label: 'Lower outer TrP',
        location:
          'In the side of the waist just above the top rim of the hip bone, in front of the long back muscles.',
        position: { along: 0.15, around: 0.75 },
        essentialZone: ['lateral_hip_trochanter'],
        spilloverZone: ['lateral_thigh'],
      },
      {
        id: 'deep',
        label: 'Deep inner TrPs',
        location:
          'Close to the spine, under the long back muscles, between the lowest rib and the hip bone; reached only with firm pressure angled in toward the spine.',
        position: { along: 0.5, around: 0.25 },
        essentialZone: ['sacroiliac', 'buttock'],
        spilloverZone: ['sacrum'],
      },
    ],
    referredPain:
      'A deep ache that can turn sharp with movement. The outer trigger points send pain along the top rim of the hip bone, sometimes into the lower abdomen and groin, and to the bony point on the side of the hip and the upper outer thigh. The inner trigger points send pain to the sacroiliac joint and the lower buttock.',
    symptoms: [
      'Deep, aching low back pain, present even at rest',
      'Sharp pain when turning over in bed, standing up from a chair or bending',
      'Coughing or sneezing can be very painful',
      'Difficulty standing upright or walking when it is severe',
      'Tenderness over the side of the hip that can be mistaken for bursitis',
    ],
    perpetuatingFactors: [
      'A leg-length difference or a smaller half of the pelvis, which tilts the pelvis and overloads one side',
      'Bending and twisting to lift, or reaching down to one side',
      'Long periods of standing with the weight on one leg, or working bent forward',
      'A soft, sagging mattress',
      'A sudden fall or car accident',
    ],
    associatedMuscles: ['gluteus_minimus', 'gluteus_medius', 'iliopsoas'],
    selfCare: {
      stretch: {
        name: 'Side-lying leg-drop stretch',
        steps: [
          'Lie on your side on a bed, sore side up, with your back close to the edge.',
          'Reach the top arm overhead and hold the head of the bed if you can.',
          'Let the top leg slide back and hang down over the edge of the bed, so the waist opens up.',
          'Breathe in, then breathe out slowly and let the leg sink a little further.',
          'Stay for 20 to 30 seconds, then lift the leg back up with support and roll away from the edge.',
        ],
        cautions: [
          'Move slowly: this muscle can cramp if it is stretched suddenly.',
          'Stop if the pain becomes sharp or runs down the leg.',
          'Make sure you cannot roll off the bed.',
        ],
      },
      selfPressure: {
        name: 'Tennis ball against a wall',
        steps: [
          'Stand with your back to a wall and place a tennis ball in the soft area between the lowest rib and the top of the hip bone, about a hand-width out from the spine.',
          'Lean gently into the ball and turn your body slightly so the pressure points in toward the spine.',
          'When you find a tender spot, hold steady pressure for 30 to 60 seconds until it eases.',
          'Move the ball a little up or down and repeat, then finish with the stretch.',
        ],
        cautions: [
          'Stay off the spine and off the tips of the lowest ribs.',
          'The kidney lies deep to this area: keep the pressure moderate and stop if it causes a deep, sick feeling.',
        ],
      },
    },
    treatments: [
      { id: 'heat', note: 'Moist heat on the low back before stretching.' },
      { id: 'self_massage_pressure', note: 'A ball against a wall, angled in toward the spine.' },
      { id: 'gentle_stretching_yoga', note: 'The side-lying leg-drop stretch.' },
      {
        id: 'footwear_insoles',
        note: 'A heel lift corrects a leg-length difference that a clinician has measured; this is one of the main reasons these trigger points persist.',
      },
      {
        id: 'sitting_habits',
        note: 'A thin pad under the buttock on the lower side levels a smaller half of the pelvis when sitting.',
      },
      { id: 'spray_and_stretch' },
      {
        id: 'trigger_point_injection',
        note: 'A deep injection that needs an experienced clinician, because the kidney and the lower edge of the lung lie nearby.',
      },
      { id: 'manual_therapy' },
    ],
    sources: [
      { source: 'travell_simons_vol2_1992', locator: 'chapter "Quadratus Lumborum Muscle"' },
      { source: 'lucas_2009_trp_reliability' },
    ],
    uncertain:
      'The muscle lies deep, its trigger points cannot be felt directly, and studies have not shown that examiners agree reliably on trigger points.',
  },

  iliopsoas: {
    name: 'Iliopsoas',
    latin: 'Musculus iliopsoas',
    synonyms: ['hip flexor', 'psoas', 'iliacus', 'psoas major'],
    area: 'low_back_pelvis',
    layer: 'deep',
    parts: [
      { id: 'psoas_major', name: 'Psoas major', fma: { left: 'FMA22343', right: 'FMA22342' } },
      { id: 'iliacus', name: 'Iliacus', fma: { left: 'FMA22323', right: 'FMA22322' } },
    ],
    attachments: {
      origin:
        'Psoas major: the sides of the bodies, discs and transverse processes of the last thoracic and all five lumbar vertebrae. Iliacus: the inner bowl of the hip bone (iliac fossa).',
      insertion:
        'Both parts join in one tendon on the lesser trochanter, a knob on the inner back of the upper thigh bone.',
    },
    actions: [
      'Bends the hip, lifting the thigh forward (hip flexion)',
      'Bends the trunk forward on the thighs, as when sitting up from lying',
      'Helps hold the lumbar spine upright when standing',
    ],
    triggerPoints: [
      {
        id: 'distal',
        label: 'Upper-thigh TrP',
        location:
          'At the top of the front of the thigh, just below the groin crease and to the outer side of the large pulse there (the femoral artery).',
        position: { part: 'iliacus', along: 0.85, around: 0 },
        essentialZone: ['low_back', 'sacroiliac', 'anterior_thigh'],
        spilloverZone: ['buttock', 'sacrum', 'groin'],
      },
      {
        id: 'iliacus',
        label: 'Iliacus TrP',
        location:
          'Just inside the top rim of the hip bone, found by curling the fingertips over the rim behind its front bony point.',
        position: { part: 'iliacus', along: 0.2, around: 0 },
        essentialZone: ['low_back', 'sacroiliac', 'anterior_thigh'],
        spilloverZone: ['buttock', 'sacrum', 'groin'],
      },
      {
        id: 'psoas',
        label: 'Psoas TrP',
        location:
          'Deep in the belly, beside the navel and to the outer side of the six-pack muscle; reached only by slow pressure back toward the spine.',
        position: { part: 'psoas_major', along: 0.45, around: 0 },
        essentialZone: ['low_back', 'sacroiliac', 'anterior_thigh'],
        spilloverZone: ['buttock', 'sacrum', 'groin'],
      },
    ],
    referredPain:
      'Pain runs in a vertical strip beside the lumbar spine on the same side, down to the sacroiliac area and sometimes the top of the buttock, and also to the front of the upper thigh and the groin. It is felt mostly when upright and eases when lying with the hips bent.',
    symptoms: [
      'Low back pain that is worse when standing upright and eased by lying with hips and knees bent',
      'Difficulty getting up from a deep chair or straightening up after sitting',
      'Pain at the front of the thigh and in the groin',
      'Pain when doing sit-ups',
    ],
    perpetuatingFactors: [
      'Sitting for long periods with the hips sharply bent, for example in low chairs or with the knees higher than the hips',
      'Sleeping curled up with the hips bent',
      'Sit-ups with the legs straight or the feet held down',
      'A leg-length difference or tilted pelvis',
      'Sudden overload, as in a fall',
    ],
    associatedMuscles: ['quadratus_lumborum', 'rectus_femoris', 'tensor_fasciae_latae', 'rectus_abdominis'],
    selfCare: {
      stretch: {
        name: 'Edge-of-bed hip stretch',
        steps: [
          'Lie on your back at the foot of a firm bed, with your bottom near the edge.',
          'Hug the knee of the other leg to your chest to keep the low back flat.',
          'Let the leg of the sore side hang down over the edge so the front of the hip opens.',
          'Breathe slowly and let the leg relax downward for about 30 seconds.',
          'Bend that knee and lift the leg back up with your hands before getting up.',
        ],
        cautions: [
          'Keep the other knee held to the chest so the low back does not arch.',
          'After a hip replacement, check with your surgeon or therapist first.',
          'Stop if the front of the hip pinches or the leg tingles.',
        ],
      },
      selfPressure: {
        name: 'Gentle pressure on the iliacus inside the hip bone',
        steps: [
          'Lie on your back with knees bent to relax the belly.',
          'Find the bony point at the front of the hip bone and slide your fingertips just inside and behind the rim above it.',
          'Press slowly toward the inner surface of the bone, not down into the belly, and feel for a tender spot.',
          'Hold light pressure for 20 to 30 seconds while breathing slowly, then release.',
        ],
        cautions: [
          'No deep pressure over the front of the upper thigh below the groin crease (the femoral triangle): the main artery, vein and nerve of the leg lie there.',
          'Do not press deep into the abdomen, and stop if you feel a pulse under your fingers or any sharp, spreading or sick feeling.',
          'Avoid during pregnancy, after recent abdominal surgery, or with a hernia or known aortic aneurysm; leave the psoas itself to a trained clinician.',
        ],
      },
    },
    treatments: [
      { id: 'heat' },
      { id: 'gentle_stretching_yoga', note: 'The edge-of-bed stretch lengthens the muscle with the low back protected.' },
      {
        id: 'sitting_habits',
        note: 'Avoid long spells with the hips sharply bent; get up and walk at regular intervals.',
      },
      { id: 'physical_therapy' },
      { id: 'spray_and_stretch' },
      {
        id: 'trigger_point_injection',
        note: 'A specialist procedure here, because of the nearby femoral nerve and vessels and the abdominal organs.',
      },
      { id: 'manual_therapy' },
    ],
    sources: [
      { source: 'travell_simons_vol2_1992', locator: 'chapter "Iliopsoas Muscle"' },
      { source: 'lucas_2009_trp_reliability' },
    ],
    uncertain:
      'Most of the muscle lies deep inside the abdomen and pelvis, so its trigger points cannot be examined directly and their patterns rest on clinical observation.',
  },
} as const satisfies Record<string, Muscle>
