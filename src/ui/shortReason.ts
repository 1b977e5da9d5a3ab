import { regions, type RegionId } from '../data/regions.ts'
import type { RankedMuscle } from '../lookup/rankMuscles.ts'

const lower = (id: RegionId): string => regions[id].label.charAt(0).toLowerCase() + regions[id].label.slice(1)
const list = (ids: readonly RegionId[]): string => [...new Set(ids)].map(lower).join(', ')

/**
 * A ranked muscle's reason cut to what fits one line on a phone, the marked places first:
 * "Covers outer elbow; may reach back of the forearm". The full sentence (`reason`) is kept for
 * screen readers and shown when the result is chosen.
 */
export function shortReason(
  r: Pick<RankedMuscle, 'essential' | 'spillover' | 'nearby' | 'nearSpillover' | 'local' | 'studies'>,
): string {
  const parts: string[] = []
  if (r.essential.length > 0) parts.push(`Covers ${list(r.essential)}`)
  if (r.spillover.length > 0) parts.push(`${parts.length > 0 ? 'may' : 'May'} reach ${list(r.spillover)}`)
  if (parts.length === 0 && r.nearby.length > 0) parts.push(`Next to ${list(r.nearby)}`)
  if (parts.length === 0 && r.nearSpillover.length > 0) parts.push(`May spread close to ${list(r.nearSpillover)}`)
  // A muscle ranked only for a trigger point of its own under a mark (the local-pain term).
  if (parts.length === 0 && r.local.length > 0) parts.push(`Its trigger point lies under ${list(r.local)}`)
  // A muscle ranked only because studies of people with pain there found trigger points in it.
  if (parts.length === 0 && r.studies.length > 0)
    parts.push(`Found in studies of pain in ${list(r.studies.map((s) => s.region))}`)
  return parts.join('; ')
}
