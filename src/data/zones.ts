/**
 * Where a muscle's trigger points send pain, as regions on sides of the body: the one reading
 * of `essentialZone`, `spilloverZone` and `otherSide` that the map, the ranking, search and
 * the text atlas share. Pure.
 *
 * Referral stays on the side of the trigger point, except where the sources draw a pattern
 * across to the other side too (`TriggerPoint.otherSide`). Midline regions have no side.
 */
import { triggerPointsOf } from './muscle-parts.ts'
import type { MuscleId } from './muscles.ts'
import { isMidline, regionIds, type RegionId } from './regions.ts'
import type { TriggerPointCore } from './muscle-split.ts'
import type { Side } from './types.ts'

export type ZoneKind = 'essential' | 'spillover'

/** One region a trigger point refers to, on one side (absent for a midline region). */
export interface ZoneRegion {
  region: RegionId
  side?: Side
  zone: ZoneKind
}

/** The side opposite `side`. */
export function otherSideOf(side: Side): Side {
  return side === 'left' ? 'right' : 'left'
}

const regionOrder = new Map<RegionId, number>(regionIds.map((id, i) => [id, i]))
/** A region's place in `regionIds`; every RegionId has one, so a miss is a bug. */
function orderOf(region: RegionId): number {
  const i = regionOrder.get(region)
  if (i === undefined) throw new RangeError(`No body region ${region}`)
  return i
}
const sideOrder = (s: Side | undefined) => (s === undefined ? 0 : s === 'left' ? 1 : 2)

/**
 * The regions that trigger points on `side` refer to: their own zones on `side`, their
 * `otherSide` zones on the opposite side, midline regions without a side. Essential wins over
 * spillover on the same region and side. Sorted head to toe (region order), then no side,
 * left, right.
 */
export function triggerPointZones(trps: readonly TriggerPointCore[], side: Side): ZoneRegion[] {
  const found = new Map<string, ZoneRegion>()
  const add = (region: RegionId, s: Side, zone: ZoneKind) => {
    const onSide = isMidline(region) ? undefined : s
    const key = `${region}:${onSide ?? ''}`
    const seen = found.get(key)
    if (!seen) found.set(key, onSide ? { region, side: onSide, zone } : { region, zone })
    else if (zone === 'essential') seen.zone = 'essential'
  }
  const across = otherSideOf(side)
  for (const t of trps) {
    for (const r of t.essentialZone) add(r, side, 'essential')
    for (const r of t.spilloverZone) add(r, side, 'spillover')
    for (const r of t.otherSide?.essential ?? []) add(r, across, 'essential')
    for (const r of t.otherSide?.spillover ?? []) add(r, across, 'spillover')
  }
  return [...found.values()].sort(
    (a, b) => orderOf(a.region) - orderOf(b.region) || sideOrder(a.side) - sideOrder(b.side),
  )
}

/**
 * The regions a muscle on `side` refers to (all its trigger points, or those of one selected
 * part), as `triggerPointZones` reads them.
 */
export function muscleZones(muscle: MuscleId, side: Side, part?: string): ZoneRegion[] {
  return triggerPointZones(triggerPointsOf(muscle, part), side)
}

/** True when a zone entry applies to `side` (its own side, or a midline region). */
export function zoneOnSide(z: ZoneRegion, side: Side): boolean {
  return z.side === undefined || z.side === side
}
