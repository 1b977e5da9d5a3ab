/**
 * Short explainer pages: one idea each, in plain words a person on a bad pain day can read,
 * and precise enough for a clinician explaining referred pain to a patient.
 *
 * Pure data (no React). Every section carries the sources for its claims; the compiler checks
 * that each source id exists, and `explainers.test.ts` checks the shape.
 */
import type { SourceRef } from './types.ts'

/** One section of an explainer: plain paragraphs, each paragraph's claims sourced. */
export interface ExplainerSection {
  heading: string
  paragraphs: readonly string[]
  sources: readonly SourceRef[]
}

/** A short page that explains one idea to a patient (and is precise enough for a clinician). */
export interface Explainer {
  title: string
  /** One sentence, shown in lists and links. */
  summary: string
  sections: readonly ExplainerSection[]
  /** Set where the evidence is thin or disputed, with why. */
  uncertain?: string
}

// Locators for Travell & Simons' opening chapters: described rather than quoted, because the
// exact chapter titles and numbers could not be checked.
const tsOverview = {
  source: 'simons_travell_vol1_1999',
  locator: 'opening glossary and general overview chapters',
} as const

/** Every explainer page by id. */
const catalogue = {
  trigger_points_referred_pain: {
    title: 'Trigger points and referred pain',
    summary: 'What a myofascial trigger point is, and why it can make you hurt somewhere else.',
    sections: [
      {
        heading: 'What a trigger point is',
        paragraphs: [
          'A myofascial trigger point is a small, very tender spot in a muscle. It sits in a taut band: a tight, rope-like strand of muscle fibres that a trained finger can feel under the skin.',
          'Pressing the spot hurts. Flicking across the band with a finger, or touching it with a needle, can make the band twitch for a moment. This is called a local twitch response.',
        ],
        sources: [tsOverview, { source: 'shah_2015_trigger_points_then_and_now' }],
      },
      {
        heading: 'Referred pain: hurting away from the source',
        paragraphs: [
          'Referred pain is pain you feel in a different place from where it starts. A trigger point often sends an ache some distance away. For example, one in the upper trapezius, the muscle on top of the shoulder, can send pain up the side of the neck and behind the ear to the temple.',
          'Each muscle tends to refer pain in its own pattern. Travell and Simons drew these patterns muscle by muscle. Why pain is referred like this is still not fully explained.',
        ],
        sources: [
          { source: 'simons_travell_vol1_1999', locator: 'chapter "Trapezius Muscle"' },
          { source: 'shah_2015_trigger_points_then_and_now' },
        ],
      },
      {
        heading: 'Active and latent trigger points',
        paragraphs: [
          'An active trigger point hurts on its own, even at rest. When it is pressed, it brings on pain you recognise as your usual pain.',
          'A latent trigger point only hurts when it is pressed. It may still leave the muscle feeling stiff or a little weaker. A latent point can become active, for example after overuse.',
        ],
        sources: [tsOverview, { source: 'shah_2015_trigger_points_then_and_now' }],
      },
      {
        heading: 'How common they are',
        paragraphs: [
          'Latent trigger points seem to be common, even in people with no pain. In one study of 206 young adults without symptoms, more than three in four had at least one in their leg muscles.',
          'Figures vary a great deal between studies. Most studies are small, and examiners often disagree about whether a trigger point is there. So treat these numbers as rough guides, not firm facts.',
        ],
        sources: [
          { source: 'zuil_escobar_2016_latent_trigger_points' },
          { source: 'ribeiro_2018_trigger_point_prevalence' },
          { source: 'lucas_2009_trp_reliability' },
        ],
      },
    ],
    uncertain:
      'How trigger points form, and whether they are a distinct change in the muscle at all, is debated; examiners often disagree on finding them, and prevalence figures come from small studies.',
  },

  essential_spillover_zones: {
    title: 'Essential and spillover zones',
    summary:
      'Why the map shows referred pain in two styles: a solid area most people feel, and a dotted area only some feel.',
    sections: [
      {
        heading: 'Two kinds of zone',
        paragraphs: [
          'Travell and Simons drew the referred pain of each trigger point in two parts. The essential zone is where nearly everyone with that trigger point feels pain. The spillover zone lies beyond it: some people feel pain there too, but not everyone.',
          'Pain tends to reach the spillover zone when the trigger point is more irritable.',
        ],
        sources: [tsOverview],
      },
      {
        heading: 'How the map draws them',
        paragraphs: [
          'The map follows the textbook drawings. An X marks the trigger point. The essential zone is filled in solid. The spillover zone has the same colour with a dotted (stippled) pattern, so you can tell the two apart without relying on colour.',
          'On this map, referred pain shows on the same side of the body as the trigger point.',
        ],
        sources: [tsOverview],
      },
      {
        heading: 'Your pattern may differ',
        paragraphs: [
          'The zones are typical patterns drawn from many patients. Your own pain may cover more, less, or a slightly different area.',
          'Pain can spread further when the nervous system is sensitised. In one study, pain set off from active trigger points in people with fibromyalgia covered larger areas than pain from latent trigger points in people without pain.',
          'So use the map as a guide to where to look, not as a test. A clinician can check what it suggests.',
        ],
        sources: [
          tsOverview,
          { source: 'ge_2011_trigger_points_fibromyalgia' },
          { source: 'woolf_2011_central_sensitization' },
        ],
      },
    ],
    uncertain:
      'The zone maps come mainly from clinical observation; few studies have measured how often each zone occurs, and patterns vary between people.',
  },

  spasm_vs_cramp: {
    title: 'Muscle spasm, tightness and cramps',
    summary: 'How a muscle that stays tight differs from a sudden cramp, and what is and is not known about each.',
    sections: [
      {
        heading: 'A muscle that stays tight',
        paragraphs: [
          'Many people describe a muscle that tightens and will not let go, for hours or days. This is often called a spasm. It usually feels like a constant, firm ache rather than a sudden seizing.',
          'Strictly, a spasm means a muscle contracting on its own because its nerve keeps firing it. Simons and Mense argued that much lasting tightness is something else: fibres that stay shortened without that nerve signal. They put the taut band of a trigger point in this second group.',
          'They also found no good support for the old idea of a "pain, spasm, more pain" vicious circle.',
        ],
        sources: [{ source: 'simons_mense_1998_muscle_tone' }],
      },
      {
        heading: 'Cramps',
        paragraphs: [
          'A cramp is different. It comes on suddenly, is strongly painful, and can make the muscle bunch into a hard knot. It usually passes by itself within seconds to minutes.',
          'Cramps often strike the legs, sometimes at night. Unlike the tightness of a trigger point, a true cramp is driven by bursts of nerve activity that show on an electrical recording of the muscle (EMG).',
        ],
        sources: [{ source: 'minetto_2013_muscle_cramps' }, { source: 'simons_mense_1998_muscle_tone' }],
      },
      {
        heading: 'What is known, and what is not',
        paragraphs: [
          'Why cramps happen is still poorly understood. One idea is that nerve cells in the spinal cord become over-excitable. Another is that the motor nerves fire on their own. Loss of salt and fluid is often blamed, but the evidence for that is weak.',
          'Magnesium is often suggested for cramps. A Cochrane review found it is unlikely to help the typical cramps of older adults.',
          'The causes of lasting muscle tightness are even less clear. Trigger points are one proposed cause, but that idea is itself debated.',
        ],
        sources: [
          { source: 'minetto_2013_muscle_cramps' },
          { source: 'garrison_2020_magnesium_cramps' },
          { source: 'quintner_2015_trigger_point_critique' },
        ],
      },
    ],
    uncertain:
      'The words spasm, cramp and tightness are used loosely, and the causes of both cramps and lasting muscle tightness are not well understood.',
  },

  fibromyalgia_and_trigger_points: {
    title: 'Fibromyalgia and trigger points',
    summary:
      'Fibromyalgia turns up the volume on pain; trigger points may add to that pain in some people, but the evidence is limited.',
    sections: [
      {
        heading: 'Fibromyalgia: pain turned up',
        paragraphs: [
          'Fibromyalgia causes widespread pain. It often comes with tiredness, poor sleep and problems with memory. It affects roughly 2 to 8 in every 100 people.',
          'Research points to the nervous system handling pain signals more strongly than usual. In other words, the central nervous system amplifies pain.',
        ],
        sources: [{ source: 'clauw_2014_fibromyalgia_review' }],
      },
      {
        heading: 'Hyperalgesia, allodynia and central sensitisation',
        paragraphs: [
          'Hyperalgesia means something painful hurts more than it should. Allodynia means something that should not hurt, such as light touch, does hurt.',
          'Central sensitisation is one process behind both. Nerve cells in the spinal cord and brain become more excitable, so the same signal produces more pain. It is thought to play a part in fibromyalgia and in several other pain conditions.',
        ],
        sources: [{ source: 'woolf_2011_central_sensitization' }, { source: 'clauw_2014_fibromyalgia_review' }],
      },
      {
        heading: 'Trigger points as one contributor',
        paragraphs: [
          "A research group in Denmark examined 22 people with fibromyalgia and 22 matched people without pain. Those with fibromyalgia had several active trigger points in the upper trapezius on both sides; the others had no active ones. Pressing these points brought on pain much like the patients' usual neck and shoulder pain.",
          "In two later studies of 30 patients each, many of the standard fibromyalgia tender-point sites turned out to hold trigger points. The more active trigger points a person had, the stronger their everyday pain. Pressing active trigger points in several muscles produced a pain map about as large as the patients' own.",
          'In an Italian trial in 68 women with fibromyalgia and trigger points, local treatment of the trigger points eased their fibromyalgia pain, while a placebo treatment did not. The follow-up lasted only a few weeks.',
        ],
        sources: [
          { source: 'ge_2009_trigger_points_fibromyalgia' },
          { source: 'ge_2010_tender_point_sites' },
          { source: 'ge_2011_trigger_points_fibromyalgia' },
          { source: 'affaitati_2011_trigger_points_fibromyalgia' },
          { source: 'giamberardino_2011_trigger_points_fibromyalgia' },
        ],
      },
      {
        heading: 'The limits of this evidence',
        paragraphs: [
          'These studies are small, and most come from one research group. One study, or even a few, is never conclusive. They suggest trigger points can add to fibromyalgia pain in some people. They do not show that trigger points cause fibromyalgia.',
          'Experts also disagree about trigger points themselves. Critics argue the theory lacks solid proof, and examiners often disagree about where trigger points are. Myofascial pain syndrome and fibromyalgia are usually defined as separate conditions that often occur together; how far they overlap is still argued.',
          'Fibromyalgia guidelines put exercise first. Checking for and treating trigger points is an extra step that some clinicians recommend.',
        ],
        sources: [
          { source: 'quintner_2015_trigger_point_critique' },
          { source: 'lucas_2009_trp_reliability' },
          { source: 'giamberardino_2011_trigger_points_fibromyalgia' },
          { source: 'macfarlane_2017_eular_fibromyalgia' },
        ],
      },
    ],
    uncertain:
      'The studies linking trigger points to fibromyalgia pain are small and mostly from one research group, and the trigger-point concept itself is disputed.',
  },

  trigger_vs_tender_points: {
    title: 'Trigger points and tender points',
    summary:
      "Tender points were once counted to diagnose fibromyalgia; they are not the same as trigger points, and today's criteria count painful areas and symptoms instead.",
    sections: [
      {
        heading: 'Tender points in the 1990 criteria',
        paragraphs: [
          'In 1990 the American College of Rheumatology set out criteria for fibromyalgia. A person needed widespread pain (on both sides of the body, above and below the waist, and along the spine) that had lasted at least three months. They also needed pain at 11 or more of 18 set spots on the body, called tender points, when a clinician pressed each one with a finger or thumb at about 4 kg of force.',
          'A tender point is simply a place that hurts when pressed firmly. It does not need a taut band, and it does not need to send pain anywhere else.',
          'The 1990 criteria were written to classify patients for research, though they came to be used for diagnosis as well.',
        ],
        sources: [
          { source: 'wolfe_1990_acr_classification' },
          { source: 'wolfe_2010_acr_preliminary_criteria' },
          tsOverview,
        ],
      },
      {
        heading: 'How trigger points differ',
        paragraphs: [
          'A trigger point is defined by more than tenderness. It sits in a taut band in the muscle. Pressing it often brings on referred pain in a typical pattern, and the band may twitch when flicked.',
          'The two can sit in the same place. One study of 30 people with fibromyalgia found trigger points at most of the 18 tender-point sites.',
        ],
        sources: [
          tsOverview,
          { source: 'shah_2015_trigger_points_then_and_now' },
          { source: 'ge_2010_tender_point_sites' },
        ],
      },
      {
        heading: 'The 2010 criteria: painful areas and symptoms instead of a count',
        paragraphs: [
          'Criteria published in 2010 dropped the tender-point exam and use two scores instead. The Widespread Pain Index (WPI, 0 to 19) counts in how many of 19 body areas you have had pain in the past week, such as each shoulder, each upper arm, each hip, the jaw on each side, the neck, the chest and the lower back. The Symptom Severity Scale (SSS, 0 to 12) adds up how much tiredness, waking unrefreshed and trouble with thinking or memory have bothered you (0 to 3 each) and how many other bodily symptoms you have had (0 to 3).',
          'The 2010 criteria are met with a WPI of 7 or more and an SSS of 5 or more, or a WPI of 3 to 6 and an SSS of 9 or more; the symptoms must have been present at a similar level for at least three months; and no other disorder may explain the pain.',
          'In the study behind these criteria, about a quarter of people already diagnosed with fibromyalgia did not meet the 1990 tender-point rule at the time.',
        ],
        sources: [{ source: 'wolfe_2010_acr_preliminary_criteria' }],
      },
      {
        heading: 'The 2016 revision',
        paragraphs: [
          'A 2016 revision added a rule for generalised pain: pain in at least 4 of 5 body regions (the left and right upper body, the left and right lower body, and the neck, back, chest and belly). Pain in the jaw, chest or abdomen does not count towards this rule.',
          'The score thresholds became a WPI of 7 or more with an SSS of 5 or more, or a WPI of 4 to 6 with an SSS of 9 or more, and symptoms must have been present at a similar level for at least three months. In this version the extra SSS points count headaches, pain or cramps in the lower belly, and depression in the past six months.',
          'The 2016 revision also dropped the rule that no other disorder may explain the pain: a fibromyalgia diagnosis is valid whatever other diagnoses a person has, and it does not rule out other illnesses that need their own care.',
        ],
        sources: [{ source: 'wolfe_2016_criteria_revision' }],
      },
    ],
  },

  when_to_see_a_clinician: {
    title: 'When to see a clinician',
    summary: 'Signs that pain may not come from muscles and needs a clinician, urgent care or emergency help first.',
    sections: [
      {
        heading: 'Get emergency help now',
        paragraphs: [
          'Chest pain, pressure or tightness needs emergency care, above all with shortness of breath, sweating or feeling faint. So does pain in the chest, arm, neck or jaw that comes on with exertion. Do not assume it is a muscle. Pain or swelling in a calf together with sudden shortness of breath also needs emergency help.',
          'Signs of a stroke, or of a tear in an artery of the neck (dissection), need an emergency number at once, even if they pass: sudden neck pain or headache together with dizziness, double vision, trouble speaking or swallowing, a drooping eyelid or face, or weakness or numbness on one side of the body. A neck-artery tear can begin with neck pain or a headache alone, before a stroke.',
          'Sudden, severe pain in a testicle, often with nausea or vomiting, can be a twisted testicle (torsion), which needs surgery within hours. Vomiting blood, or black, tarry stools, can mean bleeding in the stomach or gut. A pulsing lump in the belly, above all with new belly or back pain or feeling faint, can be a swollen main artery (abdominal aortic aneurysm).',
        ],
        sources: [
          { source: 'gulati_2021_chest_pain_guideline' },
          { source: 'wells_2006_dvt_diagnosis' },
          { source: 'debette_2009_cervical_artery_dissection' },
          { source: 'rushton_2023_ifompt_cervical_framework' },
          { source: 'sharp_2013_testicular_torsion' },
          { source: 'stanley_2019_upper_gi_bleeding' },
          { source: 'lederle_1999_abdominal_aortic_aneurysm' },
          { source: 'nice_ng156_2020_abdominal_aortic_aneurysm' },
        ],
      },
      {
        heading: 'Get urgent help the same day',
        paragraphs: [
          'New weakness or numbness in an arm or leg. Numbness around the genitals, buttocks or inner thighs (the "saddle" area), or new trouble passing or holding urine or stool. These can mean pressure on the nerves at the base of the spine, which needs urgent care.',
          'A hot, red, swollen joint, especially with fever: it can be an infected joint, which needs prompt treatment. Pain in the calf with swelling, warmth or redness of the leg: it can be a blood clot (deep vein thrombosis).',
          'A severe headache that comes on suddenly is an emergency. A new kind of headache that keeps getting worse, especially with fever, confusion or weakness, needs a clinician the same day. So does a new headache, or new pain in the jaw or scalp, after the age of 50: giant cell arteritis, an inflammation of the arteries of the head, can cause pain in the jaw when chewing, a tender scalp and changes in vision, and without prompt treatment it can cause blindness. Sudden loss or change of vision is an emergency.',
        ],
        sources: [
          { source: 'finucane_2020_spinal_red_flags' },
          { source: 'margaretten_2007_septic_arthritis' },
          { source: 'wells_2006_dvt_diagnosis' },
          { source: 'do_2019_headache_red_flags' },
          { source: 'mackie_2020_bsr_giant_cell_arteritis' },
        ],
      },
      {
        heading: 'See a clinician promptly',
        paragraphs: [
          'Pain after a significant injury, such as a fall or a road accident. Pain with fever, unexplained weight loss, or a past history of cancer. Pain that is constant, wakes you at night whatever position you lie in, or keeps getting worse.',
          'Back or neck pain needs checking sooner if your immune system is weakened (for example by medicines after a transplant, by chemotherapy or by HIV), if you have taken steroid tablets for a long time, if you inject drugs, or if you have thin bones (osteoporosis) or have broken a bone easily before: these raise the chance of an infection in the spine or a fracture after only a small strain. Pain in the middle of the back, between the shoulder blades, is also listed as a warning sign, and pain there can come from the heart, the main artery or the lungs.',
          'These signs do not mean something serious is wrong. They mean a clinician should check first. No single sign is reliable on its own, so the clinician looks at the whole picture.',
        ],
        sources: [
          { source: 'finucane_2020_spinal_red_flags' },
          { source: 'henschke_2013_malignancy_red_flags' },
          { source: 'gulati_2021_chest_pain_guideline' },
        ],
      },
      {
        heading: 'Children and teenagers',
        paragraphs: [
          'This app is not designed for children. A child or teenager with pain should see a clinician rather than rely on the map, and promptly if the pain wakes them at night, comes with fever or weight loss, makes them limp, stops them doing their usual activities, or is in the back and does not settle.',
        ],
        sources: [{ source: 'junnila_2006_child_musculoskeletal_pain' }, { source: 'houghton_2010_child_back_pain' }],
      },
      {
        heading: 'If you feel low or think about harming yourself',
        paragraphs: [
          'Living with pain for a long time can wear down your mood. Low mood and thoughts of suicide are more common in people with long-term pain than in people without it. They are not a weakness, and you do not have to manage them alone.',
          'If you are thinking about harming yourself or ending your life, talk to someone today: your doctor, a crisis line or helpline in your country, or someone you trust. If you might act on these thoughts, or have already harmed yourself, call your local emergency number or go to an emergency department now.',
        ],
        sources: [{ source: 'tang_2006_suicidality_chronic_pain' }, { source: 'nice_ng225_2022_self_harm' }],
      },
      {
        heading: 'When muscle pain looks like something else',
        paragraphs: [
          'Trigger points can copy the pain of other problems. Pain from chest muscles can feel like heart pain. Pain from the muscles of the belly wall can feel like a problem inside the abdomen. Neck muscles such as the scalenes can send pain down the arm, like a trapped nerve.',
          'So these other causes need to be ruled out first. Only then is it safe to treat the pain as coming from muscles. This app can help you learn, but it cannot tell you which cause you have.',
        ],
        sources: [
          { source: 'simons_travell_vol1_1999', locator: 'chapter "Pectoralis Major Muscle"' },
          { source: 'simons_travell_vol1_1999', locator: 'chapter on the abdominal muscles' },
          { source: 'simons_travell_vol1_1999', locator: 'chapter on the scalene muscles' },
          { source: 'suleiman_2001_abdominal_wall_pain' },
          { source: 'gulati_2021_chest_pain_guideline' },
        ],
      },
    ],
  },
} as const satisfies Record<string, Explainer>

/** An explainer id, e.g. "spasm_vs_cramp". */
export type ExplainerId = keyof typeof catalogue

/** Every explainer by id, read through the `Explainer` type. */
export const explainers: Readonly<Record<ExplainerId, Explainer>> = catalogue
