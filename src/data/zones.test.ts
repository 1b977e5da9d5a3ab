import { describe, expect, it } from 'vitest'
import { muscleIds, muscles } from './muscles.ts'
import { isMidline } from './regions.ts'
import type { TriggerPoint } from './types.ts'
import { muscleZones, otherSideOf, triggerPointZones, type ZoneRegion } from './zones.ts'

const trp = (t: Partial<TriggerPoint>): TriggerPoint => ({
  id: 'x',
  label: 'X',
  location: '',
  clinicalLocation: '',
  position: { along: 0.5, around: 0 },
  essentialZone: [],
  spilloverZone: [],
  ...t,
})

const find = (zones: ZoneRegion[], region: string, side?: string) =>
  zones.find((z) => z.region === region && z.side === side)

describe('triggerPointZones', () => {
  it("keeps same-side zones on the trigger point's side and midline regions without a side", () => {
    const zones = triggerPointZones(
      [trp({ essentialZone: ['low_back', 'sacrum'], spilloverZone: ['buttock'] })],
      'left',
    )
    expect(zones).toEqual([
      { region: 'low_back', side: 'left', zone: 'essential' },
      { region: 'sacrum', zone: 'essential' },
      { region: 'buttock', side: 'left', zone: 'spillover' },
    ])
  })

  it('puts otherSide regions on the opposite side, as essential or spillover', () => {
    const t = trp({ essentialZone: ['forehead'], otherSide: { essential: ['thoracolumbar'], spillover: ['forehead'] } })
    const zones = triggerPointZones([t], 'right')
    expect(find(zones, 'forehead', 'right')?.zone).toBe('essential')
    expect(find(zones, 'forehead', 'left')?.zone).toBe('spillover')
    expect(find(zones, 'thoracolumbar', 'left')?.zone).toBe('essential')
    expect(find(zones, 'thoracolumbar', 'right')).toBeUndefined()
  })

  it('lets essential win over spillover on the same region and side, whatever the order', () => {
    const a = trp({ id: 'a', essentialZone: ['calf'], spilloverZone: ['knee_posterior'] })
    const b = trp({ id: 'b', essentialZone: ['knee_posterior'], spilloverZone: ['calf'] })
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const zones = triggerPointZones(order, 'left')
      expect(zones.filter((z) => z.region === 'calf')).toEqual([{ region: 'calf', side: 'left', zone: 'essential' }])
      expect(find(zones, 'knee_posterior', 'left')?.zone).toBe('essential')
    }
  })

  it('gives a midline region named on the other side no side, once', () => {
    const zones = triggerPointZones([trp({ spilloverZone: ['sacrum'], otherSide: { essential: ['sacrum'] } })], 'left')
    expect(zones).toEqual([{ region: 'sacrum', zone: 'essential' }])
  })
})

describe('muscleZones on the data', () => {
  it('draws the rectus abdominis back bands on both sides (Travell & Simons)', () => {
    const zones = muscleZones('rectus_abdominis', 'left')
    for (const r of ['thoracolumbar', 'low_back', 'sacroiliac']) {
      expect(find(zones, r, 'left')?.zone, `${r} left`).toBe('essential')
      expect(find(zones, r, 'right')?.zone, `${r} right`).toBe('essential')
    }
    // The outer-edge trigger point stays on its own side.
    expect(find(zones, 'lower_abdomen', 'right')).toBeUndefined()
  })

  it("spreads the sternocleidomastoid's forehead pain to the other side as spillover, and puts the breastbone in an essential zone", () => {
    const zones = muscleZones('sternocleidomastoid', 'right')
    expect(find(zones, 'forehead', 'right')?.zone).toBe('essential')
    expect(find(zones, 'forehead', 'left')?.zone).toBe('spillover')
    expect(find(zones, 'sternum')?.zone).toBe('essential')
  })

  it('keeps the gluteus minimus pattern unbroken through the knee, front and back', () => {
    const zones = muscleZones('gluteus_minimus', 'left')
    for (const r of ['lateral_thigh', 'knee_lateral', 'lateral_leg', 'posterior_thigh', 'knee_posterior', 'calf']) {
      expect(find(zones, r, 'left')?.zone, r).toBe('essential')
    }
  })

  it("shows only the selected part's zones: the posterior scalene has its own trigger point", () => {
    const zones = muscleZones('scalenes', 'left', 'posterior')
    expect(find(zones, 'scapula_medial_border', 'left')?.zone).toBe('essential')
  })

  it('covers every zone of every trigger point, with sides that agree with the vocabulary', () => {
    for (const id of muscleIds) {
      for (const side of ['left', 'right'] as const) {
        const zones = muscleZones(id, side)
        for (const z of zones) expect(z.side === undefined, `${id} ${z.region}`).toBe(isMidline(z.region))
        for (const t of muscles[id].triggerPoints) {
          for (const r of t.essentialZone)
            expect(find(zones, r, isMidline(r) ? undefined : side)?.zone).toBe('essential')
          for (const r of t.otherSide?.essential ?? []) {
            expect(find(zones, r, isMidline(r) ? undefined : otherSideOf(side))?.zone).toBe('essential')
          }
        }
      }
    }
  })

  it('lists otherSide regions only that are sided (a midline region needs no other side)', () => {
    for (const id of muscleIds) {
      for (const t of muscles[id].triggerPoints) {
        for (const r of [...(t.otherSide?.essential ?? []), ...(t.otherSide?.spillover ?? [])]) {
          expect(isMidline(r), `${id}/${t.id}: ${r}`).toBe(false)
        }
      }
    }
  })
})
