/**
 * "Where it hurt most": over the drawings saved in a chosen date range, how many marked each
 * area, and the pain extent: the share of the body's skin marked at least once. Pure.
 *
 * An area is a region on one side, and a midline region (the breastbone) is one area whatever
 * half was marked. The extent weighs each area by its skin, measured on the body's mesh (see
 * src/scene/skinAreas.ts), so the whole back counts for more than a heel; without the measure
 * (the body not loaded yet, or no WebGL) the extent is null and only the areas are counted.
 */
import { isMidline, regionIds, type RegionId } from '../data/regions.ts'
import type { Side } from '../data/types.ts'
import type { PainRecord, RecordMark } from './schema.ts'

/** The body's skin area, region by region (the shape of src/state/skinSurface.ts). */
export interface SurfaceAreas {
  total: number
  regions: Readonly<Record<RegionId, { left: number; right: number }>>
}

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
  /** Share of the body's skin marked at least once, 0 to 1; null without the skin's measure. */
  surface: number | null
  /** Each drawing's own share of the skin, oldest first, to show the trend. */
  extents: { id: string; date: string; surface: number | null }[]
}

const areaKey = (region: RegionId, side: Side) => (isMidline(region) ? region : `${region}:${side}`)

type Area = { region: RegionId; side: Side | null }

/** The distinct areas of some marks. */
function areasOf(marks: readonly Pick<RecordMark, 'region' | 'side'>[]): Map<string, Area> {
  const out = new Map<string, Area>()
  for (const m of marks)
    out.set(areaKey(m.region, m.side), { region: m.region, side: isMidline(m.region) ? null : m.side })
  return out
}

/** The skin of distinct areas over the whole skin (a midline area is both its halves). */
function shareOf(areas: Iterable<Area>, surface: SurfaceAreas | null): number | null {
  if (!surface || !(surface.total > 0)) return null
  let skin = 0
  for (const a of areas) {
    const r = surface.regions[a.region]
    skin += a.side === null ? r.left + r.right : r[a.side]
  }
  return Math.min(1, skin / surface.total)
}

/** The share of the body's skin that some marks cover, 0 to 1; null without the skin's measure. */
export function surfaceShare(
  marks: readonly Pick<RecordMark, 'region' | 'side'>[],
  surface: SurfaceAreas | null,
): number | null {
  return shareOf(areasOf(marks).values(), surface)
}

/**
 * The composite over drawings dated from `from` to `to`, both days included (YYYY-MM-DD, the
 * date part of each record's ISO date; either may be omitted for an open end).
 */
export function compositeOf(
  records: readonly PainRecord[],
  range: { from?: string; to?: string } = {},
  surface: SurfaceAreas | null = null,
): Composite {
  const inRange = records
    .filter((r) => (!range.from || r.date.slice(0, 10) >= range.from) && (!range.to || r.date.slice(0, 10) <= range.to))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const counts = new Map<string, AreaCount>()
  for (const r of inRange)
    for (const [k, a] of areasOf(r.marks)) {
      const c = counts.get(k)
      if (c) c.count++
      else counts.set(k, { ...a, count: 1 })
    }
  const order = (a: AreaCount) => regionIds.indexOf(a.region) * 2 + (a.side === 'right' ? 1 : 0)
  const areas = [...counts.values()].sort((a, b) => b.count - a.count || order(a) - order(b))
  return {
    drawings: inRange.length,
    areas,
    surface: shareOf(areas, surface),
    extents: inRange.map((r) => ({ id: r.id, date: r.date, surface: surfaceShare(r.marks, surface) })),
  }
}

/** A share as the person reads it: "about 12 %", "under 1 %" for a small mark. */
export function aboutPercent(share: number): string {
  if (share === 0) return '0 %'
  if (share < 0.005) return 'under 1 %'
  return `about ${Math.round(share * 100)} %`
}

/** Areas as places for the red-flag lookup (`redFlagsForMarks`): a midline area has no side. */
export function placesOf(areas: readonly Pick<AreaCount, 'region' | 'side'>[]): { region: RegionId; side?: Side }[] {
  return areas.map(({ region, side }) => (side ? { region, side } : { region }))
}
