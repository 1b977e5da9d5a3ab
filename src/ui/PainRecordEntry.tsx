import { useEffect } from 'react'
import { useAppStore } from '../state/store.ts'
import { loadPainRecord, openRecordView, savingOffText, usePainRecord } from './PainRecordData.ts'
import { PainRecordDialog } from './PainRecordDialog.tsx'
import { PainRecordOnBody } from './PainRecordOnBody.tsx'

/**
 * The way into the pain record from "Where does it hurt?": save the drawing on the body, or
 * open the record. Where the browser keeps nothing, it says so here, and the rest of the app
 * works as before.
 */
export function PainRecordEntry() {
  const status = usePainRecord((s) => s.status)
  const hasMarks = useAppStore((s) => s.painMarks.length > 0)
  useEffect(() => {
    void loadPainRecord()
  }, [])
  return (
    <section className="record-entry" aria-label="My pain record">
      <div className="button-row">
        <button type="button" onClick={() => openRecordView('save')} disabled={!hasMarks}>
          Save this drawing
        </button>
        <button type="button" onClick={() => openRecordView('list')}>
          My pain record
        </button>
      </div>
      {status.kind === 'off' && (
        <p className="record-off" role="status">
          {savingOffText}: {status.reason}. Your marks stay on screen but are not kept.
        </p>
      )}
      <PainRecordOnBody />
      <PainRecordDialog />
    </section>
  )
}
