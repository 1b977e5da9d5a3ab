import { describe, expect, it } from 'vitest'
import { regionIds, type RegionId } from '../data/regions.ts'
import { compareRecords } from './compare.ts'
import { aboutPercent, compositeOf, surfaceShare, type SurfaceAreas } from './composite.ts'
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

/**
 * A made-up skin of 10 m²: the left calf 1, the right calf 0.8 (sides need not match), the low
 * back 2 a side, the sternum 0.25 a half, the heel 0.5 a side, every other region nothing.
 */
const sized: Partial<Record<RegionId, { left: number; right: number }>> = {
  calf: { left: 1, right: 0.8 },
  low_back: { left: 2, right: 2 },
  sternum: { left: 0.25, right: 0.25 },
  heel: { left: 0.5, right: 0.5 },
}
const surface: SurfaceAreas = {
  total: 10,
  regions: Object.fromEntries(
    regionIds.map((id) => [id, sized[id] ?? { left: 0, right: 0 }]),
  ) as SurfaceAreas['regions'],
}

describe('surfaceShare', () => {
  it("weighs each area by its skin, a midline region's two halves once whichever was marked", () => {
    expect(surfaceShare([{ region: 'calf', side: 'left' }], surface)).toBeCloseTo(0.1)
    expect(surfaceShare([{ region: 'calf', side: 'right' }], surface)).toBeCloseTo(0.08)
    expect(surfaceShare([{ region: 'sternum', side: 'left' }], surface)).toBeCloseTo(0.05)
    expect(
      surfaceShare(
        [
          { region: 'sternum', side: 'left' },
          { region: 'sternum', side: 'right' },
          { region: 'low_back', side: 'left' },
          { region: 'low_back', side: 'left' },
        ],
        surface,
      ),
    ).toBeCloseTo(0.25)
  })

  it('is null without the skin measured (or with no skin), 0 for no marks', () => {
    expect(surfaceShare([{ region: 'calf', side: 'left' }], null)).toBeNull()
    expect(surfaceShare([{ region: 'calf', side: 'left' }], { ...surface, total: 0 })).toBeNull()
    expect(surfaceShare([], surface)).toBe(0)
  })
})

describe('aboutPercent', () => {
  it('rounds to a whole percent and says when a mark is under one', () => {
    expect(aboutPercent(0.1234)).toBe('about 12 %')
    expect(aboutPercent(0.003)).toBe('under 1 %')
    expect(aboutPercent(0)).toBe('0 %')
    expect(aboutPercent(1)).toBe('about 100 %')
  })
})

describe('compositeOf', () => {
  it('counts each area once per drawing, most often first, a midline region as one area', () => {
    const c = compositeOf([r3, r1, r2], {}, surface)
    expect(c.drawings).toBe(3)
    expect(c.areas).toEqual([
      { region: 'calf', side: 'left', count: 3 },
      { region: 'sternum', side: null, count: 2 },
      { region: 'low_back', side: 'left', count: 1 },
      { region: 'heel', side: 'right', count: 1 },
    ])
    // Left calf 1 + sternum 0.5 + left low back 2 + right heel 0.5, of 10.
    expect(c.surface).toBeCloseTo(0.4)
    expect(c.extents.map((e) => e.id)).toEqual(['1', '2', '3'])
    expect(c.extents.map((e) => e.surface)).toEqual([
      expect.closeTo(0.35) as number,
      expect.closeTo(0.2) as number,
      expect.closeTo(0.1) as number,
    ])
  })

  it('counts the areas but gives no share before the skin is measured', () => {
    const c = compositeOf([r1, r2])
    expect(c.areas).toHaveLength(4)
    expect(c.surface).toBeNull()
    expect(c.extents.every((e) => e.surface === null)).toBe(true)
  })

  it('keeps to the chosen range, both ends included', () => {
    expect(compositeOf([r1, r2, r3], { from: '2026-11-10', to: '2026-12-01' }).drawings).toBe(2)
    expect(compositeOf([r1, r2, r3], { to: '2026-11-01' }).areas.map((a) => a.count)).toEqual([1, 1, 1])
    expect(compositeOf([r1, r2, r3], { from: '2027-01-01' }, surface)).toMatchObject({
      drawings: 0,
      areas: [],
      surface: 0,
    })
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
