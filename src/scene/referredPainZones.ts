/**
 * Which skin regions a selected muscle paints, as one byte per region-and-side label: the
 * content of the zone texture that the referred-pain shader reads. Pure, so it is tested
 * without WebGL.
 */
import type { MuscleId } from '../data/muscles.ts'
import { isMidline, regionIds, type RegionId } from '../data/regions.ts'
import type { Side } from '../data/types.ts'
import { muscleZones } from '../data/zones.ts'
import { raiseAt } from './meshArrays.ts'

/** Zone states stored in the texture's red channel. */
export const zoneState = { none: 0, spillover: 128, essential: 255 } as const

/** Number of labels: each region on the left (even) and the right (odd). */
export const labelCount = regionIds.length * 2

const regionIndex = new Map<RegionId, number>(regionIds.map((id, i) => [id, i]))

/** The skin label of a region on a side (matches the generator's `_REGION` attribute). */
export function regionLabel(region: RegionId, side: Side): number {
  const index = regionIndex.get(region)
  if (index === undefined) throw new RangeError(`No body region ${region}`)
  return index * 2 + (side === 'left' ? 0 : 1)
}

/**
 * Zone state per label for one muscle on one side (or one part of it): essential wins over
 * spillover where two trigger points disagree. Referral is ipsilateral except for the regions
 * the sources draw on the other side too (`otherSide`), painted there; midline regions are
 * painted on both halves.
 */
export function referredPainLabels(muscle: MuscleId, side: Side, part?: string): Uint8Array {
  const states = new Uint8Array(labelCount)
  for (const z of muscleZones(muscle, side, part)) {
    const value = z.zone === 'essential' ? zoneState.essential : zoneState.spillover
    const sides: readonly Side[] = z.side ? [z.side] : ['left', 'right']
    for (const s of sides) {
      const label = regionLabel(z.region, s)
      raiseAt(states, label, value)
    }
  }
  return states
}

/** One byte per label: 255 where the person marked pain (midline regions on both halves). */
export function painMarkLabels(marks: readonly { region: RegionId; side: Side }[]): Uint8Array {
  const states = new Uint8Array(labelCount)
  for (const m of marks) {
    states[regionLabel(m.region, m.side)] = 255
    if (isMidline(m.region)) states[regionLabel(m.region, m.side === 'left' ? 'right' : 'left')] = 255
  }
  return states
}

/**
 * Heat per label for "where it hurt most": the share of drawings that marked each area, as
 * 1-255 (0 where none did), midline areas (side null) on both halves.
 */
export function painHeatLabels(
  drawings: number,
  areas: readonly { region: RegionId; side: Side | null; count: number }[],
): Uint8Array {
  const heat = new Uint8Array(labelCount)
  if (drawings <= 0) return heat
  for (const a of areas) {
    if (a.count <= 0) continue
    const value = Math.max(1, Math.min(255, Math.round((255 * a.count) / drawings)))
    const sides: readonly Side[] = a.side ? [a.side] : ['left', 'right']
    for (const s of sides) {
      const label = regionLabel(a.region, s)
      raiseAt(heat, label, value)
    }
  }
  return heat
}
