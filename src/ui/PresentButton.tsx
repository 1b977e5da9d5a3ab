import { useId } from 'react'
import { addNotice, setPresenting, useAppStore } from '../state/store.ts'
import { presentUnavailableReason } from './presentSteps.ts'
import './present.css'

/**
 * "Present" in the app bar: the full-screen view for the patient (see Presentation). With no
 * muscle chosen and an empty patient list there is nothing to show: the button says so (read
 * with it, and shown as a notice when pressed) instead of silently doing nothing.
 */
export function PresentButton() {
  const reason = useAppStore(presentUnavailableReason)
  const reasonId = useId()
  return (
    <>
      <button
        type="button"
        className="present-button"
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => (reason ? addNotice(reason) : setPresenting(true))}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="present-icon">
          <path
            d="M3 4h18v12H3zM12 16v4M8 20h8"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {/* On phones the icon alone, so the app bar keeps its rows (the name stays for screen readers). */}
        <span className="present-label">Present</span>
      </button>
      {reason && (
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      )}
    </>
  )
}
