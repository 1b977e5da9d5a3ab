/**
 * "Where it hurt most": over the drawings saved in a chosen date range, how many marked each
 * area, and the pain extent (the share of the body's areas that were marked). Pure.
 *
 * An area is a region on one side, and a midline region (the breastbone) is one area whatever
 * half was marked. The extent counts areas, not skin: every area weighs the same, so it is a
 * rough share of the body, not a measured one.
 */
import { isMidline, regionIds, type RegionId } from '../data/regions.ts'
import type { Side } from '../data/types.ts'
import type { PainRecord } from './schema.ts'

export interface AreaCount {
  region: RegionId
  /** null for a midline region. */
  side: Side | null
  /** How many drawings in the range marked it. */
  count: number
}

export interface Composite {
  /** Drawings in the range. */
  drawings: number
  /** Areas marked at least once, most often first (ties in the regions' body order). */
  areas: AreaCount[]
  /** Areas marked at least once over all areas of the body, 0 to 1. */
  extent: number
  /** Each drawing's own extent, oldest first, to show the trend. */
  extents: { id: string; date: string; extent: number }[]
}

/** How many areas the body has: every region on both sides, midline regions once. */
export const bodyAreaCount = regionIds.reduce((n, id) => n + (isMidline(id) ? 1 : 2), 0)

const areaKey = (region: RegionId, side: Side) => (isMidline(region) ? region : `${region}:${side}`)

/** The distinct areas of one drawing. */
function areasOf(record: PainRecord): Map<string, { region: RegionId; side: Side | null }> {
  const out = new Map<string, { region: RegionId; side: Side | null }>()
  for (const m of record.marks)
    out.set(areaKey(m.region, m.side), { region: m.region, side: isMidline(m.region) ? null : m.side })
  return out
}

/**
 * The composite over drawings dated from `from` to `to`, both days included (YYYY-MM-DD, the
 * date part of each record's ISO date; either may be omitted for an open end).
 */
export function compositeOf(records: readonly PainRecord[], range: { from?: string; to?: string } = {}): Composite {
  const inRange = records
    .filter((r) => (!range.from || r.date.slice(0, 10) >= range.from) && (!range.to || r.date.slice(0, 10) <= range.to))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const counts = new Map<string, AreaCount>()
  for (const r of inRange)
    for (const [k, a] of areasOf(r)) {
      const c = counts.get(k)
      if (c) c.count++
      else counts.set(k, { ...a, count: 1 })
    }
  const order = (a: AreaCount) => regionIds.indexOf(a.region) * 2 + (a.side === 'right' ? 1 : 0)
  const areas = [...counts.values()].sort((a, b) => b.count - a.count || order(a) - order(b))
  return {
    drawings: inRange.length,
    areas,
    extent: counts.size / bodyAreaCount,
    extents: inRange.map((r) => ({ id: r.id, date: r.date, extent: areasOf(r).size / bodyAreaCount })),
  }
}
