import { describe, expect, it } from 'vitest'
import { muscleIds, muscles } from '../data/muscles.ts'
import { isMidline, regionIds } from '../data/regions.ts'
import { labelCount, painHeatLabels, referredPainLabels, regionLabel, zoneState } from './referredPainZones.ts'

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

  it("paints only the chosen part's zones when one part of a muscle is selected", () => {
    // Deltoid: the front part refers to the front of the shoulder, the back part to the back.
    const front = referredPainLabels('deltoid', 'left', 'anterior')
    const back = referredPainLabels('deltoid', 'left', 'posterior')
    const whole = referredPainLabels('deltoid', 'left')
    expect(front[regionLabel('anterior_shoulder', 'left')]).toBe(zoneState.essential)
    expect(front[regionLabel('posterior_shoulder', 'left')]).toBe(zoneState.none)
    expect(back[regionLabel('posterior_shoulder', 'left')]).toBe(zoneState.essential)
    expect(back[regionLabel('anterior_shoulder', 'left')]).toBe(zoneState.none)
    expect(whole[regionLabel('anterior_shoulder', 'left')]).toBe(zoneState.essential)
    expect(whole[regionLabel('posterior_shoulder', 'left')]).toBe(zoneState.essential)
  })
})

describe('patterns drawn on both sides', () => {
  it('paints the rectus abdominis back band on both halves, and only its own side elsewhere', () => {
    const states = referredPainLabels('rectus_abdominis', 'left')
    expect(states[regionLabel('thoracolumbar', 'left')]).toBe(zoneState.essential)
    expect(states[regionLabel('thoracolumbar', 'right')]).toBe(zoneState.essential)
    expect(states[regionLabel('lower_abdomen', 'left')]).toBe(zoneState.essential)
    expect(states[regionLabel('lower_abdomen', 'right')]).toBe(zoneState.none)
  })

  it('paints the sternocleidomastoid forehead pain on the other side stippled', () => {
    const states = referredPainLabels('sternocleidomastoid', 'right')
    expect(states[regionLabel('forehead', 'right')]).toBe(zoneState.essential)
    expect(states[regionLabel('forehead', 'left')]).toBe(zoneState.spillover)
  })
})

describe('heat of saved drawings', () => {
  it('grows with the share of drawings that marked an area, and stays 0 where none did', () => {
    const midline = regionIds.find(isMidline)!
    const heat = painHeatLabels(4, [
      { region: 'calf', side: 'left', count: 4 },
      { region: 'anterior_shoulder', side: 'right', count: 1 },
      { region: midline, side: null, count: 2 },
    ])
    expect(heat[regionLabel('calf', 'left')]).toBe(255)
    expect(heat[regionLabel('anterior_shoulder', 'right')]).toBe(64)
    expect(heat[regionLabel(midline, 'left')]).toBe(128)
    expect(heat[regionLabel(midline, 'right')]).toBe(128)
    expect(heat[regionLabel('calf', 'right')]).toBe(0)
    expect(painHeatLabels(0, [{ region: 'calf', side: 'left', count: 1 }]).every((v) => v === 0)).toBe(true)
  })

  it('never rounds an area marked once in many drawings down to nothing', () => {
    const heat = painHeatLabels(1000, [{ region: 'calf', side: 'left', count: 1 }])
    expect(heat[regionLabel('calf', 'left')]).toBe(1)
  })
})
