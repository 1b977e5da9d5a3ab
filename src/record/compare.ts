/**
 * Two saved drawings side by side: which areas are in both, which went, which are new, and
 * where the person's own intensity changed. Pure.
 */
import type { PainRecord, RecordMark } from './schema.ts'

export interface IntensityChange {
  mark: RecordMark
  before: number
  after: number
}

export interface RecordComparison {
  /** Marked in both drawings. */
  both: RecordMark[]
  /** Marked in the earlier drawing only (gone since). */
  gone: RecordMark[]
  /** Marked in the later drawing only (new since). */
  added: RecordMark[]
  /** Areas in both whose own 0-10 intensity was given both times and differs. */
  intensityChanged: IntensityChange[]
  /** The overall 0-10 intensity each time, where given. */
  overall: { before?: number; after?: number }
}

const key = (m: RecordMark) => `${m.region}:${m.side}`

/** Compares an earlier and a later drawing (the order the person chose, earlier first). */
export function compareRecords(earlier: PainRecord, later: PainRecord): RecordComparison {
  const before = new Map(earlier.marks.map((m) => [key(m), m]))
  const after = new Map(later.marks.map((m) => [key(m), m]))
  const both = later.marks.filter((m) => before.has(key(m)))
  const intensityChanged: IntensityChange[] = []
  for (const m of both) {
    const b = before.get(key(m))?.intensity
    if (b !== undefined && m.intensity !== undefined && b !== m.intensity)
      intensityChanged.push({ mark: m, before: b, after: m.intensity })
  }
  return {
    both,
    gone: earlier.marks.filter((m) => !after.has(key(m))),
    added: later.marks.filter((m) => !before.has(key(m))),
    intensityChanged,
    overall: { before: earlier.intensity, after: later.intensity },
  }
}
