import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { useAppStore, type MuscleOnSide } from '../state/store.ts'
import { hasWebGL2 } from '../ui/webgl.ts'
import { HandoutSection } from './HandoutSection.tsx'
import { setHandoutSections, setHandoutStatus, useHandoutStore } from './handoutStore.ts'
import { loadPrintViews, prepareSelectedNow, printHandout } from './printHandout.ts'
import './handout.css'

declare global {
  interface Window {
    /**
     * Browser tests print through this (only in the e2e build, `vite build --mode e2e`, and
     * there only under automation: navigator.webdriver): the list given, or the patient list.
     */
    __triggermapHandout?: { printHandout(list?: readonly MuscleOnSide[]): Promise<boolean> }
  }
}

/** How long a failure to prepare the handout stays on screen. */
export const FAILURE_SHOWN_MS = 10_000

/**
 * The printed handout: hidden on screen, and on paper in place of the page once prepared (by
 * "Print handout", or by Ctrl/Cmd+P with a muscle selected). While the pictures are drawn a short
 * status says so.
 */
export function Handout() {
  const sections = useHandoutStore((s) => s.sections)
  const status = useHandoutStore((s) => s.status)
  // A failure is said for a while, then the line goes (it sits over the body).
  useEffect(() => {
    if (status !== 'failed') return
    const timer = setTimeout(() => setHandoutStatus('idle'), FAILURE_SHOWN_MS)
    return () => clearTimeout(timer)
  }, [status])

  useEffect(() => {
    // The renderer comes with three, which the body loads anyway; ready before anyone prints.
    if (hasWebGL2()) void loadPrintViews()
    const before = () => flushSync(() => prepareSelectedNow())
    // After the dialog the handout goes, so the next print follows what is on screen then.
    const after = () => setHandoutSections([])
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    // Vite writes the mode in at build time: the production build drops this branch.
    const testHook = import.meta.env.MODE === 'e2e' && navigator.webdriver
    if (testHook) {
      window.__triggermapHandout = {
        printHandout: (list) => printHandout(list ?? useAppStore.getState().patientList),
      }
    }
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      if (testHook) delete window.__triggermapHandout
    }
  }, [])

  return (
    <>
      <p className="handout-status" role="status" aria-live="polite">
        {status === 'preparing'
          ? 'Preparing the handout…'
          : status === 'failed'
            ? 'The handout could not be prepared: part of the app did not load. Check the connection and reload the page.'
            : ''}
      </p>
      {sections.length > 0 && (
        // On paper the handout is the whole page: its main content, under its own title.
        <main className="handout" aria-labelledby="handout-title" data-sections={sections.length}>
          <h1 id="handout-title" className="handout-title">
            TriggerMap handout
          </h1>
          {sections.map((s) => (
            <HandoutSection key={`${s.content.target.muscle}-${s.content.target.side}`} section={s} />
          ))}
        </main>
      )}
    </>
  )
}
