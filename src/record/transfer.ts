/**
 * Export and import of the whole record as one JSON file. The file names its format and schema
 * version, so a file from another app, a damaged file or one from a newer TriggerMap is refused
 * as a whole, with a clear message, before anything is written.
 */
import { migrateRecord } from './migrations.ts'
import { recordSchemaVersion, type PainRecord } from './schema.ts'
import { validateRecord } from './validate.ts'

/** The `format` field every export carries. */
export const exportFormat = 'triggermap-pain-record'

export interface RecordExport {
  format: typeof exportFormat
  schemaVersion: number
  exportedAt: string
  records: PainRecord[]
}

/** The export file's text: pretty-printed so a person (or their clinician) can read it. */
export function exportRecords(records: readonly PainRecord[], now: Date = new Date()): string {
  const file: RecordExport = {
    format: exportFormat,
    schemaVersion: recordSchemaVersion,
    exportedAt: now.toISOString(),
    records: [...records],
  }
  return JSON.stringify(file, null, 2)
}

/** A file name with the date, e.g. triggermap-pain-record-2026-12-02.json. */
export function exportFileName(now: Date = new Date()): string {
  return `${exportFormat}-${now.toISOString().slice(0, 10)}.json`
}

export type ParsedImport = { ok: true; records: PainRecord[] } | { ok: false; message: string }

/** The biggest file read (about a thousand drawings per megabyte; far above any real record). */
export const maxImportChars = 20_000_000

/**
 * Reads an export file. All or nothing: one bad record refuses the whole file, naming it, so a
 * half-imported record never confuses the history.
 */
export function parseImport(text: string): ParsedImport {
  const refuse = (why: string): ParsedImport => ({ ok: false, message: `Not imported: ${why}. Nothing was changed.` })
  if (text.length > maxImportChars) return refuse('the file is too large to be a TriggerMap pain record')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return refuse('the file is not a TriggerMap pain record (it is not JSON)')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return refuse('the file is not a TriggerMap pain record')
  const file = data as Record<string, unknown>
  if (file.format !== exportFormat)
    return refuse('the file is not a TriggerMap pain record (its format is not "triggermap-pain-record")')
  const version = file.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return refuse('the file does not say which version of the record it holds')
  if (version > recordSchemaVersion)
    return refuse(
      `the file was made by a newer version of TriggerMap (record version ${version}; this one reads up to ${recordSchemaVersion}). Open it with the newer version`,
    )
  if (!Array.isArray(file.records)) return refuse('the file holds no list of records')
  const records: PainRecord[] = []
  const ids = new Set<string>()
  for (const [i, raw] of file.records.entries()) {
    const migrated = migrateRecord(raw)
    if (!migrated.ok) return refuse(`record ${i + 1} cannot be read: ${migrated.problem}`)
    const checked = validateRecord(migrated.value)
    if (!checked.ok) return refuse(`record ${i + 1} is damaged: ${checked.problems.join('; ')}`)
    if (ids.has(checked.value.id)) return refuse(`record ${i + 1} repeats the id of an earlier record`)
    ids.add(checked.value.id)
    records.push(checked.value)
  }
  return { ok: true, records }
}
