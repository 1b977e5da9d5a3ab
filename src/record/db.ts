/**
 * The pain record's store in IndexedDB, through `idb` (a small promise wrapper). Two object
 * stores: `records` (good records, by id) and `quarantine` (records that could not be read,
 * kept as they were, with why, so nothing is ever silently dropped).
 *
 * Storage can be missing (some private modes), blocked by settings, or full: opening returns
 * `{ ok: false }` with a reason in plain words, and a failed write throws a RecordStorageError
 * saying whether the device is full, so the app can say "saving is off" and keep working.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { migrateRecord } from './migrations.ts'
import type { PainRecord } from './schema.ts'
import { validateRecord } from './validate.ts'

export const dbName = 'triggermap-record'
const dbVersion = 1

/** A stored value that could not be read as a record, set aside untouched. */
export interface SetAside {
  /** Its key in the quarantine store. */
  key: number
  /** The id it was stored under in `records`. */
  formerId: string
  /** What was stored, exactly. */
  raw: unknown
  /** Why it could not be read. */
  problems: string[]
  /** When it was set aside (ISO). */
  setAsideAt: string
}

interface RecordDb extends DBSchema {
  records: { key: string; value: PainRecord }
  quarantine: { key: number; value: Omit<SetAside, 'key'> }
}

export type OpenResult = { ok: true; store: RecordStore } | { ok: false; reason: string }

/** Why a write failed: the device is full, or storage stopped working. */
export class RecordStorageError extends Error {
  constructor(
    readonly kind: 'full' | 'failed',
    message: string,
  ) {
    super(message)
    this.name = 'RecordStorageError'
  }
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException
    ? e.name === 'QuotaExceededError' || e.code === 22
    : (e as { name?: unknown })?.name === 'QuotaExceededError'
}

/** Turns any write failure into a RecordStorageError with words a person can act on. */
function storageError(e: unknown): RecordStorageError {
  if (e instanceof RecordStorageError) return e
  if (isQuotaError(e))
    return new RecordStorageError(
      'full',
      'This device has no room left for TriggerMap to save. Free some space, or export your record and delete old drawings.',
    )
  return new RecordStorageError(
    'failed',
    `Saving failed in this browser (${e instanceof Error ? e.message : String(e)}).`,
  )
}

/** What `list` finds: the good records (newest first) and every value set aside. */
export interface Listing {
  records: PainRecord[]
  setAside: SetAside[]
  /** Values set aside by this very listing (the others were set aside before). */
  newlySetAside: number
}

const newestFirst = (a: PainRecord, b: PainRecord) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1

export class RecordStore {
  constructor(private readonly db: IDBPDatabase<RecordDb>) {}

  /**
   * Every record, newest first. A stored value that fails migration or validation is moved to
   * quarantine (kept as it was, with its problems) and the rest still load; an older record is
   * upgraded in place.
   */
  async list(): Promise<Listing> {
    const tx = this.db.transaction(['records', 'quarantine'], 'readwrite')
    const records: PainRecord[] = []
    let newlySetAside = 0
    let cursor = await tx.objectStore('records').openCursor()
    while (cursor) {
      const raw: unknown = cursor.value
      const migrated = migrateRecord(raw)
      const checked = migrated.ok
        ? validateRecord(migrated.value)
        : { ok: false as const, problems: [migrated.problem] }
      if (checked.ok && checked.value.id === cursor.key) {
        records.push(checked.value)
        if (migrated.ok && migrated.from !== checked.value.schemaVersion) await cursor.update(checked.value)
      } else {
        const problems = checked.ok
          ? [`it is stored under id ${cursor.key} but says ${checked.value.id}`]
          : checked.problems
        await tx
          .objectStore('quarantine')
          .add({ formerId: String(cursor.key), raw, problems, setAsideAt: new Date().toISOString() })
        await cursor.delete()
        newlySetAside++
      }
      cursor = await cursor.continue()
    }
    const setAside = await this.setAsideIn(tx.objectStore('quarantine'))
    await tx.done
    return { records: records.sort(newestFirst), setAside, newlySetAside }
  }

  private async setAsideIn(store: {
    openCursor(): Promise<{ key: number; value: Omit<SetAside, 'key'>; continue(): Promise<unknown> } | null>
  }): Promise<SetAside[]> {
    const out: SetAside[] = []
    let c = await store.openCursor()
    while (c) {
      out.push({ ...c.value, key: c.key })
      c = (await c.continue()) as typeof c
    }
    return out
  }

  /** One record, or undefined (also for one that cannot be read: `list` sets those aside). */
  async get(id: string): Promise<PainRecord | undefined> {
    const raw: unknown = await this.db.get('records', id)
    if (raw === undefined) return undefined
    const migrated = migrateRecord(raw)
    const checked = migrated.ok ? validateRecord(migrated.value) : null
    return checked?.ok ? checked.value : undefined
  }

  /** Saves (or replaces) a record after checking it. */
  async put(record: PainRecord): Promise<void> {
    const checked = validateRecord(record)
    if (!checked.ok) throw new Error(`Not saved: ${checked.problems.join('; ')}`)
    try {
      await this.db.put('records', checked.value)
    } catch (e) {
      throw storageError(e)
    }
  }

  /**
   * Adds records that are not already here, in one transaction: a record whose id exists is
   * kept as it is (never duplicated, never overwritten). Returns how many were added and kept.
   */
  async addMissing(records: readonly PainRecord[]): Promise<{ added: number; kept: number }> {
    try {
      const tx = this.db.transaction('records', 'readwrite')
      let added = 0
      for (const r of records) {
        if ((await tx.store.getKey(r.id)) !== undefined) continue
        await tx.store.add(r)
        added++
      }
      await tx.done
      return { added, kept: records.length - added }
    } catch (e) {
      throw storageError(e)
    }
  }

  /** Deletes one record. */
  async delete(id: string): Promise<void> {
    await this.db.delete('records', id)
  }

  /** Deletes every record and everything set aside. */
  async deleteAll(): Promise<void> {
    const tx = this.db.transaction(['records', 'quarantine'], 'readwrite')
    await Promise.all([tx.objectStore('records').clear(), tx.objectStore('quarantine').clear(), tx.done])
  }

  close(): void {
    this.db.close()
  }
}

/** How long to wait for the database before calling storage unavailable (another tab can block it). */
const openTimeoutMs = 5000

/**
 * Opens the record store. Never throws: where IndexedDB is missing, blocked or broken it says
 * why in plain words.
 */
export async function openRecordStore(): Promise<OpenResult> {
  const off = (why: string): OpenResult => ({ ok: false, reason: why })
  if (typeof indexedDB === 'undefined' || !indexedDB)
    return off('this browser gives TriggerMap no storage (IndexedDB is missing, as in some private modes)')
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    const opening = openDB<RecordDb>(dbName, dbVersion, {
      upgrade(db) {
        if (!db.objectStoreNames.contains('records')) db.createObjectStore('records', { keyPath: 'id' })
        if (!db.objectStoreNames.contains('quarantine')) db.createObjectStore('quarantine', { autoIncrement: true })
      },
      // Another tab (or a newer version of the app) wants to upgrade or delete the database: let it.
      blocking(_current, _next, event) {
        ;(event.target as IDBDatabase).close()
      },
    })
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the browser did not open its storage in time')), openTimeoutMs)
    })
    const db = await Promise.race([opening, timeout])
    return { ok: true, store: new RecordStore(db) }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return off(`this browser blocks storage for TriggerMap (${detail})`)
  } finally {
    if (timer) clearTimeout(timer)
  }
}
