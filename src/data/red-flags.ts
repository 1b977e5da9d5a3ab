/**
 * Red-flag notices: the dangerous conditions whose pain can look like trigger-point pain, and
 * what raises each notice. One table, so the app shows the same notice wherever it shows that
 * pain: next to the "Where does it hurt?" results, next to symptom search results, and on the
 * panel of a muscle whose referral pattern mimics it.
 *
 * Each notice says, in plain words, what the pain can mimic, which signs make it urgent and
 * what to do, with its sources. Its triggers are body regions (a side where it matters: the
 * heart's arm pain is the left arm), everyday search words, and whether a muscle whose zones
 * reach those regions shows it on its panel. Pure data (no React); `src/lookup/redFlags.ts`
 * answers which notices apply.
 *
 * These notices do not diagnose and no single sign is reliable alone (Finucane 2020); they say
 * when a clinician should look first.
 */
import type { RegionId } from './regions.ts'
import type { Side, SourceRef } from './types.ts'

/** How soon to act, most urgent first: the order notices are shown in. */
export const redFlagUrgencies = ['emergency', 'same_day', 'prompt'] as const
export type RedFlagUrgency = (typeof redFlagUrgencies)[number]

/** A region that raises a notice; with a side, only marks on that side of the body raise it. */
export interface RedFlagRegion {
  region: RegionId
  side?: Side
}

/** One red-flag notice. */
export interface RedFlag {
  /** Short heading, e.g. "Chest pain can come from the heart". */
  title: string
  /** One to three plain sentences: what it can mimic, which signs make it urgent, what to do. */
  text: string
  /** The most urgent action the notice asks for (orders notices: emergency first). */
  urgency: RedFlagUrgency
  sources: readonly SourceRef[]
  triggers: {
    /** Marked or searched regions that raise the notice. */
    regions: readonly RedFlagRegion[]
    /** Everyday words and phrases (lower case) that raise it in search, e.g. "chest pain". */
    terms: readonly string[]
    /** Shown on the panel of a muscle whose referral zones reach one of `regions`. */
    muscles: boolean
  }
}

const anySide = (...ids: RegionId[]): RedFlagRegion[] => ids.map((region) => ({ region }))

const catalogue = {
  heart: {
    title: 'Chest, left arm or jaw pain can come from the heart',
    text: 'Call emergency services now if pain, pressure or tightness in the chest, arm, neck or jaw comes on suddenly or with effort, or comes with breathlessness, sweating, sickness or feeling faint. Do not wait to see if it is a muscle. Muscle pain here should only be treated once a clinician has ruled out the heart.',
    urgency: 'emergency',
    sources: [
      { source: 'gulati_2021_chest_pain_guideline' },
      { source: 'simons_travell_vol1_1999', locator: 'chapter "Pectoralis Major Muscle"' },
    ],
    triggers: {
      regions: [
        ...anySide('upper_chest', 'sternum', 'breast_nipple', 'jaw_tmj'),
        { region: 'lateral_chest', side: 'left' },
        { region: 'upper_arm_medial', side: 'left' },
        { region: 'axilla', side: 'left' },
      ],
      terms: [
        'chest pain',
        'chest',
        'heart',
        'angina',
        'left arm',
        'breastbone',
        'sternum',
        'chest tightness',
        'tight chest',
      ],
      muscles: true,
    },
  },
  deep_vein_thrombosis: {
    title: 'Calf pain and a swollen leg can be a blood clot',
    text: 'A painful calf with swelling, warmth or redness of one leg can be a deep vein thrombosis, above all after surgery, a long journey, time in bed, pregnancy or cancer. See a doctor the same day. Call emergency services now if you also become short of breath or have chest pain.',
    urgency: 'same_day',
    sources: [{ source: 'nice_ng158_2020_venous_thromboembolism' }, { source: 'wells_2006_dvt_diagnosis' }],
    triggers: {
      regions: anySide('calf', 'knee_posterior'),
      terms: [
        'calf',
        'swollen leg',
        'leg swelling',
        'swollen calf',
        'swollen ankle',
        'blood clot',
        'clot',
        'dvt',
        'thrombosis',
      ],
      muscles: true,
    },
  },
  abdomen: {
    title: 'Belly and groin pain can come from the organs inside',
    text: 'Pain in the belly or groin can come from the organs, a hernia or a swollen main artery (aortic aneurysm) rather than the muscle wall. Call emergency services now for sudden severe pain, pain with collapse or fainting, or a tender lump in the groin that will not go back. See a doctor the same day for pain that comes with fever or vomiting, or changes with eating or with your bowels.',
    urgency: 'emergency',
    sources: [
      { source: 'suleiman_2001_abdominal_wall_pain' },
      { source: 'nice_ng156_2020_abdominal_aortic_aneurysm' },
      { source: 'herniasurge_2018_groin_hernia' },
    ],
    triggers: {
      regions: anySide('upper_abdomen', 'lower_abdomen', 'groin'),
      terms: [
        'stomach',
        'stomach ache',
        'belly',
        'tummy',
        'abdomen',
        'abdominal',
        'groin',
        'hernia',
        'indigestion',
        'heartburn',
        'appendix',
        'bloating',
        'pelvic pain',
      ],
      muscles: true,
    },
  },
  kidney: {
    title: 'Pain in the side of the back can come from the kidney',
    text: 'Pain in the flank or loin that comes in waves and spreads to the groin can be a kidney stone; with fever or shivering it can be a kidney infection. See a doctor the same day, and get urgent help if you have a fever with the pain or cannot pass urine.',
    urgency: 'same_day',
    sources: [{ source: 'bultitude_2012_renal_colic' }],
    triggers: {
      regions: anySide('flank', 'thoracolumbar'),
      terms: ['kidney', 'kidney stone', 'loin', 'flank', 'side stitch', 'blood in urine'],
      muscles: true,
    },
  },
  sudden_headache: {
    title: 'A sudden or changed headache needs a doctor',
    text: 'Call emergency services now for a headache that reaches its worst within a minute, the worst headache of your life, or a headache with a stiff neck, fever, confusion, weakness, trouble speaking or seeing, or after a head injury. See a doctor promptly for a new headache that keeps getting worse, or one that starts with coughing, straining or lying down.',
    urgency: 'emergency',
    sources: [{ source: 'do_2019_headache_red_flags' }],
    triggers: {
      regions: anySide('head_vertex', 'forehead', 'temple', 'occiput', 'eye_orbit'),
      terms: ['headache', 'head', 'migraine', 'head pain', 'thunderclap'],
      muscles: true,
    },
  },
  giant_cell_arteritis: {
    title: 'A new headache after 50 can be giant cell arteritis',
    text: 'If you are over 50 and have a new headache, a tender scalp or temple, or jaw pain that comes on while chewing, see a doctor the same day: this inflamed artery can take the sight if it is not treated quickly. Get emergency help now if your sight blurs, doubles or goes.',
    urgency: 'same_day',
    sources: [{ source: 'mackie_2020_bsr_giant_cell_arteritis' }, { source: 'do_2019_headache_red_flags' }],
    triggers: {
      regions: anySide('temple', 'head_vertex', 'jaw_tmj'),
      terms: ['headache', 'temple', 'scalp', 'jaw pain when chewing', 'arteritis'],
      muscles: true,
    },
  },
  neck_artery: {
    title: 'Neck pain with dizziness or other nerve signs needs urgent care',
    text: 'Rarely, neck and head pain come from a tear in a neck artery, after a neck injury or manipulation, and sometimes for no clear reason. Call emergency services now if neck pain or headache comes with dizziness, double vision, slurred speech, trouble swallowing, a drooping eyelid, numbness, weakness or unsteadiness. Tell anyone who treats your neck about these signs before they start.',
    urgency: 'emergency',
    sources: [{ source: 'rushton_2023_ifompt_cervical_framework' }, { source: 'do_2019_headache_red_flags' }],
    triggers: {
      regions: anySide('posterior_neck', 'lateral_neck', 'occiput'),
      terms: ['neck', 'neck pain', 'stiff neck', 'whiplash', 'manipulation', 'base of the skull'],
      muscles: true,
    },
  },
  cauda_equina: {
    title: 'Back pain with numbness between the legs is an emergency',
    text: 'Go to an emergency department now if back pain or sciatica comes with numbness around the genitals, bottom or inner thighs, new trouble passing or holding urine or stools, a change in sexual feeling, or weakness or pain in both legs. These can mean pressure on the nerves at the base of the spine, which needs urgent scans and often surgery.',
    urgency: 'emergency',
    sources: [{ source: 'finucane_2020_spinal_red_flags' }, { source: 'lavy_2009_cauda_equina' }],
    triggers: {
      regions: anySide('low_back', 'sacrum', 'perineum'),
      terms: [
        'back pain',
        'low back',
        'lower back',
        'sciatica',
        'lumbago',
        'saddle',
        'numb bottom',
        'incontinence',
        'bladder',
        'bowel',
      ],
      muscles: true,
    },
  },
  thoracic: {
    title: 'Pain in the middle of the back needs more care than most back pain',
    text: 'Pain between the shoulder blades can come from the heart, the main artery, the lungs or the spine. Call emergency services now if it is sudden, severe or tearing, or comes with chest pain or breathlessness. See a doctor promptly if it is constant, follows a fall, or comes with fever, weight loss, night pain or a history of cancer.',
    urgency: 'emergency',
    sources: [{ source: 'finucane_2020_spinal_red_flags' }, { source: 'gulati_2021_chest_pain_guideline' }],
    triggers: {
      regions: anySide('interscapular', 'thoracolumbar'),
      terms: ['upper back', 'mid back', 'middle of the back', 'between the shoulder blades', 'thoracic'],
      muscles: true,
    },
  },
  general: {
    title: 'Fever, weight loss, night pain or cancer: see a doctor first',
    text: 'See a doctor promptly if your pain comes with fever or feeling unwell, weight loss you cannot explain, pain that is constant or wakes you whatever position you lie in, a past cancer, steroid or immune-lowering medicine, or a recent fall or injury. These signs do not mean something serious is wrong; they mean a clinician should check first.',
    urgency: 'prompt',
    sources: [{ source: 'finucane_2020_spinal_red_flags' }],
    triggers: {
      regions: anySide('posterior_neck', 'interscapular', 'thoracolumbar', 'low_back', 'sacrum'),
      terms: [
        'fever',
        'weight loss',
        'night pain',
        'pain at night',
        'wakes me',
        'cancer',
        'tumour',
        'tumor',
        'steroids',
        'constant pain',
      ],
      muscles: false,
    },
  },
  children: {
    title: 'Pain in a child needs a clinician to look',
    text: "Trigger-point patterns were described in adults. A child's pain needs a clinician's check, the same day if it comes with fever, a limp or refusing to walk, swelling, night pain, weight loss, bruising or tiredness, or a change in how much the child plays.",
    urgency: 'same_day',
    sources: [{ source: 'foster_2013_pgals_children' }, { source: 'junnila_2006_child_musculoskeletal_pain' }],
    triggers: {
      regions: [],
      terms: ['child', 'children', 'kid', 'kids', 'son', 'daughter', 'baby', 'toddler', 'teenager', 'growing pains'],
      muscles: false,
    },
  },
} as const satisfies Record<string, RedFlag>

/** A red-flag notice id, e.g. "heart". */
export type RedFlagId = keyof typeof catalogue

/** Every notice by id, read through the `RedFlag` type. */
export const redFlags: Readonly<Record<RedFlagId, RedFlag>> = catalogue

/** Notice ids in table order. */
export const redFlagIds = Object.keys(catalogue) as RedFlagId[]
