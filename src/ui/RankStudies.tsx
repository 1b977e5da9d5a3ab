import type { SourceRef } from '../data/types.ts'
import { useAppStore, type MuscleOnSide } from '../state/store.ts'
import { SourceList } from './SourceList.tsx'
import { useRanking } from './useRanking.ts'

/**
 * Under the chosen muscle in "Where does it hurt?": the clinical studies of people with pain at
 * the marked places that found trigger points in it (the ranking's study term, whose reason counts
 * them: "In 12 of 22 studies of people with pain in your temple…"), each a citation to check.
 * Nothing when no study of a marked place found it.
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
