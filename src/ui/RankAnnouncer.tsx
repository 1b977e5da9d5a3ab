import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { muscles } from '../data/muscles.ts'
import { rankMuscles, type StudyEvidence } from '../lookup/rankMuscles.ts'
import type { MarkedRegion } from '../state/store.ts'
import { useAppStore } from '../state/store.ts'
import { muscleOnSideName } from './labels.ts'
import { useStudyEvidence } from './useRanking.ts'

/**
 * How long the marks must rest before the ranking is announced. A brush stroke changes them many
 * times a second; a screen reader should hear the result once the stroke is done, not each step.
 */
export const ANNOUNCE_AFTER_MS = 1000

/** What a screen reader hears about the ranking for these marks, in one sentence. */
export function rankAnnouncement(marks: readonly MarkedRegion[], evidence?: StudyEvidence): string {
  if (marks.length === 0) return 'No areas marked.'
  const ranked = rankMuscles(marks, evidence ? { evidence } : {})
  const first = ranked[0]
  if (!first) return 'No muscle in our atlas refers pain to the marked areas.'
  const name = first.side ? muscleOnSideName(first.muscle, first.side) : muscles[first.muscle].name
  const count = ranked.length === 1 ? '1 muscle' : `${ranked.length} muscles`
  return `${count} may be involved in this pain; most likely: ${name}.`
}

/**
 * A polite live region that says how the ranked list changed ("12 muscles may be involved in this
 * pain; most likely: Left gluteus minimus."), once the marks have rested, and only when the
 * sentence differs from the last one. What is already on screen when it mounts is not announced.
 * It sits at the end of the page body (a portal), because the panel it belongs to may be a
 * bottom sheet closed to one line, whose hidden content a screen reader would never voice.
 */
export function RankAnnouncer() {
  const marks = useAppStore((s) => s.painMarks)
  // The list it speaks of ranks with the study evidence, and shows nothing until that is in (or
  // unavailable): so does this, speaking of the list as shown.
  const loaded = useStudyEvidence()
  const evidence = loaded === null || loaded === 'unavailable' ? undefined : loaded
  const ready = loaded !== null
  const [message, setMessage] = useState('')
  // The marks on arrival, whose sentence is what the page shows then: remembered, not said.
  const arrival = useRef<readonly MarkedRegion[]>(marks)
  // The marks of the last sentence remembered or said, and that sentence.
  const spoken = useRef<readonly MarkedRegion[] | null>(null)
  const said = useRef<string | null>(null)

  useEffect(() => {
    if (!ready) return
    if (spoken.current === null) {
      spoken.current = arrival.current
      said.current = rankAnnouncement(arrival.current, evidence)
    }
    if (marks === spoken.current) return
    const timer = window.setTimeout(() => {
      spoken.current = marks
      const next = rankAnnouncement(marks, evidence)
      if (next === said.current) return
      said.current = next
      setMessage(next)
    }, ANNOUNCE_AFTER_MS)
    return () => window.clearTimeout(timer)
  }, [marks, ready, evidence])

  return createPortal(
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>,
    document.body,
  )
}
