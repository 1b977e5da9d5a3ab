import { useMemo } from 'react'
import { wpiAreasFromMarks } from '../data/wpi-areas.ts'
import { openFibromyalgiaCheck } from '../state/fibromyalgiaCheck.ts'
import { useAppStore } from '../state/store.ts'

/**
 * The way into the fibromyalgia check from "Where does it hurt?": it opens with the Widespread
 * Pain Index areas that the marks fall in already ticked, for the person to check and change.
 * It sits after the results, so on a phone it never pushes them or their warnings down.
 */
export function FibromyalgiaCheckEntry() {
  const marks = useAppStore((s) => s.painMarks)
  const areas = useMemo(() => wpiAreasFromMarks(marks), [marks])
  return (
    <section className="fm-entry" aria-label="Fibromyalgia check">
      <button type="button" className="fm-open" onClick={() => openFibromyalgiaCheck(areas)}>
        Check the fibromyalgia criteria (2016)
      </button>
      <p className="hint">
        {areas.length > 0
          ? `Your marks tick ${areas.length === 1 ? '1 of its 19 areas' : `${areas.length} of its 19 areas`}; you can change them there.`
          : 'Areas you mark on the body are ticked there for you.'}
      </p>
    </section>
  )
}
