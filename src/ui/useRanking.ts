import { useMemo } from 'react'
import { rankMuscles, type PainMark, type RankedMuscle } from '../lookup/rankMuscles.ts'
import { studyEvidenceModule } from './studyEvidence.ts'

/**
 * The muscles ranked for the marks as the app shows them: with the study evidence once its chunk
 * is in, and null until then, so a list is never shown in one order and then reshuffled. Should
 * the chunk fail to load, the zones alone rank them (the list still works; the studies are
 * missing from the reasons). Ranked when the marks change (a stroke), never per frame.
 */
export function useRanking(marks: readonly PainMark[], limit?: number): RankedMuscle[] | null {
  const { value: evidence, failed } = studyEvidenceModule.useModule()
  return useMemo(() => {
    if (evidence) return rankMuscles(marks, limit === undefined ? { evidence } : { limit, evidence })
    return failed ? rankMuscles(marks, limit === undefined ? {} : { limit }) : null
  }, [marks, limit, evidence, failed])
}
