import { regions, type RegionId } from '../data/regions.ts'
import type { RankedMuscle, StudyCount } from '../lookup/rankMuscles.ts'

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
  // Where the zones say only that much or less, the studies may be the stronger reason: the
  // marked place where the largest share of its studies found it.
  const best = r.studies.reduce<StudyCount | null>(
    (a, s) => (a === null || s.found / s.of > a.found / a.of ? s : a),
    null,
  )
  const weak = [...new Set([...r.nearby, ...r.nearSpillover, ...r.local])]
  if (best && r.essential.length + r.spillover.length === 0)
    parts.push(
      weak.length === 1 && weak[0] === best.region
        ? `found there in ${best.found} of ${best.of} studies`
        : `${parts.length > 0 ? 'found' : 'Found'} in ${best.found} of ${best.of} studies of pain in ${lower(best.region)}`,
    )
  return parts.join('; ')
}
