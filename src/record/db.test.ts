// @vitest-environment node
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dbName, openRecordStore, RecordStorageError, type RecordStore } from './db.ts'
import type { PainRecord } from './schema.ts'

const rec = (id: string, day: number, extra: Partial<PainRecord> = {}): PainRecord => ({
  schemaVersion: 1,
  id,
  date: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  marks: [{ region: 'calf', side: 'left' }],
  note: '',
  ...extra,
})

/** Writes a value straight into the records store, as a damaged disk or an old build might. */
function writeRaw(value: unknown, key?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName)
    open.onsuccess = () => {
      const tx = open.result.transaction('records', 'readwrite')
      if (key === undefined) tx.objectStore('records').put(value)
      else tx.objectStore('records').put(value, key)
      tx.oncomplete = () => (open.result.close(), resolve())
      tx.onerror = () => reject(tx.error ?? new Error('write failed'))
    }
    open.onerror = () => reject(open.error ?? new Error('open failed'))
  })
}

async function open(): Promise<RecordStore> {
  const r = await openRecordStore()
  if (!r.ok) throw new Error(r.reason)
  return r.store
}

let store: RecordStore | undefined
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})
afterEach(() => {
  store?.close()
  store = undefined
  vi.restoreAllMocks()
})

describe('the record store', () => {
  it('saves, lists newest first, gets, deletes one and deletes all', async () => {
    store = await open()
    await store.put(rec('old', 1))
    await store.put(rec('new', 20, { intensity: 4, note: 'flare' }))
    expect((await store.list()).records.map((r) => r.id)).toEqual(['new', 'old'])
    expect(await store.get('new')).toEqual(rec('new', 20, { intensity: 4, note: 'flare' }))
    expect(await store.get('none')).toBeUndefined()
    await store.delete('old')
    expect((await store.list()).records.map((r) => r.id)).toEqual(['new'])
    await store.deleteAll()
    expect(await store.list()).toEqual({ records: [], setAside: [], newlySetAside: 0 })
  })

  it('keeps what was saved across closing and opening again', async () => {
    store = await open()
    await store.put(rec('kept', 3))
    store.close()
    store = await open()
    expect((await store.list()).records.map((r) => r.id)).toEqual(['kept'])
  })

  it('refuses to save an invalid record', async () => {
    store = await open()
    await expect(store.put({ ...rec('x', 1), marks: [{ region: 'nowhere' as 'calf', side: 'left' }] })).rejects.toThrow(
      /Not saved: marks\[0\]\.region/,
    )
    expect((await store.list()).records).toEqual([])
  })

  it('sets a corrupt record aside, reports it, keeps it, and loads the rest', async () => {
    store = await open()
    await store.put(rec('good', 2))
    await writeRaw({ ...rec('bad', 3), marks: 'everywhere' })
    await writeRaw({ ...rec('future', 4), schemaVersion: 9 })
    const first = await store.list()
    expect(first.records.map((r) => r.id)).toEqual(['good'])
    expect(first.newlySetAside).toBe(2)
    expect(first.setAside.map((s) => s.formerId).sort()).toEqual(['bad', 'future'])
    const bad = first.setAside.find((s) => s.formerId === 'bad')!
    expect(bad.problems).toContain('marks must be a list')
    expect(bad.raw).toEqual({ ...rec('bad', 3), marks: 'everywhere' })
    expect(first.setAside.find((s) => s.formerId === 'future')!.problems.join()).toContain('newer version')
    // A second listing still reports them (nothing silently dropped), without setting aside again.
    const second = await store.list()
    expect(second.newlySetAside).toBe(0)
    expect(second.setAside).toHaveLength(2)
  })

  it('sets aside a record with its fields missing, across a reopen', async () => {
    store = await open()
    await store.put(rec('good', 2))
    store.close()
    await writeRaw({ id: 'junk', schemaVersion: 1 })
    store = await open()
    const l = await store.list()
    expect(l.records.map((r) => r.id)).toEqual(['good'])
    expect(l.setAside[0]?.formerId).toBe('junk')
  })

  it('upgrades a version-0 record in place', async () => {
    store = await open()
    const { schemaVersion: _v, ...v0 } = rec('v0', 5)
    await writeRaw(v0)
    expect((await store.list()).records).toEqual([rec('v0', 5)])
    expect(await store.get('v0')).toEqual(rec('v0', 5))
  })

  it('imports only records it does not have: an existing id is kept, not duplicated or overwritten', async () => {
    store = await open()
    await store.put(rec('same', 1, { note: 'mine' }))
    const r = await store.addMissing([rec('same', 1, { note: 'theirs' }), rec('other', 2)])
    expect(r).toEqual({ added: 1, kept: 1 })
    const l = await store.list()
    expect(l.records.map((x) => [x.id, x.note])).toEqual([
      ['other', ''],
      ['same', 'mine'],
    ])
  })

  it('says the device is full when the browser runs out of quota', async () => {
    store = await open()
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    const error = await store.put(rec('big', 1)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RecordStorageError)
    expect((error as RecordStorageError).kind).toBe('full')
    expect((error as Error).message).toContain('no room left')
  })
})

describe('opening the store', () => {
  it('says saving is off where IndexedDB is missing', async () => {
    const saved = globalThis.indexedDB
    // @ts-expect-error: some private modes have no indexedDB at all
    delete globalThis.indexedDB
    try {
      const r = await openRecordStore()
      expect(r.ok).toBe(false)
      expect(!r.ok && r.reason).toContain('no storage')
    } finally {
      globalThis.indexedDB = saved
    }
  })

  it('says saving is off where opening throws (storage blocked by settings)', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    const r = await openRecordStore()
    expect(r.ok).toBe(false)
    expect(!r.ok && r.reason).toContain('blocks storage')
  })
})
