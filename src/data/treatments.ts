/**
 * The treatment catalogue: home, nutrition, lifestyle and clinical options for myofascial
 * trigger points and the muscle pain of fibromyalgia. Muscles point at these entries by id
 * (`MuscleTreatment.id`), so an unknown treatment id fails to compile.
 *
 * Each entry says how strong its evidence is in plain words, because many popular options
 * rest on tradition or expert opinion rather than trials; the app must not oversell them.
 */
import type { Treatment } from './treatment-types.ts'

const catalogue = {
  // ---------------------------------------------------------------- home
  heat: {
    name: 'Heat',
    group: 'home',
    summary:
      'Warmth from a heat pack, a heat wrap, a hot-water bottle or a warm shower, placed over the tight muscle. Heat increases blood flow and makes soft tissue more supple, which many people find eases a tight muscle.',
    steps: [
      'Use warmth that feels comfortably warm, never hot.',
      'Put a thin cloth between the heat source and your skin.',
      'Keep each session short and look at your skin part-way through; remove the heat at once if the skin stings or turns very red.',
      'While the muscle is warm, move it gently or do its stretch.',
      'Do not fall asleep lying on a heating pad or wrapped in an electric blanket.',
    ],
    cautions: [
      'Do not use heat on skin with reduced feeling, for example from diabetes or nerve damage: you may not notice a burn.',
      'Avoid heat on a fresh injury or on an area that is swollen, hot or bruised, because heat can increase swelling.',
      'Do not put heat over broken skin, a rash or an infection.',
    ],
    evidence: {
      level: 'limited',
      summary:
        'Trials show that heat wraps give a small, short-term easing of acute low back pain; heat has not been tested for trigger points or fibromyalgia.',
    },
    safety: {
      points: [
        'Never put a heat pad, heat wrap or hot-water bottle over skin where you have used a pain-relief rub, gel or patch: the two together can cause serious burns.',
      ],
      sources: [{ source: 'fda_2012_topical_pain_reliever_burns' }],
    },
    sources: [
      { source: 'malanga_2015_heat_cold' },
      { source: 'fda_2012_topical_pain_reliever_burns' },
      { source: 'french_2006_heat_cold_low_back' },
      { source: 'simons_travell_vol1_1999' },
    ],
  },
  ice: {
    name: 'Ice',
    group: 'home',
    summary:
      'Cold from an ice pack, a bag of frozen peas or a gel pack from the freezer. Cold numbs the area and slows blood flow, and can calm a muscle that has gone into spasm.',
    steps: [
      'Wrap the ice or cold pack in a thin, damp cloth; never put ice straight onto bare skin.',
      'Hold it on the sore area for a short session, checking the skin often.',
      'Take it off when the area feels numb, or sooner if it burns or aches sharply.',
      'Let the skin warm back to normal before another round.',
    ],
    cautions: [
      "Avoid cold if you have Raynaud's phenomenon, a cold hypersensitivity such as cold urticaria, or poor circulation in that area.",
      'Do not use cold on numb skin: frostbite can develop without warning.',
      'Do not put cold packs over open wounds.',
    ],
    evidence: {
      level: 'limited',
      summary:
        'There is limited trial evidence for cold after acute injuries and too little to judge it for back pain; it has not been tested for trigger points or fibromyalgia.',
    },
    sources: [{ source: 'malanga_2015_heat_cold' }, { source: 'french_2006_heat_cold_low_back' }],
  },
  heat_ice_alternating: {
    name: 'Alternating heat and ice',
    group: 'home',
    summary:
      'Switching between a warm pack and a cold pack on the same muscle in one session, sometimes called contrast therapy.',
    steps: [
      'Start with warmth for a few minutes to loosen the area.',
      'Switch to a wrapped cold pack for a shorter spell.',
      'Swap back and forth two or three times, ending with whichever feels better to you.',
      'Look at your skin at each change.',
    ],
    cautions: [
      "The cautions for heat and for cold both apply: no heat on numb skin or fresh swelling, and no cold if you have Raynaud's phenomenon or a cold hypersensitivity.",
      'Keep a cloth between each pack and your skin.',
    ],
    evidence: {
      level: 'expert_opinion',
      summary:
        'We found no trials of alternating heat and cold for muscle pain; the practice rests on habit and on the separate, limited evidence for heat and for cold.',
    },
    sources: [{ source: 'malanga_2015_heat_cold' }],
  },
  topical_analgesics: {
    name: 'Pain-relief rubs, gels and sprays',
    group: 'home',
    summary:
      'Creams, gels, balms, sprays and patches put on the skin over a sore muscle. Common ingredients are menthol and camphor, which feel cooling or tingling, capsaicin (from chilli peppers), which feels warm, and salicylates such as methyl salicylate or trolamine salicylate, which are related to aspirin.',
    steps: [
      'Read the label and check the active ingredients.',
      'Apply a thin layer over the painful area and rub it in gently.',
      'Wash your hands afterwards and keep them away from your eyes and mouth.',
      'Use no more, and no more often, than the label allows.',
    ],
    cautions: [
      'Avoid salicylate products (methyl salicylate, trolamine salicylate) if you are allergic to aspirin.',
      'If you take an anticoagulant such as warfarin, ask your pharmacist before using a salicylate rub: salicylate is absorbed through the skin, and heavy use has caused bleeding.',
      'Stop if the skin becomes red, itchy or blistered; these products can cause irritation and allergic rashes.',
      'Never swallow these products and keep them away from children: liquid methyl salicylate (oil of wintergreen) is poisonous if swallowed.',
    ],
    evidence: {
      level: 'limited',
      summary:
        'A Cochrane review found little good evidence that salicylate rubs ease muscle pain better than a placebo cream; menthol and camphor were outside that review.',
    },
    safety: {
      points: [
        'Never put a heat pad, heat wrap or hot-water bottle over the rub, and never cover it with a tight bandage: burns, some needing hospital care, have been reported with menthol, methyl salicylate and capsaicin products, sometimes after a single use.',
        'Never put it on broken, damaged or irritated skin, or on a wound.',
        'If the skin becomes painful, swollen or blistered where you put it, wash it off, stop using it and get medical help straight away.',
      ],
      sources: [{ source: 'fda_2012_topical_pain_reliever_burns' }],
    },
    sources: [
      { source: 'derry_2014_salicylate_rubefacients' },
      { source: 'chan_1996_methyl_salicylate_dangers' },
      { source: 'fda_2012_topical_pain_reliever_burns' },
    ],
  },
  relaxation_meditation: {
    name: 'Relaxation and meditation',
    group: 'home',
    summary:
      'Practices that calm body and mind, such as slow breathing, progressive muscle relaxation, guided imagery and mindfulness meditation. They aim to lower muscle tension and help people live with pain.',
    steps: [
      'Set aside a few quiet minutes once or twice a day.',
      'Sit or lie comfortably and breathe slowly, letting each breath out be a little longer than the breath in.',
      'Tense one muscle group gently for a few seconds, then let it go, working from your feet up to your head.',
      'Or follow a recorded mindfulness or guided-relaxation session.',
      'Practise regularly, not only when pain flares.',
    ],
    cautions: [
      'If tensing a muscle brings on a cramp or pain, skip the tensing and simply relax each area in turn.',
      'These practices support medical care; they do not replace it.',
    ],
    evidence: {
      level: 'mixed',
      summary:
        'Trials of mind-body therapies in fibromyalgia are mostly small and of low quality; reviews of meditation and mindfulness lean positive, and EULAR gives mindfulness a weak recommendation.',
    },
    sources: [
      { source: 'theadom_2015_mind_body_fibromyalgia' },
      { source: 'lauche_2015_cam_fibromyalgia_overview' },
      { source: 'macfarlane_2017_eular_fibromyalgia' },
    ],
  },
  gentle_stretching_yoga: {
    name: 'Gentle stretching and yoga',
    group: 'home',
    summary:
      'Slow, gentle stretches of a tight muscle, or classes such as yoga, tai chi and qigong that combine stretching, movement and breathing.',
    steps: [
      'Warm the muscle first with a warm shower or a few minutes of easy movement.',
      'Move slowly into the stretch until you feel a mild pull, not pain.',
      'Hold it and breathe out slowly, letting the muscle lengthen; do not bounce.',
      'Come out of the stretch slowly and repeat a few times.',
      "For yoga or tai chi, choose a gentle or beginners' class and tell the teacher about your pain.",
    ],
    cautions: [
      'Stop if a stretch causes sharp pain, numbness or tingling.',
      'Start small and build up slowly; doing too much at once can bring on a flare.',
      'After a recent injury or operation, ask your clinician which stretches are safe.',
    ],
    evidence: {
      level: 'mixed',
      summary:
        'Exercise is the one treatment EULAR strongly recommends for fibromyalgia, and it gives yoga, tai chi and qigong a weak recommendation; trials of stretching alone give low-certainty results.',
    },
    sources: [
      { source: 'macfarlane_2017_eular_fibromyalgia' },
      { source: 'kim_2019_flexibility_fibromyalgia' },
      { source: 'simons_travell_vol1_1999' },
    ],
  },
  epsom_salt_bath: {
    name: 'Epsom salt bath',
    group: 'home',
    summary:
      'A warm bath with Epsom salt (magnesium sulphate) dissolved in it. The warm water relaxes muscles; the claim that magnesium soaks in through the skin is not supported by good evidence.',
    steps: [
      'Run a warm, not hot, bath and check the temperature with your elbow or a bath thermometer.',
      'Dissolve the Epsom salt in the water as the packet directs.',
      'Soak, and gently move or stretch the sore muscles while they are warm.',
      'Get up slowly, then rinse and dry your skin.',
    ],
    cautions: [
      'Test the water carefully if you have numb skin, for example from diabetes: you may not feel a scald.',
      'Do not drink Epsom salt solution. Magnesium salts taken by mouth act as a laxative and can build up to harmful levels in people with kidney disease.',
      'Avoid soaking over broken skin or an infection.',
    ],
    evidence: {
      level: 'expert_opinion',
      summary:
        'No trials have tested Epsom salt baths for muscle pain, and a review found no good evidence that magnesium is absorbed through the skin; warm-water therapy in general has some support in fibromyalgia.',
    },
    safety: {
      points: [
        'A hot bath lowers blood pressure, and people have fainted in hot baths, above all older people and people with heart disease or low blood pressure. Keep the water warm rather than hot and the soak short, and stand up slowly, holding on.',
        'If you are older or have heart disease or low blood pressure, ask your clinician whether hot baths are safe for you, and have someone nearby while you bathe.',
      ],
      sources: [{ source: 'nagasawa_2001_hot_bath_elderly' }],
    },
    sources: [
      { source: 'nagasawa_2001_hot_bath_elderly' },
      { source: 'grober_2017_transdermal_magnesium' },
      { source: 'lauche_2015_cam_fibromyalgia_overview' },
      { source: 'ods_magnesium_fact_sheet' },
      { source: 'malanga_2015_heat_cold' },
    ],
  },
  self_massage_pressure: {
    name: 'Self-massage and pressure',
    group: 'home',
    summary:
      'Pressing on a tender knot (trigger point) yourself, with your fingers, a tennis or massage ball, or a hooked massage tool, until it softens. It is a home version of the sustained pressure that therapists use on trigger points.',
    steps: [
      'Find the tender spot that brings on your familiar pain.',
      'Lean onto a ball against a wall or the floor, or press with your fingers or a tool, using slow, steady pressure that is uncomfortable but bearable.',
      'Hold still and breathe slowly until the tenderness eases, then let go.',
      'Follow with a gentle stretch of the same muscle.',
      'Treat a few spots at a time rather than having long sessions.',
    ],
    cautions: [
      'Press on muscle, not on bone; avoid the front and sides of the neck, where major blood vessels run.',
      'Do not press over bruises, varicose veins, broken skin or a recent injury.',
      'If you bruise easily or take an anticoagulant, use only light pressure.',
      'Stop if you feel sharp spreading pain, numbness or tingling.',
    ],
    evidence: {
      level: 'limited',
      summary:
        'Sustained pressure applied by a therapist to upper trapezius trigger points has moderate evidence of short-term pain relief; pressure applied by people on themselves has hardly been studied.',
    },
    sources: [
      { source: 'cagnie_2015_ischemic_compression' },
      { source: 'simons_travell_vol1_1999' },
      { source: 'donnelly_2019' },
    ],
  },
  rest_pacing: {
    name: 'Rest and pacing',
    group: 'home',
    summary:
      'Balancing activity and rest: splitting tasks into smaller pieces, taking planned short breaks, and avoiding both long spells of inactivity and pushing on until pain flares.',
    steps: [
      'Notice which tasks bring on your muscle pain and how long you can do them comfortably.',
      'Split those tasks into shorter spells with short rests in between, before the pain builds.',
      'Change position often rather than holding one posture for a long time.',
      'Increase activity gradually, rather than doing a lot on good days and paying for it later.',
    ],
    cautions: [
      'Long bed rest is not advised: avoiding activity is linked with more pain and disability.',
      'See a clinician if new, severe or unexplained pain does not settle with rest.',
    ],
    evidence: {
      level: 'limited',
      summary:
        'Studies in chronic pain link both avoiding activity and overdoing it with worse outcomes; whether pacing itself helps is not yet clear.',
    },
    sources: [{ source: 'andrews_2012_activity_pacing' }, { source: 'simons_travell_vol1_1999' }],
  },
  // ----------------------------------------------------------- nutrition
  magnesium: {
    name: 'Magnesium',
    group: 'nutrition',
    summary:
      'A mineral the body needs for muscle and nerve function. It is found in nuts, seeds, beans, whole grains and green leafy vegetables, and is sold as supplements such as magnesium citrate.',
    steps: [
      'Get magnesium from food first: nuts, seeds, beans, whole grains and leafy green vegetables.',
      'If you are thinking of a supplement, check the dose with a pharmacist or doctor, especially if you take other medicines.',
      'Stay within the supplement upper limit on the label unless a doctor advises otherwise.',
      'Stop or lower the dose if you get loose stools.',
    ],
    cautions: [
      'Do not take magnesium supplements if you have kidney disease unless your doctor advises it: magnesium can build up to harmful levels.',
      'High doses often cause diarrhoea, nausea and stomach cramps.',
      'Magnesium can interfere with some medicines, such as certain antibiotics and bisphosphonates for osteoporosis; ask your pharmacist how to space them.',
    ],
    evidence: {
      level: 'limited',
      summary:
        'Only one small trial has tested magnesium on its own in fibromyalgia: it reported fewer tender points with magnesium citrate, and no larger trial has confirmed it. For ordinary muscle cramps, a Cochrane review found magnesium is unlikely to help older adults. So the evidence is thin and, for cramps, negative.',
    },
    studiedInFibromyalgia: true,
    safety: {
      points: [
        'If you have kidney disease, do not take magnesium supplements unless your doctor advises it: the kidneys cannot clear the extra magnesium, and a high blood level can cause weakness, low blood pressure and an irregular heartbeat.',
      ],
      sources: [{ source: 'ods_magnesium_fact_sheet' }],
    },
    sources: [
      { source: 'garrison_2020_magnesium_cramps' },
      { source: 'bagis_2013_magnesium_fibromyalgia' },
      { source: 'ods_magnesium_fact_sheet' },
    ],
  },
  malic_acid_magnesium_malate: {
    name: 'Malic acid and magnesium malate',
    group: 'nutrition',
    summary:
      'Malic acid is a natural fruit acid that takes part in how cells make energy. It is sold on its own or combined with magnesium, for example as magnesium malate.',
    steps: [
      'Talk to your doctor or pharmacist before starting.',
      'Choose a product that states how much malic acid and how much magnesium each tablet contains.',
      'Count its magnesium towards your total from all supplements.',
      'Decide after a few weeks whether it helps, and stop if it does not.',
    ],
    cautions: ['The magnesium cautions apply: expect loose stools at higher doses.'],
    evidence: {
      level: 'limited',
      summary:
        'One small pilot trial of malic acid with magnesium (24 people) found no clear benefit at the blinded dose; the improvements it reported came later, in an open phase without a placebo group.',
    },
    studiedInFibromyalgia: true,
    safety: {
      points: [
        'It contains magnesium: if you have kidney disease, do not take it unless your doctor advises it, because magnesium can build up to harmful levels.',
      ],
      sources: [{ source: 'ods_magnesium_fact_sheet' }],
    },
    sources: [{ source: 'russell_1995_malic_acid_magnesium' }, { source: 'ods_magnesium_fact_sheet' }],
  },
  potassium_rich_foods: {
    name: 'Potassium-rich foods',
    group: 'nutrition',
    summary:
      'Eating foods that are naturally rich in potassium, a mineral that nerves and muscles need to work normally. Examples are dates, bananas, apricots, melon, grapefruit, peas, beans, potatoes and fish.',
    steps: [
      'Include several portions of fruit and vegetables each day, such as bananas, apricots, melon, grapefruit, dates, potatoes and peas.',
      'Use beans and fish as protein foods a few times a week.',
      "Choose foods rather than potassium supplements, which should be taken only on a doctor's advice.",
    ],
    cautions: [
      'If you have kidney disease, ask your doctor or dietitian before eating more potassium: the kidneys may not clear it and blood levels can rise dangerously.',
      'Take the same care if you take medicines that raise potassium, such as potassium-sparing diuretics (spironolactone, amiloride), ACE inhibitors or angiotensin receptor blockers.',
    ],
    evidence: {
      level: 'expert_opinion',
      summary:
        "No trials have tested potassium-rich foods for muscle spasm or fibromyalgia; the idea comes from potassium's normal role in muscle function.",
    },
    studiedInFibromyalgia: false,
    safety: {
      points: [
        'If you have kidney disease, or take a medicine that raises potassium (such as spironolactone, amiloride, an ACE inhibitor or an angiotensin receptor blocker), do not add potassium-rich foods or potassium supplements without asking your doctor: a high blood potassium can upset the heart rhythm.',
      ],
      sources: [{ source: 'clase_2020_kdigo_potassium' }],
    },
    sources: [
      { source: 'iom_2005_dri_potassium', locator: 'chapter 5 "Potassium"' },
      { source: 'clase_2020_kdigo_potassium' },
    ],
  },
  calcium: {
    name: 'Calcium',
    group: 'nutrition',
    summary:
      'Calcium is the main mineral in bones and teeth and is also needed for muscle contraction and nerve signals. Good sources are dairy foods, fortified plant drinks, tinned fish eaten with the bones, and some green vegetables.',
    steps: [
      'Aim to meet your daily calcium needs from food first.',
      'If you take a supplement, ask a clinician how much you need; more is not better.',
      'Keep your total from food and supplements under the upper limit.',
    ],
    cautions: [
      'Too much calcium, usually from supplements, can cause constipation and kidney stones and, less often, a high blood calcium level.',
      'If you have kidney disease or have had kidney stones, take calcium supplements only on medical advice.',
    ],
    evidence: {
      level: 'expert_opinion',
      summary:
        "No trials have tested calcium for muscle spasm or fibromyalgia; the suggestion rests on calcium's role in muscle contraction.",
    },
    studiedInFibromyalgia: false,
    sources: [{ source: 'iom_2011_dri_calcium_vitamin_d' }, { source: 'ross_2011_iom_calcium_vitamin_d' }],
  },
  vitamin_d: {
    name: 'Vitamin D',
    group: 'nutrition',
    summary:
      'A vitamin the skin makes in sunlight, also found in oily fish, eggs and fortified foods. It keeps bones and muscles healthy, and low levels have been linked with chronic pain.',
    steps: [
      'Ask your doctor whether a blood test for vitamin D makes sense for you.',
      'Get some safe daylight and eat foods that contain vitamin D, such as oily fish and eggs.',
      'If your level is low, take the dose your clinician recommends and have it rechecked as advised.',
      'Do not take high doses on your own for long periods.',
    ],
    cautions: [
      'Too much vitamin D raises blood calcium, which can harm the kidneys; stay under the upper limit unless a clinician prescribes more.',
      'If you have kidney disease, kidney stones or a high blood calcium level, take vitamin D only under medical supervision.',
    ],
    evidence: {
      level: 'mixed',
      summary:
        'A Cochrane review found no consistent benefit of vitamin D for chronic pain; a 2023 meta-analysis in fibromyalgia found better quality-of-life scores but no clear change in pain.',
    },
    studiedInFibromyalgia: true,
    safety: {
      points: [
        'High doses of vitamin D taken for a long time without a clinician checking your blood can raise your blood calcium to harmful levels, which can damage the kidneys.',
      ],
      sources: [{ source: 'ross_2011_iom_calcium_vitamin_d' }],
    },
    sources: [
      { source: 'straube_2015_vitamin_d_chronic_pain' },
      { source: 'yang_2023_vitamin_d_fibromyalgia' },
      { source: 'ross_2011_iom_calcium_vitamin_d' },
    ],
  },

  // ----------------------------------------------------------- lifestyle
  ergonomic_workstation: {
    name: 'Ergonomic workstation',
    group: 'lifestyle',
    summary:
      'Setting up your desk, chair, screen, keyboard and mouse so your body is supported and muscles are not held in strained positions for hours.',
    steps: [
      'Adjust the chair so your feet rest flat and your lower back is supported.',
      'Put the screen straight in front of you, with the top at about eye level, so you do not crane your neck.',
      'Keep the keyboard and mouse close, so your elbows stay by your sides and your shoulders stay relaxed.',
      'Use armrests or a forearm support so your shoulders do not have to hold your arms up.',
      'Stand up and move about every so often.',
    ],
    cautions: [
      'If pain continues despite changes, see a clinician or an occupational therapist rather than buying more equipment.',
    ],
    evidence: {
      level: 'limited',
      summary:
        'A Cochrane review found low-quality evidence and no clear benefit for most office ergonomic changes in preventing neck and arm problems; Travell and Simons regard poor set-ups as a common perpetuating factor.',
    },
    sources: [{ source: 'hoe_2018_ergonomic_office' }, { source: 'simons_travell_vol1_1999' }],
  },
  posture: {
    name: 'Posture',
    group: 'lifestyle',
    summary:
      'Avoiding sustained awkward positions, such as a head pushed forward or rounded shoulders, which keep muscles working without a break.',
    steps: [
      'Check yourself during the day: ears over shoulders, shoulders relaxed and down, weight even on both feet or both sitting bones.',
      'Change position often; even a good posture strains muscles if it is held too long.',
      'Carry loads close to your body and share them between both sides.',
      'Ask a physiotherapist to assess your posture if you are unsure.',
    ],
    cautions: ['Posture changes take time to help; if pain persists, ask a clinician to look for other causes.'],
    evidence: {
      level: 'expert_opinion',
      summary:
        'Travell and Simons describe sustained poor posture as a common factor that keeps trigger points going; this has not been tested in trials.',
    },
    sources: [{ source: 'simons_travell_vol1_1999' }, { source: 'donnelly_2019' }],
  },
  sitting_habits: {
    name: 'Sitting habits',
    group: 'lifestyle',
    summary:
      'How and where you sit at a desk, on a sofa or in front of the TV. Slumping, sitting twisted to see a screen, or sitting on a wallet can strain particular muscles for hours.',
    steps: [
      'Face the TV or screen straight on so you are not sitting twisted.',
      'Choose a seat that supports your lower back and lets your feet rest flat; add a cushion or footstool if needed.',
      'Do not sit on a wallet or phone in a back pocket.',
      'Avoid sitting for long with your legs crossed or a foot tucked under you.',
      'Get up, walk about and stretch every so often.',
    ],
    cautions: ['If sitting brings on pain down a leg with numbness or weakness, see a clinician.'],
    evidence: {
      level: 'expert_opinion',
      summary:
        "Based on Travell and Simons' clinical descriptions of how sitting positions overload particular muscles; not tested in trials.",
    },
    sources: [{ source: 'simons_travell_vol1_1999' }, { source: 'travell_simons_vol2_1992' }],
  },
  supportive_pillow: {
    name: 'Supportive pillow',
    group: 'lifestyle',
    summary:
      'A pillow that keeps your head and neck in line with your spine while you sleep, so neck and shoulder muscles are not held stretched or bunched up all night.',
    steps: [
      'If you sleep on your side, choose a height that fills the gap between your shoulder and your head, keeping your nose in line with your breastbone.',
      'If you sleep on your back, use a lower pillow that supports the curve of your neck without pushing your head forward.',
      'Avoid sleeping on your front with your head turned to one side.',
      'A pillow under your top arm or between your knees can ease shoulder and hip muscles.',
    ],
    cautions: [
      'A pillow cannot fix every neck problem: see a clinician if neck pain comes with arm numbness or weakness, or with headaches that keep getting worse.',
    ],
    evidence: {
      level: 'limited',
      summary:
        'A 2021 meta-analysis found that some pillow designs, such as rubber (latex) pillows, slightly reduced neck pain on waking; the trials were few.',
    },
    sources: [{ source: 'pang_2021_pillow_neck_pain' }, { source: 'simons_travell_vol1_1999' }],
  },
  footwear_insoles: {
    name: 'Footwear and insoles',
    group: 'lifestyle',
    summary:
      'Shoes that fit well and support the foot, and insoles or orthotics where the shape of a foot or a difference in leg length puts uneven load on leg and back muscles.',
    steps: [
      'Choose shoes with a low, broad heel, a firm back and room for your toes.',
      'Replace shoes whose soles have worn down unevenly.',
      'If you think one leg is shorter or your feet roll inwards, ask a podiatrist or physiotherapist to check before you buy insoles.',
      'Get used to new shoes or insoles gradually.',
    ],
    cautions: ['Insoles can move pain to the feet or knees in some people; stop if new pain appears.'],
    evidence: {
      level: 'limited',
      summary:
        'A Cochrane review found that insoles do not prevent back pain and that evidence for treating it is limited; Travell and Simons describe footwear and foot shape as perpetuating factors for leg muscles.',
    },
    sources: [{ source: 'sahar_2007_insoles_back_pain' }, { source: 'travell_simons_vol2_1992' }],
  },
  // ------------------------------------------------------------ clinical
  trigger_point_injection: {
    name: 'Trigger point injection',
    group: 'clinical',
    summary:
      'A clinician injects a small amount of local anaesthetic, such as lidocaine, directly into a trigger point to interrupt the cycle of pain and tightness. In people with fibromyalgia, pressing on active trigger points can reproduce much of their usual pain, which is why treating them is sometimes tried.',
    steps: [
      'The clinician examines the muscle to find the trigger point that reproduces your pain.',
      'The skin is cleaned and a fine needle is placed into the trigger point; a brief twitch of the muscle is common and expected.',
      'A small amount of anaesthetic is injected, sometimes at more than one spot.',
      'You may be asked to stretch the muscle afterwards and to use moist heat at home.',
      'Soreness at the injection site for a day or two is common.',
    ],
    cautions: [
      'Tell the clinician if you have a bleeding disorder or take an anticoagulant: the injection can cause bleeding and bruising.',
      'Injections are not given through infected skin or when you have an infection in the body.',
      'Tell the clinician about any allergy to local anaesthetics.',
    ],
    evidence: {
      level: 'mixed',
      summary:
        'Needling trigger points seems to help, but trials have not shown that the injected drug adds much beyond the needle; a small fibromyalgia trial found active trigger-point injections eased both local and widespread pain.',
    },
    safety: {
      points: [
        'Only a trained, licensed clinician should do this.',
        'Over the chest wall, the upper back, the shoulder blades and the top of the shoulders, a needle can reach the lung and let air leak around it (a collapsed lung, or pneumothorax). It is rare. If you become short of breath, or get chest pain or a dry cough, after needling, treat it as an emergency: call an emergency number or go to an emergency department.',
      ],
      sources: [{ source: 'patel_2019_dry_needling_pneumothorax' }, { source: 'witt_2009_acupuncture_safety' }],
    },
    sources: [
      { source: 'patel_2019_dry_needling_pneumothorax' },
      { source: 'witt_2009_acupuncture_safety' },
      { source: 'cummings_2001_needling_review' },
      { source: 'hong_1994_lidocaine_vs_dry_needling' },
      { source: 'affaitati_2011_trigger_points_fibromyalgia' },
      { source: 'ge_2009_trigger_points_fibromyalgia' },
      { source: 'ge_2011_trigger_points_fibromyalgia' },
      { source: 'simons_travell_vol1_1999' },
    ],
  },
  dry_needling: {
    name: 'Dry needling',
    group: 'clinical',
    summary:
      'A trained clinician, often a physiotherapist, inserts a thin solid needle (like an acupuncture needle) into a trigger point without injecting anything.',
    steps: [
      'The clinician finds the trigger point by touch.',
      'A thin needle is inserted and moved gently; a local twitch, or a brief deep ache that may be felt where the pain usually spreads, is common.',
      'The needle is taken out after a short time; several points may be treated.',
      'Expect muscle soreness for a day or two; gentle movement and heat can help.',
    ],
    cautions: [
      'Discuss bleeding disorders and anticoagulants first, and do not have needling through infected skin.',
      'Soreness afterwards is usually greater and lasts longer than after an anaesthetic injection.',
    ],
    evidence: {
      level: 'mixed',
      summary:
        'Reviews find that needling trigger points eases pain in the short term, but trials comparing it with sham needling give mixed results.',
    },
    safety: {
      points: [
        'Only a trained, licensed clinician should do this.',
        'Over the chest wall, the upper back, the shoulder blades and the top of the shoulders, a needle can reach the lung and let air leak around it (a collapsed lung, or pneumothorax). It is rare. If you become short of breath, or get chest pain or a dry cough, after needling, treat it as an emergency: call an emergency number or go to an emergency department.',
      ],
      sources: [{ source: 'patel_2019_dry_needling_pneumothorax' }, { source: 'witt_2009_acupuncture_safety' }],
    },
    sources: [
      { source: 'patel_2019_dry_needling_pneumothorax' },
      { source: 'witt_2009_acupuncture_safety' },
      { source: 'tough_2009_dry_needling_meta' },
      { source: 'cummings_2001_needling_review' },
      { source: 'cagnie_2015_ischemic_compression' },
      { source: 'hong_1994_lidocaine_vs_dry_needling' },
    ],
  },
  acupuncture: {
    name: 'Acupuncture',
    group: 'clinical',
    summary:
      'Fine needles are placed at traditional acupuncture points, sometimes with a mild electric current passed through them (electroacupuncture).',
    steps: [
      'The first visit usually includes questions about your pain and your health.',
      'Several thin needles are inserted and left in place for a while as you rest.',
      'A course of several sessions is usual.',
      'Mild aching or small bruises where the needles went in can occur.',
    ],
    cautions: [
      'Tell the practitioner if you have a bleeding disorder or take an anticoagulant.',
      'Make sure single-use sterile needles are used.',
    ],
    evidence: {
      level: 'mixed',
      summary:
        'A Cochrane review of nine small trials (2013) found low- to moderate-quality evidence that acupuncture eases fibromyalgia pain and stiffness compared with no acupuncture or usual care alone. Acupuncture with a mild electric current (electroacupuncture) is probably better than manual acupuncture, which on its own probably does not improve pain or physical function. Neither kind did clearly better than sham (pretend) acupuncture, and the benefit lasted about a month but not six months. EULAR gives acupuncture a weak recommendation.',
    },
    safety: {
      points: [
        'Only a trained, licensed clinician should do this.',
        'Over the chest wall, the upper back, the shoulder blades and the top of the shoulders, a needle can reach the lung and let air leak around it (a collapsed lung, or pneumothorax). It is rare. If you become short of breath, or get chest pain or a dry cough, after needling, treat it as an emergency: call an emergency number or go to an emergency department.',
      ],
      sources: [{ source: 'witt_2009_acupuncture_safety' }, { source: 'patel_2019_dry_needling_pneumothorax' }],
    },
    sources: [
      { source: 'deare_2013_acupuncture_fibromyalgia' },
      { source: 'macfarlane_2017_eular_fibromyalgia' },
      { source: 'witt_2009_acupuncture_safety' },
      { source: 'patel_2019_dry_needling_pneumothorax' },
    ],
  },
  therapeutic_massage: {
    name: 'Therapeutic massage',
    group: 'clinical',
    summary:
      'Hands-on massage by a trained therapist, including techniques aimed at trigger points such as sustained pressure and slow strokes along the tight band of muscle.',
    steps: [
      'Tell the therapist about your diagnosis and how sensitive your muscles are.',
      'Agree on a comfortable pressure and say at once if it becomes too painful.',
      'The therapist works on the tight muscles and their trigger points.',
      'Let the therapist know how you felt over the next few days so they can adjust the treatment.',
    ],
    cautions: [
      'Tell the therapist if you have a bleeding disorder, take an anticoagulant or have had a blood clot.',
      'Massage should not be done over broken skin, infections or a recent injury.',
    ],
    evidence: {
      level: 'mixed',
      summary:
        'A meta-analysis found that massage for five weeks or more eased fibromyalgia pain in the short term, but the trials were small; the 2017 EULAR recommendations do not recommend massage.',
    },
    sources: [{ source: 'li_2014_massage_fibromyalgia' }, { source: 'macfarlane_2017_eular_fibromyalgia' }],
  },
  manual_therapy: {
    name: 'Chiropractic and other manual therapy',
    group: 'clinical',
    summary:
      'Hands-on treatment of joints and soft tissues by chiropractors, osteopaths or physiotherapists, such as spinal manipulation, mobilisation and soft-tissue techniques.',
    steps: [
      'The practitioner asks about your history and examines how your spine and joints move.',
      'Treatment may include gentle joint mobilisation, manipulation (a quick thrust, often with a click) or soft-tissue work.',
      'You may be given exercises to do at home.',
      'Ask about the plan and how you will both judge whether it is helping.',
    ],
    cautions: [
      'Tell the practitioner about any recent neck injury, sudden new neck pain or headache before neck treatment.',
    ],
    evidence: {
      level: 'limited',
      summary:
        'Reviews of chiropractic for fibromyalgia give inconsistent results, and the 2017 EULAR recommendations do not recommend it.',
    },
    safety: {
      points: [
        'A tear in an artery of the neck (dissection) can cause neck pain and headache and then a stroke; it has been reported around the time of neck manipulation, though whether manipulation causes it is debated. Sudden severe neck pain or headache with dizziness, double vision, trouble speaking or swallowing, or weakness or numbness on one side is an emergency: call an emergency number.',
      ],
      sources: [
        { source: 'debette_2009_cervical_artery_dissection' },
        { source: 'rushton_2023_ifompt_cervical_framework' },
      ],
    },
    sources: [
      { source: 'debette_2009_cervical_artery_dissection' },
      { source: 'rushton_2023_ifompt_cervical_framework' },
      { source: 'lauche_2015_cam_fibromyalgia_overview' },
      { source: 'macfarlane_2017_eular_fibromyalgia' },
    ],
  },
  physical_therapy: {
    name: 'Physical therapy',
    group: 'clinical',
    summary:
      'A physiotherapist assesses your muscles and movement, may treat trigger points by hand, and teaches you an exercise, stretching and posture programme to follow at home.',
    steps: [
      'The first visit covers your history, posture, movement and tender areas.',
      'Treatment may include hands-on work, stretching and advice on heat or cold.',
      'You are given a graded exercise programme, often including aerobic exercise such as walking, cycling or exercise in water, started gently.',
      'Follow-up visits adjust the programme as you improve.',
    ],
    cautions: [
      'Start exercise at a low level and build up slowly; sudden increases can bring on flares.',
      'Tell the physiotherapist about any heart, lung or joint problems before you start an exercise programme.',
    ],
    evidence: {
      level: 'randomised_trials',
      summary:
        'Exercise is the only therapy the 2017 EULAR recommendations strongly support for fibromyalgia; a Cochrane review found aerobic exercise probably improves quality of life, with smaller effects on pain.',
    },
    sources: [
      { source: 'macfarlane_2017_eular_fibromyalgia' },
      { source: 'bidonde_2017_aerobic_fibromyalgia' },
      { source: 'donnelly_2019' },
    ],
  },
  spray_and_stretch: {
    name: 'Spray and stretch',
    group: 'clinical',
    summary:
      'A clinician sprays a cooling (vapocoolant) spray in sweeps along a muscle while gently stretching it, so that a muscle with trigger points can lengthen with less pain. The technique was developed by Janet Travell.',
    steps: [
      'You sit or lie supported and relaxed.',
      'The clinician sprays the coolant in slow, parallel sweeps along the muscle and over the area where its pain spreads.',
      'At the same time, they slowly take the muscle into a stretch.',
      'Moist heat and gentle active movement usually follow.',
      'You may be shown a home stretch for the same muscle.',
    ],
    cautions: [
      'Too much spray in one place can freeze the skin, causing frostbite or a change in skin colour.',
      'The spray must be kept away from the eyes and should not be breathed in.',
      'It is not used on broken or numb skin, or in people with poor circulation or a cold hypersensitivity.',
      'Some sprays, such as ethyl chloride, are flammable and must be kept away from flames and sparks.',
    ],
    evidence: {
      level: 'expert_opinion',
      summary:
        'Travell and Simons describe spray and stretch as a key non-invasive treatment for trigger points; the support rests mainly on their clinical experience rather than on controlled trials.',
    },
    sources: [
      { source: 'simons_travell_vol1_1999' },
      { source: 'donnelly_2019' },
      { source: 'malanga_2015_heat_cold' },
    ],
  },
  prescribed_medication: {
    name: 'Prescribed medication',
    group: 'clinical',
    summary:
      'Medicines a doctor may prescribe for muscle pain and spasm, such as muscle relaxants (cyclobenzaprine, tizanidine) or anti-inflammatory drugs (naproxen). Whether any of them suits you is for your prescriber to decide.',
    steps: [
      'Your doctor reviews your symptoms, your other conditions and the medicines you already take.',
      'If a medicine is prescribed, it is often a short trial at a low dose, with a plan to review how it is working.',
      'Report side effects such as drowsiness, dizziness or stomach pain.',
      'Do not start, stop or combine medicines without checking with your prescriber or pharmacist.',
    ],
    cautions: [
      'Muscle relaxants commonly cause drowsiness and dizziness: do not drive or drink alcohol until you know how they affect you.',
      'Tizanidine can lower blood pressure; your pharmacist can check it against your other medicines.',
    ],
    evidence: {
      level: 'mixed',
      summary:
        'In fibromyalgia trials cyclobenzaprine improved sleep and overall wellbeing but not fatigue; a Cochrane review found no evidence that oral anti-inflammatory drugs ease fibromyalgia pain.',
    },
    safety: {
      points: [
        'Cyclobenzaprine taken with an antidepressant (an SSRI such as sertraline, an SNRI such as duloxetine or milnacipran, or a tricyclic such as amitriptyline) or with tramadol, all common in fibromyalgia, can cause serotonin syndrome. Agitation or confusion, sweating, fever, shaking, muscle twitching or stiffness and a racing heart after starting or combining them need emergency care.',
        'In older people, muscle relaxants such as cyclobenzaprine often cause drowsiness and confusion and raise the risk of falls and broken bones; guidance for older adults advises avoiding most of them.',
        'Tizanidine must not be taken with fluvoxamine or ciprofloxacin: they raise its blood level many times over, causing very low blood pressure and heavy drowsiness. Tell every prescriber and pharmacist that you take it.',
        'Tizanidine can harm the liver: a blood test of liver function is advised before starting and about a month after reaching the full dose. Yellow skin or eyes need a doctor promptly.',
        'Anti-inflammatory drugs (NSAIDs such as ibuprofen, naproxen and diclofenac) can set off a severe asthma attack in some people with asthma, above all those who have reacted to aspirin before.',
        "Avoid NSAIDs from 20 weeks of pregnancy unless a doctor advises them: they can harm the unborn baby's kidneys and lower the fluid around the baby. Ask before taking them at any stage of pregnancy.",
        'NSAIDs can cause stomach bleeding and kidney damage. The risk is higher in older people, in kidney or heart disease, after a stomach ulcer or bleed, and with an anticoagulant (such as warfarin or apixaban), aspirin or a steroid. Black stools or vomiting blood need emergency care.',
      ],
      sources: [
        { source: 'keegan_2006_cyclobenzaprine_serotonin_syndrome' },
        { source: 'cyclobenzaprine_us_label', locator: 'Warnings: serotonin syndrome' },
        { source: 'ags_2023_beers_criteria' },
        { source: 'tizanidine_us_label', locator: 'Contraindications; Warnings: hepatotoxicity' },
        { source: 'jenkins_2004_aspirin_induced_asthma' },
        { source: 'fda_2020_nsaids_pregnancy' },
        { source: 'stanley_2019_upper_gi_bleeding' },
      ],
    },
    sources: [
      { source: 'tofferi_2004_cyclobenzaprine_fibromyalgia' },
      { source: 'derry_2017_nsaids_fibromyalgia' },
      { source: 'cohen_2004_pharmacologic_muscle_pain' },
      { source: 'macfarlane_2017_eular_fibromyalgia' },
      { source: 'keegan_2006_cyclobenzaprine_serotonin_syndrome' },
      { source: 'cyclobenzaprine_us_label', locator: 'Warnings: serotonin syndrome' },
      { source: 'ags_2023_beers_criteria' },
      { source: 'tizanidine_us_label', locator: 'Contraindications; Warnings: hepatotoxicity' },
      { source: 'jenkins_2004_aspirin_induced_asthma' },
      { source: 'fda_2020_nsaids_pregnancy' },
      { source: 'stanley_2019_upper_gi_bleeding' },
    ],
  },
  low_level_laser: {
    name: 'Low-level laser therapy',
    group: 'clinical',
    summary:
      'A clinician shines a low-power laser on tender points or trigger points. It does not heat or cut the tissue.',
    steps: [
      'You and the clinician wear protective glasses.',
      'The probe is held on the skin over each tender point for a short time; you should feel little or nothing.',
      'Trials in fibromyalgia used a course of several sessions over a few weeks.',
    ],
    cautions: ['Never look into the beam; eye protection is needed for everyone in the room.'],
    evidence: {
      level: 'limited',
      summary:
        'The trials are few and small, and some are at risk of bias: Gur 2002, for example, was only single-blind. They reported less pain, muscle spasm and tenderness in fibromyalgia, and a 2019 meta-analysis of nine small trials pooled them to the same effect. Small, partly unblinded trials can overstate a benefit, so this is limited evidence until larger, well-blinded trials are done.',
    },
    sources: [{ source: 'gur_2002_laser_fibromyalgia' }, { source: 'yeh_2019_laser_fibromyalgia_meta' }],
  },
} as const satisfies Record<string, Treatment>

/** A treatment id, e.g. "heat" or "trigger_point_injection". */
export type TreatmentId = keyof typeof catalogue

/** Every treatment by id. */
export const treatments: Readonly<Record<TreatmentId, Treatment>> = catalogue
