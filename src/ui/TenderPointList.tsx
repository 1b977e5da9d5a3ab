import { muscles } from '../data/muscles.ts'
import { tenderPointIds, tenderPoints } from '../data/tender-points.ts'
import type { SourceRef } from '../data/types.ts'
import { useAppStore } from '../state/store.ts'
import { ExplainerLink } from './ExplainerLink.tsx'
import { SourceList } from './SourceList.tsx'

/** Every source the pairs cite, once each. */
const refs: SourceRef[] = [
  ...new Map(
    tenderPointIds.flatMap((id) => tenderPoints[id].sources).map((r) => [`${r.source} ${r.locator ?? ''}`, r]),
  ).values(),
]

/**
 * The nine pairs of tender points of the 1990 fibromyalgia criteria, shown while their rings
 * are on the body: where each is (plain or clinical words, as the person chose) and the muscles
 * under or near it, with the page that explains why a tender point is not a trigger point.
 * Without WebGL (`withRings` false) the same list stands on its own in the text view.
 */
export function TenderPointList({ withRings = true }: { withRings?: boolean }) {
  const clinician = useAppStore((s) => s.audience === 'clinician')
  return (
    <section className="tender-points" aria-labelledby="tender-points-title">
      <h2 id="tender-points-title">Tender points</h2>
      <p>
        {withRings ? 'The rings mark the' : 'These are the'} 18 tender points, 9 on each side, that the 1990
        fibromyalgia criteria counted. A tender point only has to hurt when pressed firmly; it is not a trigger point,
        and today&apos;s criteria count painful areas instead.
      </p>
      <p>
        <ExplainerLink id="trigger_vs_tender_points" />
      </p>
      <ol className="tender-point-list">
        {tenderPointIds.map((id) => {
          const tp = tenderPoints[id]
          return (
            <li key={id}>
              <h3>{tp.name}</h3>
              <p>{clinician ? tp.clinicalLocation : tp.location}</p>
              <p className="muscles-near">
                <span className="label">Muscles near it:</span> {tp.nearMuscles.map((m) => muscles[m].name).join(', ')}
              </p>
            </li>
          )
        })}
      </ol>
      <h3>Sources</h3>
      <SourceList refs={refs} />
    </section>
  )
}
