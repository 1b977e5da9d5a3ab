/**
 * Checks a stored or imported value field by field before the app trusts it: a record saved by
 * a buggy build, edited by hand or damaged on disk must never reach the UI as a PainRecord.
 * Pure: no storage, no DOM.
 */
import { regions, type RegionId } from '../data/regions.ts'
import { wpiAreas, type WpiArea } from '../data/wpi-areas.ts'
import {
  intensityMax,
  intensityMin,
  maxNoteLength,
  recordSchemaVersion,
  type PainRecord,
  type RecordMark,
} from './schema.ts'

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] }

const recordKeys = new Set(['schemaVersion', 'id', 'date', 'marks', 'wpiAreas', 'intensity', 'note'])
const markKeys = new Set(['region', 'side', 'intensity'])
// A full ISO 8601 UTC date-time, as Date.prototype.toISOString writes it.
const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function isRegionId(v: unknown): v is RegionId {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(regions, v)
}

function isIntensity(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= intensityMin && v <= intensityMax
}

function checkMark(v: unknown, where: string, problems: string[]): void {
  if (!isObject(v)) {
    problems.push(`${where} is not a marked area`)
    return
  }
  for (const k of Object.keys(v)) if (!markKeys.has(k)) problems.push(`${where} has an unknown field "${k}"`)
  if (!isRegionId(v.region)) problems.push(`${where}.region is not a known body area (${JSON.stringify(v.region)})`)
  if (v.side !== 'left' && v.side !== 'right') problems.push(`${where}.side must be "left" or "right"`)
  if (v.intensity !== undefined && !isIntensity(v.intensity))
    problems.push(`${where}.intensity must be a whole number from 0 to 10`)
}

/** Checks a value against the current record shape (`schemaVersion` 1); migrate older ones first. */
export function validateRecord(v: unknown): Checked<PainRecord> {
  const problems: string[] = []
  if (!isObject(v)) return { ok: false, problems: ['the record is not an object'] }
  for (const k of Object.keys(v)) if (!recordKeys.has(k)) problems.push(`unknown field "${k}"`)
  if (v.schemaVersion !== recordSchemaVersion) problems.push(`schemaVersion must be ${recordSchemaVersion}`)
  if (typeof v.id !== 'string' || v.id.length === 0 || v.id.length > 100)
    problems.push('id must be a text of 1 to 100 characters')
  if (typeof v.date !== 'string' || !isoDate.test(v.date) || Number.isNaN(Date.parse(v.date)))
    problems.push('date must be an ISO date-time such as 2026-12-02T21:30:00.000Z')
  if (!Array.isArray(v.marks)) problems.push('marks must be a list')
  else {
    v.marks.forEach((m, i) => checkMark(m, `marks[${i}]`, problems))
    const seen = new Set<string>()
    for (const m of v.marks as RecordMark[]) {
      const key = isObject(m) ? `${String(m.region)}:${String(m.side)}` : ''
      if (key && seen.has(key)) problems.push(`marks lists ${key} twice`)
      seen.add(key)
    }
  }
  if (v.wpiAreas !== undefined) {
    if (!Array.isArray(v.wpiAreas)) problems.push('wpiAreas must be a list')
    else {
      const known = new Set<string>(wpiAreas)
      v.wpiAreas.forEach((a, i) => {
        if (typeof a !== 'string' || !known.has(a))
          problems.push(`wpiAreas[${i}] is not a Widespread Pain Index area (${JSON.stringify(a)})`)
      })
      if (new Set(v.wpiAreas as unknown[]).size !== v.wpiAreas.length) problems.push('wpiAreas lists an area twice')
    }
  }
  if (v.intensity !== undefined && !isIntensity(v.intensity))
    problems.push('intensity must be a whole number from 0 to 10')
  if (typeof v.note !== 'string') problems.push('note must be text')
  else if (v.note.length > maxNoteLength) problems.push(`note is longer than ${maxNoteLength} characters`)
  if (problems.length > 0) return { ok: false, problems }
  // Rebuilt field by field, so nothing unchecked rides along.
  const marks = (v.marks as RecordMark[]).map((m) =>
    m.intensity === undefined
      ? { region: m.region, side: m.side }
      : { region: m.region, side: m.side, intensity: m.intensity },
  )
  const record: PainRecord = {
    schemaVersion: recordSchemaVersion,
    id: v.id as string,
    date: v.date as string,
    marks,
    note: v.note as string,
  }
  if (v.wpiAreas !== undefined) record.wpiAreas = [...(v.wpiAreas as WpiArea[])]
  if (v.intensity !== undefined) record.intensity = v.intensity as number
  return { ok: true, value: record }
}
