import { useMemo } from 'react'
import { rankMuscles, type PainMark, type RankedMuscle, type StudyEvidence } from '../lookup/rankMuscles.ts'
import { studyEvidenceModule } from './studyEvidence.ts'

/**
 * The study evidence as the app ranks with it: the evidence once its chunk is in, 'unavailable'
 * when it could not be fetched (the zones alone rank then), null while it loads.
 */
export function useStudyEvidence(): StudyEvidence | 'unavailable' | null {
  return studyEvidenceModule.useModule().value
}

/**
 * The muscles ranked for the marks as the app shows them: with the study evidence once its chunk
 * is in, and null until then, so a list is never shown in one order and then reshuffled. Should
 * the chunk be unavailable, the zones alone rank them (the list still works; the studies are
 * missing from the reasons, and the list says so). Ranked when the marks change, never per frame.
 */
export function useRanking(marks: readonly PainMark[], limit?: number): RankedMuscle[] | null {
  const evidence = useStudyEvidence()
  return useMemo(() => {
    if (evidence === null) return null
    const options = limit === undefined ? {} : { limit }
    return rankMuscles(marks, evidence === 'unavailable' ? options : { ...options, evidence })
  }, [marks, limit, evidence])
}
