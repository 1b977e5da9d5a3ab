/**
 * The pain record kept on this device: one saved drawing per record. The shape is versioned
 * (`schemaVersion`) so that a later version of TriggerMap can read, and migrate, what an
 * earlier one saved; see migrations.ts.
 */
import type { RegionId } from '../data/regions.ts'
import type { Side } from '../data/types.ts'
import type { WpiArea } from '../data/wpi-areas.ts'

/** The record shape this version writes. A record or export with a higher number is refused. */
export const recordSchemaVersion = 1

/** The lowest and highest pain intensity (the 0-10 numeric rating scale). */
export const intensityMin = 0
export const intensityMax = 10

/** A marked place in a saved drawing, with its own 0-10 intensity when the person gave one. */
export interface RecordMark {
  region: RegionId
  side: Side
  intensity?: number
}

/** One saved pain drawing. */
export interface PainRecord {
  schemaVersion: typeof recordSchemaVersion
  /** Unique per device; kept across export and import so an import never duplicates. */
  id: string
  /** When it was saved, as an ISO 8601 date-time (UTC), e.g. 2026-12-02T21:30:00.000Z. */
  date: string
  marks: RecordMark[]
  /** The Widespread Pain Index areas the person ticked, when they did. */
  wpiAreas?: WpiArea[]
  /** Overall pain 0-10, when given. */
  intensity?: number
  /** The person's own words; may be empty. */
  note: string
}

/** The longest note kept (a few paragraphs). */
export const maxNoteLength = 2000

/** A fresh id: random, so two devices' records never clash when one imports the other's. */
export function newRecordId(): string {
  const c = globalThis.crypto
  if (c && typeof c.randomUUID === 'function') return c.randomUUID()
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
