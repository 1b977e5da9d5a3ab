import { describe, expect, it } from 'vitest'
import { muscleIds, muscles } from '../data/muscles.ts'
import { isMidline, regionIds } from '../data/regions.ts'
import { labelCount, referredPainLabels, regionLabel, zoneState } from './referredPainZones.ts'

describe('referred-pain zone labels', () => {
  it('paints the left infraspinatus zones on the left only: front of the shoulder solid', () => {
    const states = referredPainLabels('infraspinatus', 'left')
    expect(states[regionLabel('anterior_shoulder', 'left')]).toBe(zoneState.essential)
    expect(states[regionLabel('anterior_shoulder', 'right')]).toBe(zoneState.none)
    expect(states[regionLabel('upper_arm_anterior', 'left')]).toBe(zoneState.spillover)
    expect(states[regionLabel('calf', 'left')]).toBe(zoneState.none)
  })

  it('paints midline regions on both halves', () => {
    const id = muscleIds.find((m) => muscles[m].triggerPoints.some((t) => t.essentialZone.some(isMidline)))!
    const region = muscles[id].triggerPoints.flatMap((t) => t.essentialZone).find(isMidline)!
    const states = referredPainLabels(id, 'right')
    expect(states[regionLabel(region, 'left')]).toBe(zoneState.essential)
    expect(states[regionLabel(region, 'right')]).toBe(zoneState.essential)
  })

  it('lets essential win where one trigger point calls a region essential and another spillover', () => {
    for (const id of muscleIds) {
      const states = referredPainLabels(id, 'left')
      for (const t of muscles[id].triggerPoints) {
        for (const r of t.essentialZone) expect(states[regionLabel(r, 'left')]).toBe(zoneState.essential)
      }
    }
  })

  it('has one label per region and side, matching the generator (index * 2 + side)', () => {
    expect(labelCount).toBe(regionIds.length * 2)
    expect(regionLabel(regionIds[3]!, 'right')).toBe(7)
  })
})
