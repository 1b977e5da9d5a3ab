import { useMemo } from 'react'
import { muscles } from '../data/muscles.ts'
import type { RankedMuscle } from '../lookup/rankMuscles.ts'
import { redFlagsForMarks } from '../lookup/redFlags.ts'
import { selectMuscle, useAppStore, type MuscleOnSide } from '../state/store.ts'
import { useSheetLayout } from './BottomSheet.tsx'
import { muscleOnSideName } from './labels.ts'
import { RedFlagNotice } from './RedFlagNotice.tsx'
import { shortReason } from './shortReason.ts'
import { SHORT_SCREEN_QUERY, useMedia } from './useMedia.ts'
import { useRanking, useStudyEvidence } from './useRanking.ts'

/** How many results a phone shows before the red-flag notice (they fit the half-open sheet). */
export const PHONE_TOP = 3

/**
 * The ten muscles most likely to refer the marked pain, each with its reason; choose one to see it.
 * Whenever the marks touch a place a dangerous condition can mimic, its red-flag notice sits with
 * them: above the list on wide screens; on a phone sheet right after the first three, so those
 * three fit the half-open sheet while the notice's title stays in the sheet's bar above them.
 * On a phone, upright or sideways, each result is compact (name and side, its reason on one line);
 * tapping it shows the whole reason and the muscle's details.
 */
export function LikelyMuscles() {
  const marks = useAppStore((s) => s.painMarks)
  const selected = useAppStore((s) => s.selected)
  const phone = useSheetLayout()
  // A phone held sideways is short of height too: its results are compact as well.
  const compact = useMedia(SHORT_SCREEN_QUERY) || phone
  const ranked = useRanking(marks, 10)
  const unavailable = useStudyEvidence() === 'unavailable'
  const flags = useMemo(() => redFlagsForMarks(marks), [marks])
  if (marks.length === 0)
    return (
      <p className="hint">
        Mark where it hurts on the body (or in the list below) to see which muscles may be referring that pain.
      </p>
    )
  const notice = <RedFlagNotice ids={flags} level={4} />
  // The study evidence's chunk is fetched after the first view; until it is in, a line, never a list that reorders.
  if (!ranked)
    return (
      <>
        {notice}
        <p className="hint">Finding the muscles most likely involved…</p>
      </>
    )
  if (ranked.length === 0)
    return (
      <>
        {notice}
        <p className="hint">No muscle in our atlas refers pain to the marked areas.</p>
      </>
    )
  const split = phone && flags.length > 0 && ranked.length > PHONE_TOP
  const partial = unavailable && (
    <p className="hint">
      The studies behind this list could not be loaded, so it follows the referral patterns alone. Reload the page to
      try again.
    </p>
  )
  if (!split) {
    return (
      <>
        {!phone && notice}
        <Results ranked={ranked} selected={selected} label="Most likely muscles" compact={compact} />
        {phone && notice}
        {partial}
      </>
    )
  }
  return (
    <>
      <Results ranked={ranked.slice(0, PHONE_TOP)} selected={selected} label="Most likely muscles" compact />
      {notice}
      <Results
        ranked={ranked.slice(PHONE_TOP)}
        selected={selected}
        label="More muscles that may be involved"
        start={PHONE_TOP + 1}
        compact
      />
      {partial}
    </>
  )
}

interface ResultsProps {
  ranked: readonly RankedMuscle[]
  selected: MuscleOnSide | null
  label: string
  start?: number
  /** Phone: the reason in one short line (the full sentence for screen readers), whole once chosen. */
  compact?: boolean
}

function Results({ ranked, selected, label, start, compact = false }: ResultsProps) {
  return (
    <ol className="likely" aria-label={label} start={start}>
      {ranked.map((r) => {
        const side = r.side ?? 'left'
        const name = r.side ? muscleOnSideName(r.muscle, r.side) : muscles[r.muscle].name
        const current = selected?.muscle === r.muscle && selected.side === side
        return (
          <li key={`${r.muscle}-${side}`}>
            <button
              type="button"
              aria-pressed={current}
              onClick={() => selectMuscle({ muscle: r.muscle, side }, { frame: true, navigation: 'push' })}
            >
              <span className="likely-name">{name}</span>
              {compact && !current ? (
                <span className="likely-reason">
                  <span className="likely-reason-short" aria-hidden="true">
                    {shortReason(r)}
                  </span>
                  <span className="visually-hidden">{r.reason}</span>
                </span>
              ) : (
                <span className="likely-reason">{r.reason}</span>
              )}
            </button>
          </li>
        )
      })}
    </ol>
  )
}
