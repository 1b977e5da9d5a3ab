/** The region vocabulary's own body-part groups, in head-to-toe order, for the keyboard region picker. */
import { regionIds, regions, type RegionId } from '../data/regions.ts'

/** A body-part group of the region vocabulary ("hand"), as it is named in `regions.ts`. */
export type RegionGroupId = (typeof regions)[RegionId]['group']

/** One group: its id, its name in words ("Upper back") and its regions in the vocabulary's order. */
export interface RegionGroup {
  id: RegionGroupId
  label: string
  regions: RegionId[]
}

/** "upper_back" → "Upper back". */
export function groupLabel(group: RegionGroupId): string {
  const words = group.replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Every group with its regions, in the order the vocabulary first names them (head to foot). */
export function regionGroups(): RegionGroup[] {
  const byGroup = new Map<RegionGroupId, RegionId[]>()
  for (const id of regionIds) {
    const group = regions[id].group
    const list = byGroup.get(group)
    if (list) list.push(id)
    else byGroup.set(group, [id])
  }
  return [...byGroup].map(([id, ids]) => ({ id, label: groupLabel(id), regions: ids }))
}
