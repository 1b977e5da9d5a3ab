/**
 * "Where does it hurt": from the places a person marked as painful to the muscles most likely
 * to be referring that pain, best first, each with its reason in plain words.
 *
 * How a muscle is scored (one score per muscle, or per muscle and side):
 *
 *   score = sum over marks of (weight x cover) / sum over marks of weight
 *           + 0.015 x focus  +  0.004 x prior
 *
 *   cover  = 1    if the marked region is in the muscle's essential zone (any of its trigger
 *                 points: where nearly everyone with that trigger point feels pain),
 *            0.4  if it is only in a spillover zone (where some people feel it),
 *            0    otherwise, and 0 for a mark on the other side of the body unless the
 *                 sources draw the pattern across to that side too (`otherSide`).
 *   weight = the mark's `weight` (default 1); marks with a weight of 0 or less are ignored.
 *
 * So the first term is the share of the marked area the muscle explains, between 0 and 1.
 * It rewards breadth: a muscle whose spillover zone reaches 3 of 4 marks (1.2 / 4) beats one
 * whose essential zone reaches only 1 of them (1 / 4), while an essential match still counts
 * more than two spillover ones (1 > 0.8).
 *
 * Focus is the share of the muscle's own referral pattern (its essential and spillover regions)
 * that the marks fall in. Of two muscles that explain the marks equally, the one whose pattern
 * is concentrated there is the likelier source: a muscle that refers to the whole arm explains
 * an elbow-and-forearm drawing less specifically than one that refers only there.
 *
 * The prior is a small nudge toward commonly involved muscles, derived transparently from the
 * data: the number of other muscles whose data lists this one among the muscles that often
 * develop trigger points together with them (`associatedMuscles`, taken from Travell & Simons
 * and the studies each muscle cites), divided by the largest such number. It is a proxy for
 * how often a muscle takes part in regional pain, and it reflects which muscles the atlas
 * holds. With unit weights every share is a multiple of 0.2 / (number of marks), so for fewer
 * than 10 marks focus and prior together (at most 0.019) only order muscles that explain the
 * marks equally.
 * A muscle that explains none of the marks scores 0 and is left out.
 *
 * Sides: referred pain stays on the side of the trigger point, except where the sources draw
 * it across to the other side too (`otherSide`, gathered by `muscleZones` in
 * src/data/zones.ts: the rectus abdominis' band across the back). When any mark on a sided
 * region carries a side, each muscle is scored once per side and a mark counts only for
 * muscles on its own side (or referring across to it); marks on midline regions (sacrum, sternum, ...) and marks without a side count for
 * both. When no mark on a sided region carries a side, muscles are ranked without a side.
 * Two marks on the same region and side count once, with the larger weight.
 *
 * Ties are broken by muscle order (head to toe, as in `muscleIds`), then left before right,
 * and marks are summed in region order, so the result does not depend on the order of marks.
 */
import { isMuscleId, muscleIds, muscles, type MuscleId } from '../data/muscles.ts'
import { isMidline, regionIds, type RegionId } from '../data/regions.ts'
import type { Side } from '../data/types.ts'
import { muscleZones } from '../data/zones.ts'

/** A place marked as painful: a body region, on one side unless the region is on the midline. */
export interface PainMark {
  region: RegionId
  /** The body's own left or right; ignored on midline regions. */
  side?: Side
  /** How much this mark counts (default 1), e.g. for how strongly it hurts. */
  weight?: number
}

/** A muscle that may be referring the marked pain, with why. */
export interface RankedMuscle {
  muscle: MuscleId
  /** Which side's muscle; absent when the marks carry no side. */
  side?: Side
  /** Share of the marked area explained (0 to 1), plus the small focus and prior terms (together at most 0.019). */
  score: number
  /** Marked regions inside this muscle's essential zone, in head-to-toe order. */
  essential: RegionId[]
  /** Marked regions inside its spillover zone only, in head-to-toe order. */
  spillover: RegionId[]
  /** The same in plain words, e.g. "Its essential zone covers 3 of your 4 marked areas." */
  reason: string
}

/** Options of `rankMuscles`. */
export interface RankOptions {
  /** Return at most this many muscles (default: all that explain any mark). */
  limit?: number
}

/** What a spillover-only match counts, against 1 for an essential one. */
export const SPILLOVER_COVER = 0.4
/** The largest possible prior, added to the share explained. */
export const PRIOR_WEIGHT = 0.004
/** The largest possible focus term (all of the muscle's pattern marked). */
export const FOCUS_WEIGHT = 0.015

const NONE = 0
const SPILLOVER = 1
const ESSENTIAL = 2
const LEFT = 1
const RIGHT = 2
const BOTH = LEFT | RIGHT

const regionCount = regionIds.length
const regionIndex = new Map<RegionId, number>(regionIds.map((id, i) => [id, i]))
const midline = regionIds.map((id) => isMidline(id))

/**
 * zone[m * regionCount + r]: how muscle m's referral zone covers region r on its own side
 * (NONE, SPILLOVER, ESSENTIAL); across[...]: on the opposite side, where the sources draw the
 * pattern across to the other side (`otherSide`, read through `muscleZones`).
 */
const zone = new Uint8Array(muscleIds.length * regionCount)
const across = new Uint8Array(muscleIds.length * regionCount)
muscleIds.forEach((id, m) => {
  for (const z of muscleZones(id, 'left')) {
    const target = z.side === 'right' ? across : zone
    target[m * regionCount + regionIndex.get(z.region)!] = z.zone === 'essential' ? ESSENTIAL : SPILLOVER
  }
})

/** How muscle m on `side` covers a resolved mark: its own side's zone, or the other side's. */
function coverOf(m: number, r: Resolved, side: number): number {
  const i = m * regionCount + r.region
  const own = (r.sides & side) !== 0 ? zone[i]! : NONE
  const opposite = side === BOTH ? BOTH : BOTH ^ side
  return Math.max(own, (r.sides & opposite) !== 0 ? across[i]! : NONE)
}

/** Number of region-and-side places in each muscle's referral pattern (essential or spillover). */
const zoneSize = Uint16Array.from(muscleIds, (_, m) => {
  let n = 0
  for (let r = 0; r < regionCount; r++) {
    if (zone[m * regionCount + r] !== NONE) n++
    if (across[m * regionCount + r] !== NONE) n++
  }
  return n
})

/** How many other muscles name each muscle among those that often develop trigger points with it. */
const namedBy = new Map<MuscleId, number>()
for (const id of muscleIds) {
  for (const other of new Set(muscles[id].associatedMuscles)) {
    if (other !== id && isMuscleId(other)) namedBy.set(other, (namedBy.get(other) ?? 0) + 1)
  }
}
const mostNamed = Math.max(1, ...namedBy.values())

/** The prior of each muscle, between 0 and 1 (see the top of the file). */
export const musclePrior: Readonly<Record<MuscleId, number>> = Object.fromEntries(
  muscleIds.map((id) => [id, (namedBy.get(id) ?? 0) / mostNamed]),
) as Record<MuscleId, number>
const prior = Float64Array.from(muscleIds, (id) => PRIOR_WEIGHT * musclePrior[id])

/** A mark resolved to a region index and the sides it counts for. */
interface Resolved {
  region: number
  sides: number
  weight: number
}

/** Valid marks, one per region and side (largest weight kept), in region then side order. */
function resolve(marks: ReadonlyArray<PainMark>, sided: boolean): Resolved[] {
  const byKey = new Map<number, Resolved>()
  const add = (region: number, sides: number, weight: number) => {
    const key = region * 4 + sides
    const seen = byKey.get(key)
    if (!seen) byKey.set(key, { region, sides, weight })
    else if (weight > seen.weight) seen.weight = weight
  }
  for (const mark of marks) {
    const region = regionIndex.get(mark.region)
    const weight = mark.weight ?? 1
    if (region === undefined || !(weight > 0) || !Number.isFinite(weight)) continue
    if (!sided || midline[region]) add(region, BOTH, weight)
    else if (mark.side === 'left') add(region, LEFT, weight)
    else if (mark.side === 'right') add(region, RIGHT, weight)
    else {
      // A mark without a side, among marks with sides, stands for both sides of that region.
      add(region, LEFT, weight)
      add(region, RIGHT, weight)
    }
  }
  return [...byKey.values()].sort((a, b) => a.region - b.region || a.sides - b.sides)
}

/** "3 of your 4 marked areas", "all 3 of your marked areas", "your marked area". */
function share(count: number, total: number): string {
  if (total === 1) return 'your marked area'
  if (count === total) return total === 2 ? 'both of your marked areas' : `all ${total} of your marked areas`
  return `${count} of your ${total} marked areas`
}

/** The reason for a ranking, in plain words. */
function reasonFor(essential: number, spillover: number, total: number): string {
  if (essential === 0) return `Its spillover zone covers ${share(spillover, total)}.`
  const first = `Its essential zone covers ${share(essential, total)}`
  return spillover === 0 ? `${first}.` : `${first}; its spillover zone covers ${spillover} more.`
}

/**
 * Ranks the muscles whose referred-pain zones best explain the marked places, best first.
 * Pure and deterministic; see the top of this file for the scoring. Returns every muscle that
 * explains at least one mark (or the first `options.limit`), and [] for no valid marks.
 */
export function rankMuscles(marks: ReadonlyArray<PainMark>, options: RankOptions = {}): RankedMuscle[] {
  const sided = marks.some((m) => m.side !== undefined && regionIndex.has(m.region) && !isMidline(m.region))
  const resolved = resolve(marks, sided)
  if (resolved.length === 0) return []
  let total = 0
  for (const r of resolved) total += r.weight

  const ranked: { item: RankedMuscle; order: number }[] = []
  const sides = sided ? [LEFT, RIGHT] : [BOTH]
  for (let m = 0; m < muscleIds.length; m++) {
    for (const side of sides) {
      let explained = 0
      let essential = 0
      let spillover = 0
      for (const r of resolved) {
        const cover = coverOf(m, r, side)
        if (cover === ESSENTIAL) {
          explained += r.weight
          essential++
        } else if (cover === SPILLOVER) {
          explained += SPILLOVER_COVER * r.weight
          spillover++
        }
      }
      if (essential + spillover === 0) continue
      const item: RankedMuscle = {
        muscle: muscleIds[m]!,
        score: explained / total + (FOCUS_WEIGHT * (essential + spillover)) / Math.max(1, zoneSize[m]!) + prior[m]!,
        essential: [],
        spillover: [],
        reason: reasonFor(essential, spillover, resolved.length),
      }
      if (sided) item.side = side === LEFT ? 'left' : 'right'
      for (const r of resolved) {
        const cover = coverOf(m, r, side)
        if (cover === ESSENTIAL) item.essential.push(regionIds[r.region]!)
        else if (cover === SPILLOVER) item.spillover.push(regionIds[r.region]!)
      }
      ranked.push({ item, order: m * 2 + (side === RIGHT ? 1 : 0) })
    }
  }
  ranked.sort((a, b) => b.item.score - a.item.score || a.order - b.order)
  const limit = options.limit ?? ranked.length
  return ranked.slice(0, Math.max(0, limit)).map((r) => r.item)
}

