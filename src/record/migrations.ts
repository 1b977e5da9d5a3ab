/**
 * Brings a stored or imported record up to the current shape, one version at a time, so a
 * schema change never loses a saved drawing. Each step is pure and tested.
 *
 * Version 0 is a record without a `schemaVersion` field (the shape written while the record was
 * being built, before it was versioned); it has the same fields as version 1, so its step only
 * stamps the version. Later versions add a step here and raise `recordSchemaVersion`.
 */
import { recordSchemaVersion } from './schema.ts'

type Step = (record: Record<string, unknown>) => Record<string, unknown>

/** `steps[n]` turns a version-n record into a version n+1 record. */
const steps: Record<number, Step> = {
  0: (r) => ({ ...r, schemaVersion: 1 }),
}

export type Migrated = { ok: true; value: unknown; from: number } | { ok: false; newer: boolean; problem: string }

/** The version a raw record says it has: 0 when it has none. */
export function versionOf(raw: Record<string, unknown>): number | null {
  if (!('schemaVersion' in raw)) return 0
  const v = raw.schemaVersion
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null
}

/**
 * Runs every step from the record's version to the current one. Validation comes after: this
 * only reshapes. A record from a newer TriggerMap is refused (`newer`), never guessed at.
 */
export function migrateRecord(raw: unknown): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, newer: false, problem: 'the record is not an object' }
  let record = raw as Record<string, unknown>
  const from = versionOf(record)
  if (from === null) return { ok: false, newer: false, problem: 'schemaVersion is not a whole number' }
  if (from > recordSchemaVersion)
    return {
      ok: false,
      newer: true,
      problem: `it was saved by a newer version of TriggerMap (record version ${from}; this one reads up to ${recordSchemaVersion})`,
    }
  for (let v = from; v < recordSchemaVersion; v++) {
    const step = steps[v]
    if (!step) return { ok: false, newer: false, problem: `no migration from record version ${v}` }
    record = step(record)
  }
  return { ok: true, value: record, from }
}
