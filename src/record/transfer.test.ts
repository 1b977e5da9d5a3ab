import { describe, expect, it } from 'vitest'
import type { PainRecord } from './schema.ts'
import { exportFileName, exportRecords, parseImport } from './transfer.ts'

const a: PainRecord = {
  schemaVersion: 1,
  id: 'a',
  date: '2026-11-01T08:00:00.000Z',
  marks: [{ region: 'calf', side: 'right' }],
  note: '',
}
const b: PainRecord = {
  schemaVersion: 1,
  id: 'b',
  date: '2026-11-02T08:00:00.000Z',
  marks: [],
  intensity: 3,
  note: 'better',
}

describe('export and import', () => {
  it('round-trips: what is exported imports as the same records', () => {
    const text = exportRecords([a, b], new Date('2026-12-02T10:00:00Z'))
    const file = JSON.parse(text) as Record<string, unknown>
    expect(file.format).toBe('triggermap-pain-record')
    expect(file.schemaVersion).toBe(1)
    expect(file.exportedAt).toBe('2026-12-02T10:00:00.000Z')
    expect(parseImport(text)).toEqual({ ok: true, records: [a, b] })
  })

  it('names the file with the day', () => {
    expect(exportFileName(new Date('2026-12-02T23:59:00Z'))).toBe('triggermap-pain-record-2026-12-02.json')
  })

  it('migrates version-0 records inside a file', () => {
    const { schemaVersion: _v, ...v0 } = a
    const r = parseImport(JSON.stringify({ format: 'triggermap-pain-record', schemaVersion: 0, records: [v0] }))
    expect(r).toEqual({ ok: true, records: [a] })
  })

  const refused = (text: string) => {
    const r = parseImport(text)
    expect(r.ok).toBe(false)
    return r.ok ? '' : r.message
  }

  it('refuses a file that is not JSON, not ours, or has no records, saying nothing changed', () => {
    expect(refused('{oops')).toMatch(/not JSON.*Nothing was changed/)
    expect(refused('[1,2]')).toContain('not a TriggerMap pain record')
    expect(refused(JSON.stringify({ format: 'other', schemaVersion: 1, records: [] }))).toContain('format')
    expect(refused(JSON.stringify({ format: 'triggermap-pain-record', records: [] }))).toContain('which version')
    expect(refused(JSON.stringify({ format: 'triggermap-pain-record', schemaVersion: 1 }))).toContain(
      'no list of records',
    )
  })

  it('refuses a file from a newer TriggerMap', () => {
    expect(refused(JSON.stringify({ format: 'triggermap-pain-record', schemaVersion: 2, records: [] }))).toContain(
      'newer version of TriggerMap',
    )
  })

  it('refuses the whole file when one record is damaged, naming it', () => {
    const text = JSON.stringify({
      format: 'triggermap-pain-record',
      schemaVersion: 1,
      records: [a, { ...b, marks: [{ region: 'nowhere', side: 'left' }] }],
    })
    expect(refused(text)).toMatch(/record 2 is damaged: marks\[0\]\.region/)
  })

  it('refuses a newer record inside an older file, and repeated ids', () => {
    expect(
      refused(
        JSON.stringify({ format: 'triggermap-pain-record', schemaVersion: 1, records: [{ ...a, schemaVersion: 5 }] }),
      ),
    ).toContain('newer version')
    expect(refused(JSON.stringify({ format: 'triggermap-pain-record', schemaVersion: 1, records: [a, a] }))).toContain(
      'repeats the id',
    )
  })
})
