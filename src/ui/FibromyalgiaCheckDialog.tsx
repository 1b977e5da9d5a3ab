import { closeFibromyalgiaCheck, useFibromyalgiaCheck } from '../state/fibromyalgiaCheck.ts'
import { FibromyalgiaCheck } from './FibromyalgiaCheck.tsx'
import { useModalDialog } from './modalDialog.ts'

/** The fibromyalgia check as a modal dialog (Escape or Close returns to the app). */
export function FibromyalgiaCheckDialog() {
  const open = useFibromyalgiaCheck((s) => s.open)
  const prefill = useFibromyalgiaCheck((s) => s.prefill)

  const dialog = useModalDialog(open)

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
