/**
 * The pain record as the UI sees it: whether saving works in this browser, the saved drawings,
 * what was set aside, the dialog's view and the last message. The record itself lives in
 * IndexedDB (src/record); this is a small zustand store over it, opened once, on first use.
 */
import { create } from 'zustand'
import { openRecordStore, RecordStorageError, type RecordStore, type SetAside } from '../record/db.ts'
import { newRecordId, recordSchemaVersion, type PainRecord, type RecordMark } from '../record/schema.ts'
import { exportFileName, exportRecords, parseImport } from '../record/transfer.ts'
import { setMode, setPainMarks } from '../state/painMarks.ts'
import { requestCamera } from '../state/store.ts'

export type RecordStatus = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready' } | { kind: 'off'; reason: string }
export type RecordView = 'closed' | 'save' | 'list' | 'compare' | 'composite'

export interface RecordUiState {
  status: RecordStatus
  records: readonly PainRecord[]
  setAside: readonly SetAside[]
  view: RecordView
  /** The last thing that happened, said to the person (and to screen readers). */
  message: string | null
}

export const usePainRecord = create<RecordUiState>()(() => ({
  status: { kind: 'idle' },
  records: [],
  setAside: [],
  view: 'closed',
  message: null,
}))

/** The sentence shown wherever saving is off. */
export const savingOffText = 'Saving is off in this browser'

let opening: Promise<RecordStore | null> | null = null

async function refresh(store: RecordStore): Promise<void> {
  const listing = await store.list()
  usePainRecord.setState({ records: listing.records, setAside: listing.setAside })
}

/** Opens the record (once) and lists it; where storage is off, says so and resolves null. */
export function loadPainRecord(): Promise<RecordStore | null> {
  opening ??= (async () => {
    usePainRecord.setState({ status: { kind: 'loading' } })
    const opened = await openRecordStore()
    if (!opened.ok) {
      usePainRecord.setState({ status: { kind: 'off', reason: opened.reason } })
      return null
    }
    try {
      await refresh(opened.store)
      usePainRecord.setState({ status: { kind: 'ready' } })
      return opened.store
    } catch (e) {
      const reason = `reading the saved drawings failed (${e instanceof Error ? e.message : String(e)})`
      usePainRecord.setState({ status: { kind: 'off', reason } })
      return null
    }
  })()
  return opening
}

function say(message: string): void {
  usePainRecord.setState({ message })
}

/** Runs a change against the store, then lists again; a storage failure is said, never thrown. */
async function change(run: (store: RecordStore) => Promise<string>): Promise<boolean> {
  const store = await loadPainRecord()
  if (!store) {
    say(`${savingOffText}, so nothing was changed.`)
    return false
  }
  try {
    const message = await run(store)
    await refresh(store)
    say(message)
    return true
  } catch (e) {
    say(e instanceof RecordStorageError || e instanceof Error ? e.message : String(e))
    return false
  }
}

export function openRecordView(view: RecordView): void {
  usePainRecord.setState({ view, message: null })
  if (view !== 'closed') void loadPainRecord()
}

/** Saves the drawing now on the body, with the person's optional intensity and note. */
export function saveDrawing(
  marks: readonly RecordMark[],
  details: { intensity?: number; note: string },
): Promise<boolean> {
  const record: PainRecord = {
    schemaVersion: recordSchemaVersion,
    id: newRecordId(),
    date: new Date().toISOString(),
    marks: marks.map((m) => ({ region: m.region, side: m.side })),
    note: details.note.trim(),
    ...(details.intensity === undefined ? {} : { intensity: details.intensity }),
  }
  return change(async (store) => {
    await store.put(record)
    return `Saved on this device: ${marks.length} marked ${marks.length === 1 ? 'area' : 'areas'}.`
  })
}

/** Puts a saved drawing's marks back on the body, turned to where they are, and closes the record. */
export function openDrawing(record: PainRecord): void {
  const marks = record.marks.map((m) => ({ region: m.region, side: m.side }))
  setPainMarks(marks)
  setMode('where_it_hurts')
  requestCamera({ kind: 'frameMarks', marks })
  usePainRecord.setState({ view: 'closed', message: null })
}

export function deleteDrawing(id: string): Promise<boolean> {
  return change(async (store) => {
    await store.delete(id)
    return 'The drawing was deleted.'
  })
}

export function deleteEverything(): Promise<boolean> {
  return change(async (store) => {
    await store.deleteAll()
    return 'Every saved drawing was deleted from this device.'
  })
}

/** Reads an export file and adds the drawings this device lacks; a bad file changes nothing. */
export function importFile(text: string): Promise<boolean> {
  const parsed = parseImport(text)
  if (!parsed.ok) {
    say(parsed.message)
    return Promise.resolve(false)
  }
  return change(async (store) => {
    const { added, kept } = await store.addMissing(parsed.records)
    const keptText =
      kept > 0
        ? ` ${kept} already here ${kept === 1 ? 'was' : 'were'} kept as ${kept === 1 ? 'it was' : 'they were'}.`
        : ''
    return `Imported ${added} ${added === 1 ? 'drawing' : 'drawings'}.${keptText}`
  })
}

/** Downloads every saved drawing as one JSON file. */
export function downloadExport(doc: Document = document): void {
  const { records } = usePainRecord.getState()
  const blob = new Blob([exportRecords(records)], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const a = doc.createElement('a')
  a.href = url
  a.download = exportFileName()
  doc.body.append(a)
  a.click()
  a.remove()
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 0)
  say(`Exported ${records.length} ${records.length === 1 ? 'drawing' : 'drawings'} as ${a.download}.`)
}

/** Back to the first state (tests): forgets the open store. */
export function resetPainRecord(): void {
  opening = null
  usePainRecord.setState(usePainRecord.getInitialState(), true)
}
