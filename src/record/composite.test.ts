import { describe, expect, it } from 'vitest'
import { isMidline, regionIds } from '../data/regions.ts'
import { compareRecords } from './compare.ts'
import { bodyAreaCount, compositeOf } from './composite.ts'
import type { PainRecord } from './schema.ts'

const rec = (id: string, date: string, marks: PainRecord['marks'], intensity?: number): PainRecord => ({
  schemaVersion: 1,
  id,
  date: `${date}T12:00:00.000Z`,
  marks,
  note: '',
  ...(intensity === undefined ? {} : { intensity }),
})

const r1 = rec(
  '1',
  '2026-11-01',
  [
    { region: 'calf', side: 'left', intensity: 7 },
    { region: 'low_back', side: 'left' },
    { region: 'sternum', side: 'left' },
  ],
  6,
)
const r2 = rec(
  '2',
  '2026-11-10',
  [
    { region: 'calf', side: 'left', intensity: 4 },
    { region: 'sternum', side: 'right' },
    { region: 'sternum', side: 'left' },
    { region: 'heel', side: 'right' },
  ],
  4,
)
const r3 = rec('3', '2026-12-01', [{ region: 'calf', side: 'left' }])

describe('compositeOf', () => {
  it('counts the body areas: regions on both sides, midline regions once', () => {
    const midline = regionIds.filter(isMidline).length
    expect(bodyAreaCount).toBe(regionIds.length * 2 - midline)
  })

  it('counts each area once per drawing, most often first, a midline region as one area', () => {
    const c = compositeOf([r3, r1, r2])
    expect(c.drawings).toBe(3)
    expect(c.areas).toEqual([
      { region: 'calf', side: 'left', count: 3 },
      { region: 'sternum', side: null, count: 2 },
      { region: 'low_back', side: 'left', count: 1 },
      { region: 'heel', side: 'right', count: 1 },
    ])
    expect(c.extent).toBeCloseTo(4 / bodyAreaCount)
    expect(c.extents.map((e) => e.id)).toEqual(['1', '2', '3'])
    expect(c.extents[1]!.extent).toBeCloseTo(3 / bodyAreaCount)
  })

  it('keeps to the chosen range, both ends included', () => {
    expect(compositeOf([r1, r2, r3], { from: '2026-11-10', to: '2026-12-01' }).drawings).toBe(2)
    expect(compositeOf([r1, r2, r3], { to: '2026-11-01' }).areas.map((a) => a.count)).toEqual([1, 1, 1])
    expect(compositeOf([r1, r2, r3], { from: '2027-01-01' })).toMatchObject({ drawings: 0, areas: [], extent: 0 })
  })
})

describe('compareRecords', () => {
  it('lists what stayed, went and is new, and intensity changes', () => {
    const c = compareRecords(r1, r2)
    expect(c.both).toEqual([
      { region: 'calf', side: 'left', intensity: 4 },
      { region: 'sternum', side: 'left' },
    ])
    expect(c.gone).toEqual([{ region: 'low_back', side: 'left' }])
    expect(c.added).toEqual([
      { region: 'sternum', side: 'right' },
      { region: 'heel', side: 'right' },
    ])
    expect(c.intensityChanged).toEqual([{ mark: { region: 'calf', side: 'left', intensity: 4 }, before: 7, after: 4 }])
    expect(c.overall).toEqual({ before: 6, after: 4 })
  })

  it('reports no intensity change where one side gave none', () => {
    expect(compareRecords(r2, r3).intensityChanged).toEqual([])
  })
})
