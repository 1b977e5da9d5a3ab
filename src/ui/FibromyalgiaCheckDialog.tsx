import { useEffect, useRef } from 'react'
import { closeFibromyalgiaCheck, useFibromyalgiaCheck } from '../state/fibromyalgiaCheck.ts'
import { FibromyalgiaCheck } from './FibromyalgiaCheck.tsx'

/** The fibromyalgia check as a modal dialog (Escape or Close returns to the app). */
export function FibromyalgiaCheckDialog() {
  const open = useFibromyalgiaCheck((s) => s.open)
  const prefill = useFibromyalgiaCheck((s) => s.prefill)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const d = dialog.current
    if (!d) return
    // Older engines (and jsdom) lack showModal: fall back to a plain open dialog.
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal()
      else d.setAttribute('open', '')
    }
    if (!open && d.open) {
      if (typeof d.close === 'function') d.close()
      else d.removeAttribute('open')
    }
  }, [open])

  return (
    <dialog
      ref={dialog}
      className="explainer fm-dialog"
      aria-labelledby="fm-check-title"
      onClose={closeFibromyalgiaCheck}
    >
      {open && (
        <article>
          <header className="explainer-header">
            <h2 id="fm-check-title">Fibromyalgia check</h2>
            <button type="button" onClick={closeFibromyalgiaCheck}>
              Close
            </button>
          </header>
          <FibromyalgiaCheck prefill={prefill} />
        </article>
      )}
    </dialog>
  )
}
