import { useRef, useState, type ChangeEvent } from 'react'
import { aboutPercent, surfaceShare } from '../record/composite.ts'
import type { PainRecord } from '../record/schema.ts'
import { useSkinSurface } from '../state/skinSurface.ts'
import { areaNames, recordDate } from './PainRecordAreas.ts'
import {
  deleteDrawing,
  deleteEverything,
  downloadExport,
  importFile,
  openDrawing,
  usePainRecord,
} from './PainRecordData.ts'

/** Every saved drawing, newest first, with open and delete; export, import and delete all. */
export function PainRecordList() {
  const records = usePainRecord((s) => s.records)
  const setAside = usePainRecord((s) => s.setAside)
  const ready = usePainRecord((s) => s.status.kind === 'ready')
  const [confirmAll, setConfirmAll] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (file) void file.text().then(importFile)
  }

  return (
    <div className="record-list">
      {setAside.length > 0 && (
        <p className="record-set-aside" role="alert">
          {setAside.length === 1 ? '1 saved drawing' : `${setAside.length} saved drawings`} could not be read and{' '}
          {setAside.length === 1 ? 'was' : 'were'} set aside. {setAside.length === 1 ? 'It is' : 'They are'} kept on
          this device, not deleted, and left out of the list below.
        </p>
      )}
      {ready && records.length === 0 && (
        <p>No drawings saved yet. Mark where it hurts, then choose Save this drawing.</p>
      )}
      <ol className="record-items">
        {records.map((r) => (
          <RecordItem key={r.id} record={r} />
        ))}
      </ol>
      <div className="button-row record-actions">
        <button type="button" onClick={() => downloadExport()} disabled={!ready || records.length === 0}>
          Export all (JSON)
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={!ready}>
          Import (JSON)
        </button>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          aria-label="Import a pain record file"
          tabIndex={-1}
          onChange={onFile}
        />
        {!confirmAll && (
          <button
            type="button"
            onClick={() => setConfirmAll(true)}
            disabled={!ready || (records.length === 0 && setAside.length === 0)}
          >
            Delete all…
          </button>
        )}
      </div>
      {confirmAll && (
        <div className="record-confirm" role="group" aria-label="Delete all">
          <p>Delete every saved drawing from this device, including any set aside? This cannot be undone.</p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              onClick={() => void deleteEverything().then(() => setConfirmAll(false))}
            >
              Delete all
            </button>
            <button type="button" onClick={() => setConfirmAll(false)}>
              Keep them
            </button>
          </div>
        </div>
      )}
    </div>
  )
}

function RecordItem({ record }: { record: PainRecord }) {
  const [confirm, setConfirm] = useState(false)
  const names = areaNames(record.marks)
  const when = recordDate(record.date)
  const share = surfaceShare(
    record.marks,
    useSkinSurface((s) => s.surface),
  )
  return (
    <li className="record-item">
      <h3>{when}</h3>
      {share !== null && <p className="record-share">{capitalised(aboutPercent(share))} of your body’s surface</p>}
      <p>
        {names.length} {names.length === 1 ? 'area' : 'areas'}
        {record.intensity !== undefined && <>, pain {record.intensity} of 10</>}: {names.join(', ') || 'none'}
      </p>
      {record.note && <p className="record-note">“{record.note}”</p>}
      {confirm ? (
        <div className="button-row" role="group" aria-label={`Delete the drawing of ${when}?`}>
          <button type="button" className="danger" onClick={() => void deleteDrawing(record.id)}>
            Delete it
          </button>
          <button type="button" onClick={() => setConfirm(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" onClick={() => openDrawing(record)} aria-label={`Open the drawing of ${when}`}>
            Open
          </button>
          <button type="button" onClick={() => setConfirm(true)} aria-label={`Delete the drawing of ${when}`}>
            Delete…
          </button>
        </div>
      )}
    </li>
  )
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
