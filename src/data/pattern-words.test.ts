/**
 * The words and the zones of each muscle must agree: when a muscle's `referredPain` or
 * `clinicalSummary` names a place (the breastbone, the knee, the calf, the chest, ...), one of
 * that place's regions must be in one of its trigger points' zones, on either side. Otherwise
 * the text tells a person about pain the map does not draw and "Where does it hurt?" cannot
 * rank (the sternocleidomastoid's breastbone pain was such a case).
 *
 * Places are read from an explicit word list. Phrases that name a place without sending pain
 * there (a negation, a landmark, a movement, a muscle's name, a differential diagnosis) are
 * listed below, each with its reason, and blanked before the words are read; a listed phrase
 * that no longer occurs fails the test, so the list cannot go stale.
 */
import { describe, expect, it } from 'vitest'
import { muscleCatalogue as muscles } from './muscle-catalogue.ts'
import { muscleIds, type MuscleId } from './muscles.ts'
import type { RegionId } from './regions.ts'
import { muscleZones } from './zones.ts'

interface Place {
  name: string
  /** Words that name the place (case-insensitive, whole words). */
  words: RegExp
  /** The regions any of which counts as the place being in a zone. */
  regions: readonly RegionId[]
}

/**
 * Read in this order; each match is blanked before the next place is read, so "front of the
 * elbow" is read once, as the front of the elbow, not again as the elbow.
 */
const places: readonly Place[] = [
  // "sternal" alone names muscle parts (sternal head, sternal division, sternal TrPs), not a place.
  {
    name: 'breastbone',
    words: /\b(breastbone|sternum|substernal|retrosternal|sternal (?:region|area|pain))\b/gi,
    regions: ['sternum'],
  },
  {
    name: 'chest',
    words: /\b(chest|pectoral region|precordial)\b/gi,
    regions: ['upper_chest', 'sternum', 'lateral_chest', 'breast_nipple'],
  },
  // The vocabulary has no region for the front of the elbow: the crease lies between these.
  {
    name: 'front of the elbow',
    words: /\b(elbow crease|front of the elbow|antecubital (?:fossa|space|region))\b/gi,
    regions: ['upper_arm_anterior', 'forearm_anterior', 'medial_elbow', 'lateral_elbow'],
  },
  {
    name: 'elbow',
    words: /\b(elbows?|epicondyles?|epicondylar|olecranon)\b/gi,
    regions: ['medial_elbow', 'lateral_elbow', 'olecranon'],
  },
  {
    name: 'knee',
    words: /\b(knees?|kneecaps?|patellae?|patellar|popliteal)\b/gi,
    regions: ['knee_anterior', 'knee_medial', 'knee_lateral', 'knee_posterior'],
  },
  { name: 'calf', words: /\b(calf|calves)\b/gi, regions: ['calf'] },
  { name: 'jaw', words: /\b(jaws?|tmj|temporomandibular)\b/gi, regions: ['jaw_tmj'] },
  { name: 'heel', words: /\b(heels?)\b/gi, regions: ['heel'] },
  { name: 'thumb', words: /\b(thumbs?)\b/gi, regions: ['thumb'] },
  { name: 'ear', words: /\b(ears?)\b/gi, regions: ['ear'] },
  { name: 'eye', words: /\b(eyes?|orbit|periorbital|retro-?orbital)\b/gi, regions: ['eye_orbit'] },
  { name: 'teeth', words: /\b(teeth|tooth|molars?|incisors?)\b/gi, regions: ['teeth_upper', 'teeth_lower'] },
  { name: 'groin', words: /\b(groin|inguinal)\b/gi, regions: ['groin'] },
  {
    name: 'ankle',
    words: /\b(ankles?|malleol[a-z]*)\b/gi,
    regions: ['anterior_ankle', 'medial_ankle', 'lateral_ankle'],
  },
  { name: 'wrist', words: /\b(wrists?)\b/gi, regions: ['wrist_dorsal', 'wrist_volar'] },
  { name: 'shin', words: /\b(shins?|shinbone)\b/gi, regions: ['shin_anterior'] },
  { name: 'forehead', words: /\b(forehead|frontal region)\b/gi, regions: ['forehead'] },
  { name: 'temple', words: /\b(temples?)\b/gi, regions: ['temple'] },
  { name: 'armpit', words: /\b(armpit|axilla)\b/gi, regions: ['axilla'] },
  { name: 'tailbone', words: /\b(tailbone|coccyx)\b/gi, regions: ['coccyx'] },
  { name: 'big toe', words: /\b(big toe|hallux)\b/gi, regions: ['big_toe'] },
  { name: 'sole', words: /\b(soles?)\b/gi, regions: ['sole'] },
  { name: 'buttock', words: /\b(buttocks?)\b/gi, regions: ['buttock'] },
]

interface NotReferral {
  /** The exact phrase (case-insensitive) as the text has it. */
  phrase: string
  /** The muscles whose text has it; omitted for phrases that mean the same in any muscle. */
  muscles?: readonly MuscleId[]
  reason: string
}

/** Phrases that name a place without saying pain goes there. */
const notReferral: readonly NotReferral[] = [
  // Sides and directions
  { phrase: 'thumb side', reason: 'names the radial side of the hand or forearm, not the thumb itself' },
  { phrase: 'little-finger side', reason: 'names the ulnar side of the hand or wrist' },
  // Negations and boundaries
  {
    phrase: 'skipping the elbow',
    muscles: ['scalenes'],
    reason: 'negation: Travell and Simons draw the pattern skipping the elbow',
  },
  {
    phrase: 'skipping the elbow and the wrist',
    muscles: ['coracobrachialis'],
    reason: 'negation: the pattern skips the elbow and wrist',
  },
  { phrase: 'sparing the elbow and wrist', muscles: ['coracobrachialis'], reason: 'negation, in the clinical wording' },
  {
    phrase: 'skip the elbow and wrist',
    muscles: ['subclavius'],
    reason: 'negation: the pattern skips the elbow and wrist',
  },
  { phrase: 'sparing elbow and wrist', muscles: ['subclavius'], reason: 'negation, in the clinical wording' },
  {
    phrase: 'does not usually go to the teeth',
    muscles: ['medial_pterygoid'],
    reason: 'negation: the medial pterygoid pattern spares the teeth',
  },
  {
    phrase: 'almost down to the knee',
    muscles: ['adductor_magnus'],
    reason: 'boundary: the pattern stops short of the knee',
  },
  { phrase: 'almost to the knee', muscles: ['adductor_magnus'], reason: 'boundary, in the clinical wording' },
  {
    phrase: 'down to the wrist crease',
    muscles: ['adductor_pollicis'],
    reason: 'boundary: the pattern ends at the wrist crease',
  },
  { phrase: 'distal to the wrist crease', muscles: ['adductor_pollicis'], reason: 'boundary, in the clinical wording' },
  {
    phrase: 'toward the elbow',
    muscles: ['subscapularis'],
    reason: 'direction of spread down the back of the arm, drawn short of the elbow',
  },
  // Landmarks that locate a zone named in other words
  {
    phrase: 'bony bump behind the ear',
    muscles: ['digastric', 'lower_trapezius'],
    reason: 'the mastoid process, a landmark',
  },
  {
    phrase: 'jaw joint in front of the ear',
    muscles: ['lateral_pterygoid'],
    reason: 'locates the jaw joint; the ear is a landmark',
  },
  {
    phrase: 'backward above the ear',
    muscles: ['temporalis'],
    reason: 'the temple above the ear; the ear is a landmark',
  },
  {
    phrase: 'near the base of the thumb',
    muscles: ['extensor_carpi_radialis_longus'],
    reason: 'locates the zone on the back of the hand (the anatomical snuffbox)',
  },
  // Movements, muscles, examination
  { phrase: 'elbow flexion', reason: 'a movement, not a place of pain' },
  { phrase: 'elbow extension', reason: 'a movement, not a place of pain' },
  { phrase: 'with the knee flexed', reason: 'a test position' },
  { phrase: 'with the knee bent', reason: 'a test position' },
  { phrase: 'wrist and finger extensors', reason: 'names muscles' },
  { phrase: 'superficial wrist flexors', reason: 'names muscles' },
  { phrase: 'through the axilla', muscles: ['subscapularis'], reason: 'where the muscle is palpated' },
  { phrase: 'palpate in the axilla', muscles: ['coracobrachialis'], reason: 'where the muscle is palpated' },
  { phrase: 'behind the last molar', muscles: ['medial_pterygoid'], reason: 'where the muscle is palpated' },
  { phrase: 'after ankle sprains', muscles: ['extensor_digitorum_brevis'], reason: 'what makes the muscle tender' },
  {
    phrase: 'medial epicondyle, the site of medial epicondylalgia ("golfer\'s elbow")',
    muscles: ['pronator_teres', 'flexor_carpi_radialis', 'flexor_carpi_ulnaris'],
    reason: "the muscle's origin and a differential diagnosis",
  },
  {
    phrase: 'dry needling of calf and foot TrPs',
    muscles: ['abductor_hallucis', 'flexor_digitorum_brevis', 'quadratus_plantae'],
    reason: 'what a cited trial treated',
  },
  {
    phrase: 'plantar heel pain in a sham-controlled trial',
    muscles: ['flexor_digitorum_brevis'],
    reason: 'the population of a cited trial',
  },
  {
    phrase: 'thumb carpometacarpal osteoarthritis',
    muscles: ['dorsal_interossei_hand'],
    reason: 'the population of a cited study',
  },
  {
    phrase: 'shortened in hallux valgus',
    muscles: ['adductor_hallucis'],
    reason: 'a deformity the muscle takes part in',
  },
  // Differential diagnoses (other causes to rule out), not referral
  {
    phrase: 'dental pathology of the upper and lower molars',
    muscles: ['buccinator'],
    reason: 'differential diagnosis',
  },
  {
    phrase: "ulnar neuropathy at Guyon's canal or the elbow",
    muscles: ['abductor_digiti_minimi_hand'],
    reason: 'differential diagnosis',
  },
  {
    phrase: 'ulnar neuropathy at the elbow or wrist',
    muscles: ['palmar_interossei_hand'],
    reason: 'differential diagnosis',
  },
  { phrase: 'pes anserine disorders at the medial knee', muscles: ['gracilis'], reason: 'differential diagnosis' },
  { phrase: 'adductor-related groin pain', muscles: ['gracilis'], reason: 'differential diagnosis' },
  { phrase: 'ruptured popliteal cyst', muscles: ['soleus'], reason: 'differential diagnosis' },
  { phrase: 'ankle oedema', muscles: ['soleus'], reason: 'a sign to check for other causes, not a referral zone' },
  { phrase: 'posterior (medial) shin splints', muscles: ['tibialis_posterior'], reason: 'differential diagnosis' },
  {
    phrase: 'tenosynovitis at the posteromedial ankle',
    muscles: ['flexor_hallucis_longus'],
    reason: 'differential diagnosis',
  },
]

/** The place words left in a text once the phrases that apply to `muscle` are blanked. */
function placesNamed(text: string, muscle: MuscleId): { place: Place; at: string }[] {
  let rest = text
  for (const n of notReferral) {
    if (n.muscles && !n.muscles.includes(muscle)) continue
    rest = rest.replace(new RegExp(n.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), (m) => ' '.repeat(m.length))
  }
  const found: { place: Place; at: string }[] = []
  for (const place of places) {
    for (const m of rest.matchAll(place.words)) {
      found.push({ place, at: text.slice(Math.max(0, m.index - 50), m.index + m[0].length + 30) })
    }
    rest = rest.replace(place.words, (m) => ' '.repeat(m.length))
  }
  return found
}

/** Places a text names that none of `zones` covers. */
function missing(text: string, muscle: MuscleId, zones: ReadonlySet<RegionId>): string[] {
  return placesNamed(text, muscle)
    .filter(({ place }) => !place.regions.some((r) => zones.has(r)))
    .map(({ place, at }) => `${place.name}: "…${at}…"`)
}

/** Every region any trigger point of the muscle refers to, on either side. */
const zonesOf = (id: MuscleId) => new Set<RegionId>(muscleZones(id, 'left').map((z) => z.region))

describe('pattern words against zones', () => {
  it.each(muscleIds)('%s: every place its referral text names is in one of its zones', (id) => {
    const zones = zonesOf(id)
    expect(missing(muscles[id].referredPain, id, zones), 'referredPain').toEqual([])
    expect(missing(muscles[id].clinicalSummary, id, zones), 'clinicalSummary').toEqual([])
  })

  it('catches a place named without a zone, and reads negations only where listed', () => {
    const chestOnly = new Set<RegionId>(['upper_chest'])
    expect(missing('Pain over the breastbone and the upper chest.', 'sternocleidomastoid', chestOnly)).toHaveLength(1)
    expect(missing('Aching behind the knee and in the calf.', 'soleus', new Set<RegionId>(['calf']))).toEqual([
      expect.stringMatching(/^knee: /),
    ])
    // A negation counts only for the muscle it is listed for.
    expect(missing('The pattern skips the elbow: skipping the elbow.', 'scalenes', new Set())).toHaveLength(1)
    expect(missing('skipping the elbow', 'scalenes', new Set())).toEqual([])
    expect(missing('skipping the elbow', 'deltoid', new Set())).toHaveLength(1)
    // "front of the elbow" is read once, as its own place.
    expect(placesNamed('an ache at the front of the elbow', 'brachialis').map((p) => p.place.name)).toEqual([
      'front of the elbow',
    ])
    // Muscle-part names are not the breastbone.
    expect(
      placesNamed('intermediate sternal TrPs refer to the anterior chest', 'pectoralis_major').map((p) => p.place.name),
    ).toEqual(['chest'])
  })

  it("lists no phrase that its muscles' texts no longer contain", () => {
    for (const n of notReferral) {
      const owners = n.muscles ?? muscleIds
      const used = owners.some((id) =>
        `${muscles[id].referredPain} ${muscles[id].clinicalSummary}`.toLowerCase().includes(n.phrase.toLowerCase()),
      )
      expect(used, `"${n.phrase}" (${n.reason})`).toBe(true)
    }
  })
})
