import { useState, type FormEvent } from 'react'
import { intensityMax, intensityMin } from '../record/schema.ts'
import { useAppStore } from '../state/store.ts'
import { PainRecordCompare } from './PainRecordCompare.tsx'
import { PainRecordComposite } from './PainRecordComposite.tsx'
import { openRecordView, saveDrawing, savingOffText, usePainRecord, type RecordView } from './PainRecordData.ts'
import { PainRecordList } from './PainRecordList.tsx'
import { downloadDrawingPicture } from './PainRecordPicture.ts'
import { useModalDialog } from './modalDialog.ts'

const titles: Record<Exclude<RecordView, 'closed'>, string> = {
  save: 'Save this drawing',
  list: 'My pain record',
  compare: 'Compare two drawings',
  composite: 'Where it hurt most',
}

const close = () => openRecordView('closed')

/** The pain record as a modal dialog: save, the list, compare two, and where it hurt most. */
export function PainRecordDialog() {
  const view = usePainRecord((s) => s.view)
  const status = usePainRecord((s) => s.status)
  const message = usePainRecord((s) => s.message)
  const open = view !== 'closed'

  const dialog = useModalDialog(open)

  return (
    <dialog ref={dialog} className="explainer record-dialog" aria-labelledby="record-title" onClose={close}>
      {open && (
        <article>
          <header className="explainer-header">
            <h2 id="record-title">{titles[view]}</h2>
            <button type="button" onClick={close}>
              Close
            </button>
          </header>
          {view !== 'save' && (
            <nav className="button-row record-views" aria-label="Pain record views">
              {(['list', 'compare', 'composite'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={view === v} onClick={() => openRecordView(v)}>
                  {v === 'list' ? 'All drawings' : v === 'compare' ? 'Compare two' : 'Where it hurt most'}
                </button>
              ))}
            </nav>
          )}
          <p className="record-message" role="status">
            {message}
          </p>
          {status.kind === 'off' && (
            <p className="record-off">
              {savingOffText}: {status.reason}. Nothing can be saved or shown here; the rest of TriggerMap works as
              usual.
            </p>
          )}
          {status.kind === 'loading' && <p>Opening your record…</p>}
          {view === 'save' && <SaveForm />}
          {view === 'list' && <PainRecordList />}
          {view === 'compare' && <PainRecordCompare />}
          {view === 'composite' && <PainRecordComposite />}
        </article>
      )}
    </dialog>
  )
}

// The 0-10 numeric rating scale with its usual end anchors, "no pain" and "worst pain imaginable"
// (Hawker et al., Measures of adult pain, Arthritis Care Res 2011;63(S11):S240-S252,
// doi:10.1002/acr.20543).
const intensities = Array.from({ length: intensityMax - intensityMin + 1 }, (_, i) => intensityMin + i)

/** The drawing now on the body, with an optional 0-10 intensity and a note. */
function SaveForm() {
  const marks = useAppStore((s) => s.painMarks)
  const off = usePainRecord((s) => s.status.kind === 'off')
  const [intensity, setIntensity] = useState('')
  const [note, setNote] = useState('')
  const [saved, setSaved] = useState(false)
  const [pictureNote, setPictureNote] = useState<string | null>(null)
  const picture = () => {
    void downloadDrawingPicture(marks).then((ok) =>
      setPictureNote(ok ? 'The picture was downloaded.' : 'There is no 3D body on screen to make a picture of.'),
    )
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void saveDrawing(marks, { intensity: intensity === '' ? undefined : Number(intensity), note }).then((ok) => {
      if (ok) setSaved(true)
    })
  }
  if (saved)
    return (
      <div className="record-form">
        <button type="button" onClick={() => openRecordView('list')}>
          See my pain record
        </button>
      </div>
    )
  return (
    <form className="record-form" onSubmit={submit}>
      <p className="record-private">
        This is kept only in this browser, on this device. Nothing is sent anywhere. Export a copy to keep it safe or to
        show your clinician.
      </p>
      <p>
        {marks.length} marked {marks.length === 1 ? 'area' : 'areas'}, saved with today’s date and time.
      </p>
      <label htmlFor="record-intensity">How bad is the pain overall? (optional)</label>
      <select id="record-intensity" value={intensity} onChange={(e) => setIntensity(e.target.value)}>
        <option value="">Not given</option>
        {intensities.map((n) => (
          <option key={n} value={String(n)}>
            {n}
            {n === 0 ? ' (no pain)' : n === intensityMax ? ' (worst pain imaginable)' : ''}
          </option>
        ))}
      </select>
      <label htmlFor="record-note">Note (optional)</label>
      <textarea id="record-note" value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" disabled={off || marks.length === 0}>
        Save on this device
      </button>
      <button type="button" onClick={picture}>
        Download as a picture (PNG)
      </button>
      {pictureNote && <p role="status">{pictureNote}</p>}
    </form>
  )
}
