import { useMemo } from 'react'
import { muscles } from '../data/muscles.ts'
import { redFlagsForMarks, redFlagsForMuscle, redFlagsForMuscles } from '../lookup/redFlags.ts'
import { clearSelection, useAppStore, useComparedMuscles } from '../state/store.ts'
import { BottomSheet, useSheetLayout } from './BottomSheet.tsx'
import { FibromyalgiaCheckEntry } from './FibromyalgiaCheckEntry.tsx'
import { muscleOnSideName } from './labels.ts'
import { CompareTop } from './CompareTop.tsx'
import { LikelyMuscles } from './LikelyMuscles.tsx'
import { PatientList } from './PatientList.tsx'
import { MuscleDetails } from './MuscleDetails.tsx'
import { PainLegend } from './PainLegend.tsx'
import { PainRecordEntry } from './PainRecordEntry.tsx'
import { useRedFlagsOfHeatOnBody } from './PainRecordOnBody.tsx'
import { PainTools } from './PainTools.tsx'
import { RedFlagNotice, RedFlagPeek } from './RedFlagNotice.tsx'
import { RankAnnouncer } from './RankAnnouncer.tsx'
import { RankStudies } from './RankStudies.tsx'
import { RegionPicker } from './RegionPicker.tsx'
import { SHORT_SCREEN_QUERY, useMedia } from './useMedia.ts'
import { useRanking } from './useRanking.ts'

/** "Where does it hurt?": tools, the ranked muscles, the region list, and a chosen muscle's details. */
export function WhereItHurtsPanel({ withTools = true }: { withTools?: boolean }) {
  const selected = useAppStore((s) => s.selected)
  const marks = useAppStore((s) => s.painMarks)
  const markFlags = useMemo(() => redFlagsForMarks(marks), [marks])
  // Muscles compared on the body may mimic more than the marks do: their own notices follow the list.
  // (The text atlas without WebGL, `withTools` false, draws no patterns and shows no list.)
  const compared = useComparedMuscles(withTools)
  const comparedFlags = useMemo(
    () => redFlagsForMuscles(compared).filter((id) => !markFlags.includes(id)),
    [compared, markFlags],
  )
  const shownRedFlags = useMemo(() => [...markFlags, ...comparedFlags], [markFlags, comparedFlags])
  // A muscle chosen from the results may mimic more again: its pattern is on the body while its
  // details sit below the list, so its own notices' titles come first (the full notice follows its name).
  const chosenFlags = useMemo(
    () =>
      selected ? redFlagsForMuscle(selected.muscle, selected.side).filter((id) => !shownRedFlags.includes(id)) : [],
    [selected, shownRedFlags],
  )
  // On a phone, the heat of the pain record left on the body raises its areas' notices in the peek.
  const heatFlags = useRedFlagsOfHeatOnBody()
  const peekFlags = useMemo(() => {
    const shown = [...shownRedFlags, ...chosenFlags]
    return [...shown, ...heatFlags.filter((id) => !shown.includes(id))]
  }, [shownRedFlags, chosenFlags, heatFlags])
  // The sheet's peek line on phones names the first result, so it shows without opening the sheet.
  const firstRanked = useRanking(marks, 1)
  const first = firstRanked?.[0]
  const firstName = first
    ? first.side
      ? muscleOnSideName(first.muscle, first.side)
      : muscles[first.muscle].name
    : null
  const sheetLayout = useSheetLayout()
  // On a phone sheet, and on a short (landscape) screen once something is marked, the results come
  // before the tools, so the first results and their warnings are in view without scrolling.
  const short = useMedia(SHORT_SCREEN_QUERY)
  const resultsFirst = sheetLayout || (short && marks.length > 0)
  const body = (
    <>
      <h2 className="panel-heading">Where does it hurt?</h2>
      {withTools && !sheetLayout && <RedFlagPeek ids={chosenFlags} />}
      {withTools && !resultsFirst && <PainTools />}
      <section className="likely-block" aria-label="Muscles most likely involved">
        <h3>Muscles most likely involved</h3>
        <LikelyMuscles />
        {withTools && <CompareTop />}
        <RankAnnouncer />
      </section>
      {withTools && <PatientList />}
      {withTools && <RedFlagNotice ids={comparedFlags} level={3} />}
      {withTools && resultsFirst && <PainTools />}
      {selected && (
        <section className="chosen" aria-label="Chosen muscle">
          <button type="button" onClick={clearSelection}>
            Hide muscle details
          </button>
          <PainLegend />
          <MuscleDetails muscle={selected.muscle} side={selected.side} shownRedFlags={shownRedFlags} />
          {withTools && <RankStudies muscle={selected.muscle} side={selected.side} />}
        </section>
      )}
      <details className="picker-details" open={!withTools}>
        <summary>Mark areas from a list</summary>
        <RegionPicker />
      </details>
      <FibromyalgiaCheckEntry />
      <PainRecordEntry />
    </>
  )
  if (!withTools)
    return (
      <aside className="panel" aria-label="Where does it hurt">
        {body}
      </aside>
    )
  return (
    <BottomSheet
      className="where-sheet"
      half={0.6}
      aria-label="Where does it hurt"
      openKey={selected ? `${selected.muscle}:${selected.side}` : null}
      peekAlert={peekFlags.length > 0 ? <RedFlagPeek ids={peekFlags} /> : undefined}
      peek={
        <p className="peek-line">
          {firstName ? (
            <>
              <span className="peek-rank">Most likely:</span> <strong className="peek-name">{firstName}</strong>
            </>
          ) : marks.length > 0 && !firstRanked ? (
            'Finding the most likely muscles…'
          ) : (
            'Mark where it hurts on the body.'
          )}
        </p>
      }
    >
      {body}
    </BottomSheet>
  )
}
