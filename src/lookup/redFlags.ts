/**
 * Which red-flag notices apply: to the places a person marked, to a search query, or to a
 * muscle (its referral zones, all trigger points). Pure; the notices and their triggers are the
 * table in `src/data/red-flags.ts`. Every answer is deduplicated and ordered most urgent first
 * (emergency, then same day, then prompt), then in table order.
 *
 * Sides: a trigger with a side (the left arm for the heart) fires only for a mark on that side,
 * or a mark without a side; a trigger without a side fires for either side. A search query has
 * no side, so it raises a sided trigger only through the notice's own words ("left arm").
 */
import type { MuscleId } from '../data/muscles.ts'
import { redFlagIds, redFlags, redFlagUrgencies, type RedFlagId } from '../data/red-flags.ts'
import type { RegionId } from '../data/regions.ts'
import type { Side } from '../data/types.ts'
import { muscleZones } from '../data/zones.ts'
import { regionsForQuery } from './searchMuscles.ts'

/** A place: a region, on one side unless it has none (a search, or a midline region). */
export interface RedFlagPlace {
  region: RegionId
  side?: Side
}

/** Ids most urgent first, then in table order. */
function ordered(ids: ReadonlySet<RedFlagId>): RedFlagId[] {
  const rank = (id: RedFlagId) => redFlagUrgencies.indexOf(redFlags[id].urgency) * 1000 + redFlagIds.indexOf(id)
  return [...ids].sort((a, b) => rank(a) - rank(b))
}

/** True when a notice's region triggers include this place. */
function placeRaises(id: RedFlagId, place: RedFlagPlace): boolean {
  return redFlags[id].triggers.regions.some(
    (t) => t.region === place.region && (t.side === undefined || place.side === undefined || t.side === place.side),
  )
}

/** The notices raised by marked places ("Where does it hurt?"). */
export function redFlagsForMarks(marks: readonly RedFlagPlace[]): RedFlagId[] {
  return ordered(new Set(redFlagIds.filter((id) => marks.some((m) => placeRaises(id, m)))))
}

/** Lower-case words, apostrophes dropped, a plural "s" dropped, joined with single spaces and padded. */
function phrase(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
  return ` ${words.join(' ')} `
}

/**
 * The notices raised by a search query: one of a notice's words or phrases said in the query
 * ("chest pain", "stomach ache", "my son's knee"), or a region the query names that the notice
 * lists without a side ("back of the knee").
 */
export function redFlagsForQuery(query: string): RedFlagId[] {
  const q = phrase(query)
  if (!q.trim()) return []
  const found = new Set<RedFlagId>()
  for (const id of redFlagIds) {
    if (redFlags[id].triggers.terms.some((t) => q.includes(phrase(t)))) found.add(id)
  }
  const named = regionsForQuery(query)
  for (const id of redFlagIds) {
    if (redFlags[id].triggers.regions.some((t) => t.side === undefined && named.includes(t.region))) found.add(id)
  }
  return ordered(found)
}

/**
 * The notices for a muscle whose referral pattern mimics them: its essential and spillover
 * zones over all its trigger points, on `side` (or either side when omitted), against the
 * notices shown for muscles.
 */
export function redFlagsForMuscle(muscle: MuscleId, side?: Side): RedFlagId[] {
  // Every region the muscle refers to, on the side it reaches (patterns drawn across to the
  // other side count there too, see `muscleZones`).
  const places: RedFlagPlace[] = side
    ? muscleZones(muscle, side).map(({ region, side: s }) => (s ? { region, side: s } : { region }))
    : [...new Set<RegionId>(muscleZones(muscle, 'left').map((z) => z.region))].map((region) => ({ region }))
  return redFlagsForMarks(places).filter((id) => redFlags[id].triggers.muscles)
}

/**
 * The notices for several muscles shown on the body at once (a patient list compared), each on
 * its side: every notice any of them raises, once, most urgent first.
 */
export function redFlagsForMuscles(targets: readonly { muscle: MuscleId; side: Side }[]): RedFlagId[] {
  return ordered(new Set(targets.flatMap((t) => redFlagsForMuscle(t.muscle, t.side))))
}
