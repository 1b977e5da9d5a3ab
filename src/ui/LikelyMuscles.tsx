import { useMemo } from 'react'
import { muscles } from '../data/muscles.ts'
import { rankMuscles } from '../lookup/rankMuscles.ts'
import { redFlagsForMarks } from '../lookup/redFlags.ts'
import { selectMuscle, useAppStore } from '../state/store.ts'
import { muscleOnSideName } from './labels.ts'
import { RedFlagNotice } from './RedFlagNotice.tsx'

/**
 * The ten muscles most likely to refer the marked pain, each with its reason; choose one to see it.
 * Above them, whenever the marks touch a place a dangerous condition can mimic, its red-flag notice.
 */
export function LikelyMuscles() {
  const marks = useAppStore((s) => s.painMarks)
  const selected = useAppStore((s) => s.selected)
  // Ranked when the marks change (a stroke), never per frame.
  const ranked = useMemo(() => rankMuscles(marks, { limit: 10 }), [marks])
  const flags = useMemo(() => redFlagsForMarks(marks), [marks])
  if (marks.length === 0) return <p className="hint">Mark where it hurts on the body (or in the list below) to see which muscles may be referring that pain.</p>
  const notice = <RedFlagNotice ids={flags} level={4} />
  if (ranked.length === 0) return <>{notice}<p className="hint">No muscle in our atlas refers pain to the marked areas.</p></>
  return (
    <>
    {notice}
    <ol className="likely" aria-label="Most likely muscles">
      {ranked.map((r) => {
        const side = r.side ?? 'left'
        const name = r.side ? muscleOnSideName(r.muscle, r.side) : muscles[r.muscle].name
        const current = selected?.muscle === r.muscle && selected.side === side
        return (
          <li key={`${r.muscle}-${side}`}>
            <button type="button" aria-pressed={current} onClick={() => selectMuscle({ muscle: r.muscle, side }, { frame: true, navigation: 'push' })}>
              <span className="likely-name">{name}</span>
              <span className="likely-reason">{r.reason}</span>
            </button>
          </li>
        )
      })}
    </ol>
    </>
  )
}
