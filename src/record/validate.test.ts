import { describe, expect, it } from 'vitest'
import { migrateRecord } from './migrations.ts'
import type { PainRecord } from './schema.ts'
import { validateRecord } from './validate.ts'

const good: PainRecord = {
  schemaVersion: 1,
  id: 'a1',
  date: '2026-12-01T09:30:00.000Z',
  marks: [
    { region: 'lateral_elbow', side: 'left', intensity: 6 },
    { region: 'sternum', side: 'left' },
  ],
  wpiAreas: ['lower_arm_l', 'chest'],
  intensity: 5,
  note: 'after gardening',
}

const problemsOf = (v: unknown) => {
  const r = validateRecord(v)
  return r.ok ? [] : r.problems
}

describe('validateRecord', () => {
  it('accepts a full record and a minimal one, and returns a clean copy', () => {
    const r = validateRecord(good)
    expect(r).toEqual({ ok: true, value: good })
    expect(r.ok && r.value).not.toBe(good)
    expect(validateRecord({ schemaVersion: 1, id: 'b', date: '2026-01-01T00:00:00Z', marks: [], note: '' }).ok).toBe(
      true,
    )
  })

  it.each([
    ['not an object', 'x', 'not an object'],
    ['an unknown field', { ...good, extra: 1 }, 'unknown field "extra"'],
    ['a wrong version', { ...good, schemaVersion: 2 }, 'schemaVersion'],
    ['an empty id', { ...good, id: '' }, 'id must be'],
    ['a number id', { ...good, id: 7 }, 'id must be'],
    ['a date without time', { ...good, date: '2026-12-01' }, 'date must be'],
    ['an impossible date', { ...good, date: '2026-13-45T00:00:00Z' }, 'date must be'],
    ['marks not a list', { ...good, marks: {} }, 'marks must be a list'],
    ['an unknown region', { ...good, marks: [{ region: 'elbow_tip', side: 'left' }] }, 'marks[0].region'],
    ['a bad side', { ...good, marks: [{ region: 'calf', side: 'middle' }] }, 'marks[0].side'],
    ['an intensity of 11', { ...good, marks: [{ region: 'calf', side: 'left', intensity: 11 }] }, 'marks[0].intensity'],
    ['a fractional intensity', { ...good, intensity: 4.5 }, 'intensity must be'],
    ['a negative intensity', { ...good, intensity: -1 }, 'intensity must be'],
    [
      'a repeated mark',
      {
        ...good,
        marks: [
          { region: 'calf', side: 'left' },
          { region: 'calf', side: 'left' },
        ],
      },
      'twice',
    ],
    [
      'an unknown field in a mark',
      { ...good, marks: [{ region: 'calf', side: 'left', colour: 'red' }] },
      'unknown field "colour"',
    ],
    ['an unknown WPI area', { ...good, wpiAreas: ['knee_l'] }, 'wpiAreas[0]'],
    ['a repeated WPI area', { ...good, wpiAreas: ['neck', 'neck'] }, 'twice'],
    ['a missing note', { ...good, note: undefined }, 'note must be text'],
    ['a huge note', { ...good, note: 'x'.repeat(2001) }, 'longer than'],
    ['a region inherited from Object', { ...good, marks: [{ region: 'toString', side: 'left' }] }, 'marks[0].region'],
  ])('refuses %s', (_name, value, expected) => {
    expect(problemsOf(value).join(' | ')).toContain(expected)
  })
})

describe('migrateRecord', () => {
  it('brings a version-0 record (no schemaVersion) to version 1, which then validates', () => {
    const { schemaVersion: _v, ...v0 } = good
    const m = migrateRecord(v0)
    expect(m.ok && m.from).toBe(0)
    expect(m.ok && validateRecord(m.value)).toEqual({ ok: true, value: good })
  })

  it('leaves a current record as it is', () => {
    const m = migrateRecord(good)
    expect(m).toEqual({ ok: true, value: good, from: 1 })
  })

  it('refuses a record from a newer version, saying so', () => {
    const m = migrateRecord({ ...good, schemaVersion: 3 })
    expect(m.ok).toBe(false)
    expect(!m.ok && m.newer).toBe(true)
    expect(!m.ok && m.problem).toContain('newer version')
  })

  it('refuses a nonsense version and a non-object', () => {
    expect(migrateRecord({ ...good, schemaVersion: 'one' }).ok).toBe(false)
    expect(migrateRecord(null).ok).toBe(false)
    expect(migrateRecord([good]).ok).toBe(false)
  })
})
