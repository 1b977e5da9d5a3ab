import { useEffect, useRef, useState, type PointerEvent } from 'react'
import { setMode } from '../state/painMarks.ts'
import { selectMuscle, setComparing, setPresenting, useAppStore, type AppState } from '../state/store.ts'
import { redFlagsForMuscle } from '../lookup/redFlags.ts'
import { muscleOnSideLabel } from './labels.ts'
import { RedFlagPeek } from './RedFlagNotice.tsx'
import { painGoesLine } from './presentCaption.ts'
import {
  firstStep,
  presentKeyAction,
  presentSteps,
  stepAfter,
  swipeAction,
  type PresentAction,
} from './presentSteps.ts'
import './present.css'

/**
 * Present mode, for the screen facing the patient: while the store's `presenting` is on, the app
 * hides its chrome (App.tsx, present.css), the body fills the window (full screen where the
 * browser allows) and this overlay shows the muscle's name, where its pain goes and the step,
 * with Leave, Previous and Next. Place it inside the stage, beside the canvas: its caption and
 * Leave bar carry `data-covers-canvas`, so FreeCanvasWatcher frames the pattern above them.
 */
export function Presentation() {
  const presenting = useAppStore((s) => s.presenting)
  return presenting ? <PresentationView /> : null
}

/** What Present changes and gives back on leaving. */
type Before = Pick<AppState, 'selected' | 'mode' | 'comparing' | 'cameraRequest'>

/**
 * Present takes over the view: explore mode (a touch must not paint), one muscle at a time, no
 * comparison. The view as it was (selection, mode, comparison, the camera's last request) is
 * given back in the same store change that ends Present, whoever ends it, so nothing (the
 * phone sheet) ever sees the last step's muscle outside Present. Returns the clean-up for
 * unmounting: the same giving back if it has not happened, and focus back where it was.
 */
function takeOverView(): () => void {
  const s = useAppStore.getState()
  const before: Before = { selected: s.selected, mode: s.mode, comparing: s.comparing, cameraRequest: s.cameraRequest }
  const focused = document.activeElement
  setMode('explore')
  setComparing(false)
  let givenBack = false
  const giveBack = () => {
    if (givenBack) return
    givenBack = true
    stopWatching()
    setMode(before.mode)
    // Put back as they were (not re-requested): the comparison without a new framing, and the
    // camera's last request, so the view returns to what was shown.
    useAppStore.setState({
      selected: before.selected,
      navigation: 'replace',
      comparing: before.comparing,
      cameraRequest: before.cameraRequest,
    })
  }
  // Zustand tells subscribers before React renders the change.
  const stopWatching = useAppStore.subscribe((now) => {
    if (!now.presenting) giveBack()
  })
  return () => {
    giveBack()
    // After the commit that shows the chrome again, so the Present button can take focus.
    if (focused instanceof HTMLElement && focused.isConnected) focused.focus()
  }
}

/**
 * Full screen where the browser has the Fullscreen API (the CSS full-window layout works
 * without it). Leaving full screen with the browser's own key (Escape, F11) leaves Present too.
 */
function useFullscreen(): void {
  useEffect(() => {
    let entered = false
    let closed = false
    const onChange = () => {
      if (document.fullscreenElement) entered = true
      else if (entered && !closed) setPresenting(false)
    }
    document.addEventListener('fullscreenchange', onChange)
    const root = document.documentElement
    if (document.fullscreenEnabled && !document.fullscreenElement && typeof root.requestFullscreen === 'function') {
      root
        .requestFullscreen({ navigationUI: 'hide' })
        // Left before the browser answered: give the screen back.
        .then(() => (closed && document.fullscreenElement ? document.exitFullscreen() : undefined))
        // Refused (no user gesture, a policy): the full-window layout is enough.
        .catch(() => undefined)
    }
    return () => {
      closed = true
      document.removeEventListener('fullscreenchange', onChange)
      if (entered && document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
    }
  }, [])
}

/** The keys of the presentation (and of clickers), listened for on the whole window. */
function usePresentKeys(act: (a: PresentAction) => void): void {
  const latest = useRef(act)
  useEffect(() => {
    latest.current = act
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return
      const action = presentKeyAction(e.key, e.shiftKey)
      if (!action) return
      // Space on a focused button presses that button, as everywhere else.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return
      e.preventDefault()
      // Before the canvas sees it: its arrows turn the body and its Escape clears the muscle.
      e.stopPropagation()
      latest.current(action)
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [])
}

function PresentationView() {
  // The steps are fixed when Present starts: stepping changes the selection, not the list.
  const [steps] = useState(() => presentSteps(useAppStore.getState()))
  const [index, setIndex] = useState(() => firstStep(steps, useAppStore.getState().selected))
  const audience = useAppStore((s) => s.audience)
  const step = steps[index]
  const swipe = useRef<{ id: number; x: number; y: number } | null>(null)
  const caption = useRef<HTMLElement>(null)

  useEffect(() => takeOverView(), [])
  // Focus on the caption: a screen reader reads the first muscle, and the hidden Present button
  // no longer holds it.
  useEffect(() => caption.current?.focus(), [])
  useFullscreen()
  useEffect(() => {
    if (step) selectMuscle(step, { frame: true })
    // Nothing to show (started with no muscle and no list): leave at once.
    else setPresenting(false)
  }, [step])

  const act = (a: PresentAction) => {
    if (a === 'leave') setPresenting(false)
    else setIndex((i) => stepAfter(i, a, steps.length))
  }
  usePresentKeys(act)

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    swipe.current = { id: e.pointerId, x: e.clientX, y: e.clientY }
  }
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const start = swipe.current
    swipe.current = null
    if (!start || start.id !== e.pointerId) return
    const a = swipeAction(e.clientX - start.x, e.clientY - start.y)
    if (a) act(a)
  }

  if (!step) return null
  const line = painGoesLine(step, audience)
  return (
    <div className="presentation">
      {/* Takes taps and swipes over the body: in Present they step, and never pick or turn it. */}
      <div
        className="present-surface"
        aria-hidden="true"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (swipe.current = null)}
      />
      <div className="present-top" data-covers-canvas="">
        <button type="button" className="present-leave" onClick={() => act('leave')}>
          Leave
        </button>
      </div>
      <section ref={caption} className="present-caption" data-covers-canvas="" aria-label="Presenting" tabIndex={-1}>
        <div aria-live="polite" aria-atomic="true">
          <h2 className="present-name">{muscleOnSideLabel(step)}</h2>
          {line && <p className="present-line">{line}</p>}
          {/* A pattern that mimics danger keeps its warning on the screen the patient sees. */}
          <RedFlagPeek ids={redFlagsForMuscle(step.muscle, step.side)} />
        </div>
        {steps.length > 1 && (
          <div className="present-steps">
            <button type="button" onClick={() => act('previous')} disabled={index === 0}>
              <span aria-hidden="true">‹ </span>Previous
            </button>
            <p className="present-count">
              {index + 1} of {steps.length}
            </p>
            <button type="button" onClick={() => act('next')} disabled={index === steps.length - 1}>
              Next<span aria-hidden="true"> ›</span>
            </button>
          </div>
        )}
      </section>
    </div>
  )
}
