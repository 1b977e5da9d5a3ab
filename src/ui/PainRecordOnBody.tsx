import { useEffect, useMemo, useRef } from 'react'
import { create } from 'zustand'
import type { RedFlagId } from '../data/red-flags.ts'
import { redFlagsForMarks } from '../lookup/redFlags.ts'
import { placesOf } from '../record/composite.ts'
import { clearPainComposite, usePainComposite } from '../state/painComposite.ts'
import { openRecordView, usePainRecord } from './PainRecordData.ts'
import { PainRecordHeatLegend } from './PainRecordHeatLegend.tsx'
import { RedFlagPeek } from './RedFlagNotice.tsx'

/**
 * "Where it hurt most" left on the body after the record closes: the record is a dialog that
 * covers the body, so the person asks to see the heat on the body itself, and hides it here.
 */
const useOnBody = create<{ kept: boolean }>()(() => ({ kept: false }))

/** Keeps the composite now shown on the body when the record closes. */
export function keepCompositeOnBody(): void {
  useOnBody.setState({ kept: true })
}

/** Whether the composite stays on the body after the record's view of it goes. */
export function compositeKeptOnBody(): boolean {
  return useOnBody.getState().kept
}

/** The record's own view of the composite took over again. */
export function releaseCompositeOnBody(): void {
  useOnBody.setState({ kept: false })
}

export function hideCompositeOnBody(): void {
  useOnBody.setState({ kept: false })
  clearPainComposite()
}

/**
 * The notices the record's areas raise while their heat is on the body with the record closed
 * (the phone sheet's peek carries them too), else none.
 */
export function useRedFlagsOfHeatOnBody(): RedFlagId[] {
  const kept = useOnBody((s) => s.kept)
  const areas = usePainComposite((s) => s.areas)
  const recordOpen = usePainRecord((s) => s.view !== 'closed')
  return useMemo(() => (kept && !recordOpen ? redFlagsForMarks(placesOf(areas)) : []), [kept, recordOpen, areas])
}

/** While the heat is on the body with the record closed: what it shows, its key, and Hide. */
export function PainRecordOnBody() {
  const kept = useOnBody((s) => s.kept)
  const drawings = usePainComposite((s) => s.drawings)
  const flags = useRedFlagsOfHeatOnBody()
  const recordOpen = usePainRecord((s) => s.view !== 'closed')
  // Leaving "Where does it hurt?" takes the heat off the body with the button that hides it.
  useEffect(
    () => () => {
      if (compositeKeptOnBody()) hideCompositeOnBody()
    },
    [],
  )
  const shown = kept && drawings > 0 && !recordOpen
  // The record closes onto the panel: bring this section (what the heat means, its warning, Hide)
  // into view, as it sits at the panel's foot below the region list.
  const section = useRef<HTMLElement>(null)
  useEffect(() => {
    if (shown) section.current?.scrollIntoView?.({ block: 'nearest' })
  }, [shown])
  if (!shown) return null
  return (
    <section ref={section} className="record-on-body" aria-label="Where it hurt most, on the body">
      <p>Where it hurt most over {drawings === 1 ? '1 drawing' : `${drawings} drawings`} is drawn on the body.</p>
      <RedFlagPeek ids={flags} />
      <PainRecordHeatLegend drawings={drawings} />
      <div className="button-row">
        <button type="button" onClick={hideCompositeOnBody}>
          Hide it
        </button>
        <button type="button" onClick={() => openRecordView('composite')}>
          Back to where it hurt most
        </button>
      </div>
    </section>
  )
}
