/**
 * Search: by muscle name (common, Latin, synonym; typo-tolerant through fuse.js), and by where
 * it hurts in everyday words ("headache", "tennis elbow", "heel pain"), which finds the muscles
 * whose referred-pain zones cover that place. Pure and data-driven.
 */
import Fuse from 'fuse.js'
import { everydayTerms } from '../data/everyday-terms.ts'
import { explainers, type ExplainerId } from '../data/explainers.ts'
import { muscleIds, muscles, type MuscleId } from '../data/muscles.ts'
import { regionIds, regions, type RegionId } from '../data/regions.ts'
import { muscleZones } from '../data/zones.ts'

/** A search hit: the muscle, and for a where-it-hurts match the reason in plain words. */
export interface SearchHit {
  muscle: MuscleId
  /** e.g. "Refers pain to: Outer elbow". Absent when the name matched. */
  reason?: string
}

const byName = new Fuse(
  muscleIds.map((id) => ({
    id,
    name: muscles[id].name,
    latin: muscles[id].latin,
    synonyms: [...muscles[id].synonyms],
  })),
  {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'synonyms', weight: 2 },
      { name: 'latin', weight: 1.5 },
    ],
    threshold: 0.34,
    ignoreLocation: true,
    includeScore: true,
  },
)

/** Words that say nothing about where (every query about pain has them). */
const noise = new Set([
  'pain',
  'painful',
  'ache',
  'aches',
  'aching',
  'sore',
  'hurts',
  'hurt',
  'my',
  'the',
  'in',
  'of',
  'and',
  'a',
  'on',
  'at',
  'to',
  'is',
  'it',
  'when',
  'while',
  'with',
  'after',
  'for',
  'from',
  'i',
  'me',
])

/** Lower-case words, plural "s" dropped, noise removed. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !noise.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
}

/** Region words: each region's label and description, so "elbow" or "shin" finds it. */
const regionWords = regionIds.map((id) => ({ id, words: new Set(words(`${regions[id].label} ${regions[id].where}`)) }))

/** Lower-case words with punctuation dropped, noise kept ("low back pain"). */
function phrase(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean)
    .join(' ')} `
}

/**
 * Place phrases the region labels miss, read before them: "the base of the skull" is the
 * suboccipital area (back of the head and neck), not the crown, which the word "skull" in the
 * crown's description would otherwise pick.
 */
const placePhrases = {
  'base of the skull': ['occiput', 'posterior_neck'],
  'base of skull': ['occiput', 'posterior_neck'],
  'skull base': ['occiput', 'posterior_neck'],
  'bottom of the skull': ['occiput', 'posterior_neck'],
  'back of the skull': ['occiput'],
  suboccipital: ['occiput', 'posterior_neck'],
  nape: ['posterior_neck'],
  'crown of the head': ['head_vertex'],
  'top of the head': ['head_vertex'],
} as const satisfies Record<string, readonly RegionId[]>

/** Regions of the everyday terms and place phrases found in `q` (both as returned by `match`). */
function termRegions(q: string, match: (term: string) => string): Set<RegionId> {
  const found = new Set<RegionId>()
  for (const [term, ids] of [...Object.entries(placePhrases), ...Object.entries(everydayTerms)]) {
    const t = match(term)
    if (t.trim() && q.includes(t)) ids.forEach((id) => found.add(id))
  }
  return found
}

/**
 * The regions a query names, most specific reading first: an everyday term said in full
 * ("low back pain"); regions whose own words contain every word of the query ("back of the
 * knee" -> knee_posterior); an everyday term inside the query ("sciatica"); regions that share
 * any word with it ("elbow").
 */
export function regionsForQuery(query: string): RegionId[] {
  const qWords = words(query)
  if (qWords.length === 0) return []
  const said = termRegions(phrase(query), phrase)
  if (said.size > 0) return [...said]
  const exact = regionWords.filter((r) => qWords.every((w) => r.words.has(w))).map((r) => r.id)
  if (exact.length > 0) return exact
  const inside = termRegions(` ${qWords.join(' ')} `, (t) => ` ${words(t).join(' ')} `)
  if (inside.size > 0) return [...inside]
  return regionWords.filter((r) => qWords.some((w) => r.words.has(w))).map((r) => r.id)
}

/**
 * Each muscle's essential and spillover regions over all its trigger points, on either side
 * (a query names no side, so a pattern drawn across to the other side counts too), and its
 * symptoms with their words, gathered once (search runs on every keystroke), in muscle order.
 */
const muscleFacts = muscleIds.map((id) => {
  const zones = muscleZones(id, 'left')
  return {
    id,
    essential: new Set<RegionId>(zones.filter((z) => z.zone === 'essential').map((z) => z.region)),
    spillover: new Set<RegionId>(zones.filter((z) => z.zone === 'spillover').map((z) => z.region)),
    symptoms: muscles[id].symptoms.map((text) => ({ text, words: words(text) })),
  }
})

/**
 * Muscles whose zones cover the named regions, best first: a region in an essential zone
 * counts 2, in a spillover zone 1; a symptom that mentions the query's words adds 1.
 */
function musclesForRegions(query: string, targets: readonly RegionId[]): SearchHit[] {
  const qWords = words(query)
  const scored: { muscle: MuscleId; score: number; essential: RegionId[]; spillover: RegionId[] }[] = []
  for (const { id, essential, spillover, symptoms } of muscleFacts) {
    const e = targets.filter((r) => essential.has(r))
    const s = targets.filter((r) => spillover.has(r) && !essential.has(r))
    if (e.length + s.length === 0) continue
    const symptomText = symptoms.flatMap((s) => s.words)
    const mentions = qWords.length > 0 && qWords.every((w) => symptomText.includes(w)) ? 1 : 0
    scored.push({ muscle: id, score: 2 * e.length + s.length + mentions, essential: e, spillover: s })
  }
  scored.sort((a, b) => b.score - a.score || muscleIds.indexOf(a.muscle) - muscleIds.indexOf(b.muscle))
  return scored.map(({ muscle, essential, spillover }) => ({
    muscle,
    reason:
      essential.length > 0
        ? `Refers pain to: ${essential.map((r) => regions[r].label.toLowerCase()).join(', ')}`
        : `Sometimes refers pain to: ${spillover.map((r) => regions[r].label.toLowerCase()).join(', ')}`,
  }))
}

/** Muscles with a symptom that uses every word of the query ("pain when sitting", "cramps"). */
function musclesBySymptom(query: string): SearchHit[] {
  const qWords = words(query)
  if (qWords.length === 0) return []
  const hits: SearchHit[] = []
  for (const { id, symptoms } of muscleFacts) {
    const symptom = symptoms.find(({ words: ws }) =>
      qWords.every((w) => ws.some((x) => x === w || (w.length > 3 && x.startsWith(w)))),
    )?.text
    if (symptom)
      hits.push({ muscle: id, reason: `Symptom: ${symptom.length > 90 ? `${symptom.slice(0, 88)}…` : symptom}` })
  }
  return hits
}

/**
 * Muscles matching a query, best first (at most `limit`): name matches, then muscles whose
 * zones cover the place named, then muscles whose symptoms use the query's words.
 */
export function searchMuscleHits(query: string, limit = 8): SearchHit[] {
  const q = query.trim()
  if (!q) return []
  const targets = regionsForQuery(q)
  const located = targets.length > 0 ? musclesForRegions(q, targets) : []
  const reasonOf = new Map(located.map((h) => [h.muscle, h.reason]))
  const named = byName
    .search(q, { limit })
    .filter((r) => (r.score ?? 1) < 0.3)
    .map((r): SearchHit => {
      const reason = reasonOf.get(r.item.id)
      return reason ? { muscle: r.item.id, reason } : { muscle: r.item.id }
    })
  const hits: SearchHit[] = []
  const seen = new Set<MuscleId>()
  for (const h of [...named, ...located, ...musclesBySymptom(q)]) {
    if (seen.has(h.muscle)) continue
    seen.add(h.muscle)
    hits.push(h)
  }
  if (hits.length === 0) return byName.search(q, { limit }).map((r) => ({ muscle: r.item.id }))
  return hits.slice(0, limit)
}

/** Just the muscle ids of `searchMuscleHits`. */
export function searchMuscles(query: string, limit = 8): MuscleId[] {
  return searchMuscleHits(query, limit).map((h) => h.muscle)
}

/** An explainer page that matches a query, with the line to show under its title. */
export interface ExplainerHit {
  explainer: ExplainerId
  /** The page's one-sentence summary. */
  reason: string
}

/** Each explainer's words: title, then summary and section headings, then paragraphs (weights 3, 2, 1). */
const explainerWords = (Object.keys(explainers) as ExplainerId[]).map((id) => {
  const e = explainers[id]
  return {
    id,
    title: new Set(words(e.title)),
    head: new Set(words(`${e.summary} ${e.sections.map((s) => s.heading).join(' ')}`)),
    body: new Set(words(e.sections.flatMap((s) => s.paragraphs).join(' '))),
  }
})

/** True when `w` is in the set, or starts a word of it (at least four letters typed: "fibro"). */
function has(set: ReadonlySet<string>, w: string): boolean {
  if (set.has(w)) return true
  if (w.length < 4) return false
  for (const x of set) if (x.startsWith(w)) return true
  return false
}

/**
 * Explainer pages matching a query, best first (at most `limit`): every word of the query must
 * be on the page; a word in the title counts 3, in the summary or a heading 2, in the text 1.
 */
export function searchExplainers(query: string, limit = 3): ExplainerHit[] {
  const qWords = words(query)
  if (qWords.length === 0) return []
  const scored: { explainer: ExplainerId; score: number }[] = []
  for (const e of explainerWords) {
    let score = 0
    for (const w of qWords) {
      const s = has(e.title, w) ? 3 : has(e.head, w) ? 2 : has(e.body, w) ? 1 : 0
      if (s === 0) {
        score = 0
        break
      }
      score += s
    }
    if (score > 0) scored.push({ explainer: e.id, score })
  }
  scored.sort((a, b) => b.score - a.score)
  return scored.slice(0, limit).map(({ explainer }) => ({ explainer, reason: explainers[explainer].summary }))
}
