import { useMemo } from 'react'
import { redFlagsForMarks } from '../lookup/redFlags.ts'
import { clearSelection, useAppStore } from '../state/store.ts'
import { LikelyMuscles } from './LikelyMuscles.tsx'
import { MuscleDetails } from './MuscleDetails.tsx'
import { PainLegend } from './PainLegend.tsx'
import { PainTools } from './PainTools.tsx'
import { RegionPicker } from './RegionPicker.tsx'

/** "Where does it hurt?": tools, the ranked muscles, the region list, and a chosen muscle's details. */
export function WhereItHurtsPanel({ withTools = true }: { withTools?: boolean }) {
  const selected = useAppStore((s) => s.selected)
  const marks = useAppStore((s) => s.painMarks)
  const shownRedFlags = useMemo(() => redFlagsForMarks(marks), [marks])
  return (
    <aside className="panel" aria-label="Where does it hurt">
      <h2 className="panel-heading">Where does it hurt?</h2>
      {withTools && <PainTools />}
      <h3>Muscles most likely involved</h3>
      <LikelyMuscles />
      {selected && (
        <section className="chosen" aria-label="Chosen muscle">
          <button type="button" onClick={clearSelection}>Hide muscle details</button>
          <PainLegend />
          <MuscleDetails muscle={selected.muscle} side={selected.side} shownRedFlags={shownRedFlags} />
        </section>
      )}
      <details className="picker-details" open={!withTools}>
        <summary>Mark areas from a list</summary>
        <RegionPicker />
      </details>
    </aside>
  )
}
