/** Soleus: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const soleus = {
  name: 'Soleus',
  latin: 'Musculus soleus',
  synonyms: ['calf muscle', 'deep calf muscle', 'calf'],
  area: 'leg_foot',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Belly', fma: { left: 'FMA22559', right: 'FMA22558' } }],
  attachments: {
    origin: 'Back of the head and upper shaft of the fibula, and the soleal line on the back of the shinbone (tibia).',
    insertion: 'Back of the heel bone, through the Achilles tendon.',
  },
  actions: [
    'Points the foot down (plantar flexion), whether the knee is bent or straight',
    'Stops the body tipping forward over the foot when standing',
    'Pumps blood back up the leg when it contracts (the calf muscle pump)',
  ],
  triggerPoints: [
    {
      id: 'trp1',
      label: 'TrP1',
      location:
        'Low in the calf, a few finger-widths above where the muscle turns into the Achilles tendon, slightly to the inner side.',
      clinicalLocation:
        'Distal soleus, 2-3 cm proximal to the musculotendinous junction with the Achilles tendon and slightly medial to the midline; pincer or flat palpation with the patient kneeling on a chair or prone with the knee flexed to slacken the gastrocnemius.',
      position: { along: 0.8, around: 0.1 },
      essentialZone: ['heel'],
      spilloverZone: ['achilles'],
    },
    {
      id: 'trp2',
      label: 'TrP2',
      location: 'High in the calf on the outer side, just below the knob of the fibula.',
      clinicalLocation:
        'Proximal soleus on the lateral side, just distal to the fibular head over the posterior fibula, deep to the lateral gastrocnemius; flat palpation with the knee flexed.',
      position: { along: 0.15, around: 0.75 },
      essentialZone: ['calf'],
      spilloverZone: [],
    },
    {
      id: 'trp3',
      label: 'TrP3',
      location: 'In the lower calf, a little higher than TrP1 and more to the outer side.',
      clinicalLocation:
        'Distal soleus, slightly proximal and lateral to TrP1, lateral to the Achilles tendon; flat palpation with the knee flexed.',
      position: { along: 0.7, around: 0.9 },
      essentialZone: ['sacroiliac'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'The most common trigger point, low in the calf, sends pain to the back and underside of the heel and the lower Achilles tendon. One high on the outer calf causes aching in the upper calf. A rarer one refers, surprisingly, to the sacroiliac joint on the same side.',
  clinicalSummary:
    'Distal TrP1 refers to the posterior and plantar heel and the distal Achilles tendon; proximal TrP2 refers to the upper calf, and the uncommon TrP3 to the ipsilateral sacroiliac region. Dorsiflexion is restricted with the knee flexed, and patients report pain on inclines and stairs and difficulty squatting with the heels down; Travell and Simons suggest impaired calf-pump function may contribute to ankle oedema, but oedema is never to be attributed to TrPs until deep vein thrombosis (unilateral, acute) and heart failure, renal or hepatic disease, venous insufficiency, lymphoedema and drug causes (bilateral, chronic) have been considered. The heel pain is easily taken for plantar fasciitis, a calcaneal spur or Achilles tendinopathy; exclude deep vein thrombosis, a ruptured popliteal cyst, S1 radiculopathy and posterior compartment syndrome.',
  symptoms: [
    'Heel pain, sometimes so sharp that standing on the heel is hard; it can be mistaken for plantar fasciitis or a heel spur',
    'Pain walking uphill or up and down stairs',
    'Difficulty squatting with the heels down',
    'Aching calves. Swelling of the foot or ankle is not a trigger-point symptom to put up with: new swelling, above all of one leg or with calf pain, needs a same-day check for a blood clot, and swelling of both ankles needs a clinician to look for a heart, kidney, liver or vein problem',
    'Low back strain from bending awkwardly because the ankle is stiff',
  ],
  perpetuatingFactors: [
    'High-heeled shoes, or shoes with stiff soles',
    'Walking or running on slopes, soft sand or uneven ground',
    'Socks or stockings with tight elastic tops',
    'Long periods of immobility, such as a cast',
    'Slipping, or catching yourself from a fall',
  ],
  associatedMuscles: ['gastrocnemius'],
  selfCare: {
    stretch: {
      name: 'Bent-knee wall calf stretch',
      steps: [
        'Stand facing a wall with your hands on it, the sore foot slightly behind the other.',
        'Keep both heels flat on the floor.',
        'Bend both knees and sink down until you feel a stretch low in the calf, above the heel.',
        'Hold for 30 seconds, breathing slowly, and repeat two or three times.',
      ],
      cautions: [
        'Keep the heel down, and stop if the Achilles tendon hurts sharply.',
        'Sudden calf pain with swelling, warmth or redness needs medical care, not stretching.',
      ],
    },
    selfPressure: {
      name: 'Thumb pressure low in the calf',
      steps: [
        'Sit with the sore leg crossed over the other knee, or kneel on a chair with the calf relaxed.',
        'With your thumbs, press into the lower calf just above where the muscle becomes the Achilles tendon, on either side of the tendon.',
        'Hold each tender spot for 20 to 60 seconds until it softens.',
        'Work higher up the outer calf the same way, then stretch.',
      ],
      cautions: [
        'Do not press on varicose veins, or on a calf that is swollen, hot or red.',
        'Press beside the Achilles tendon rather than on it.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    {
      id: 'gentle_stretching_yoga',
      note: 'Stretch with the knee bent: that slackens the gastrocnemius so the soleus takes the stretch.',
    },
    { id: 'footwear_insoles', note: 'Avoid high heels and stiff-soled shoes, and tight elastic at the top of socks.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    {
      id: 'dry_needling',
      note: 'Calf muscles were among those needled in a sham-controlled trial for heel pain, which found a modest benefit; soreness after needling was common.',
    },
    { id: 'therapeutic_massage' },
  ],
  sources: [
    { source: 'travell_simons_vol2_1992', locator: 'chapter on the soleus and plantaris' },
    { source: 'cotchett_2014_dry_needling_heel_pain' },
    { source: 'wells_2006_dvt_diagnosis' },
    { source: 'afp_2022_peripheral_edema' },
    { source: 'thummar_2020_plantar_fasciopathy_trps' },
  ],
  uncertain:
    'The sacroiliac referral of TrP3 is described as uncommon and rests on clinical observation rather than controlled study; a later study of heel pain found soleus trigger points common but did not look for this referral.',
} as const satisfies Muscle
