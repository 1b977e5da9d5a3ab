import type { SourceRef } from '../data/types.ts'
import { useAppStore, type MuscleOnSide } from '../state/store.ts'
import { SourceList } from './SourceList.tsx'
import { useRanking } from './useRanking.ts'

/**
 * Under a muscle chosen from the ranked list: the clinical studies whose findings ranked it for
 * the marked places (the ranking's study term, whose reason counts them: "4 of 9 studies"), each
 * a citation to check. Nothing when no study of a marked place found it.
 */
export function RankStudies({ muscle, side }: MuscleOnSide) {
  const marks = useAppStore((s) => s.painMarks)
  const ranked = useRanking(marks)
  // Midline marks alone rank muscles without a side; the list then chooses the left one.
  const entry = ranked?.find((r) => r.muscle === muscle && (r.side ?? side) === side)
  const refs: SourceRef[] = []
  for (const count of entry?.studies ?? [])
    for (const ref of count.sources) if (!refs.some((r) => r.source === ref.source)) refs.push(ref)
  if (refs.length === 0) return null
  return (
    <details className="rank-studies">
      <summary>{refs.length === 1 ? 'The study' : `The ${refs.length} studies`} that found it where you marked</summary>
      <SourceList refs={refs} />
    </details>
  )
}
