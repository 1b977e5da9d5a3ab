import { describe, expect, it } from 'vitest'
import { muscleIds, muscles } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import { triggerPointSkin } from '../data/trigger-point-skin.ts'
import { LOCAL_WEIGHT, NEARBY_COVER, rankMuscles, type RankedMuscle } from './rankMuscles.ts'

const find = (ranked: RankedMuscle[], muscle: string, side?: string) =>
  ranked.find((r) => r.muscle === muscle && r.side === side)

describe('rankMuscles: local pain (a mark over the muscle’s own trigger point)', () => {
  it('has the skin region of every trigger point of every muscle, and only those', () => {
    for (const id of muscleIds) {
      const table = triggerPointSkin[id]
      expect(Object.keys(table).sort(), id).toEqual(muscles[id].triggerPoints.map((t) => t.id).sort())
      for (const region of Object.values(table)) expect(regionIds, id).toContain(region)
    }
  })

  it('lists a muscle whose zones neither reach nor border the mark when its trigger point lies under it, and says so', () => {
    // The splenius capitis' one trigger point lies under the back of the neck; its zones (the
    // top of the head) do not reach or border it.
    expect(triggerPointSkin.splenius_capitis).toEqual({ upper: 'posterior_neck' })
    const ranked = rankMuscles([{ region: 'posterior_neck', side: 'left' }])
    const splenius = find(ranked, 'splenius_capitis', 'left')!
    expect(splenius).toBeDefined()
    expect([...splenius.essential, ...splenius.spillover, ...splenius.nearby, ...splenius.nearSpillover]).toEqual([])
    expect(splenius.local).toEqual(['posterior_neck'])
    expect(splenius.score).toBeGreaterThanOrEqual(LOCAL_WEIGHT)
    expect(splenius.score).toBeLessThanOrEqual(LOCAL_WEIGHT + 0.008)
    expect(splenius.reason).toBe('Its trigger point lies under your back of the neck.')
    // Not on the other side: a trigger point lies under its own side's skin only.
    expect(find(ranked, 'splenius_capitis', 'right')).toBeUndefined()
  })

  it('raises a muscle whose zones only border the mark above those that border it without a trigger point there', () => {
    // The supinator's trigger point lies under the front of the forearm, which its usual
    // pattern (the outer elbow) borders; the triceps' pattern borders it too, with no trigger point there.
    expect(Object.values(triggerPointSkin.supinator)).toContain('forearm_anterior')
    const ranked = rankMuscles([{ region: 'forearm_anterior', side: 'left' }])
    const supinator = find(ranked, 'supinator', 'left')!
    expect(supinator.nearby).toEqual(['forearm_anterior'])
    expect(supinator.local).toEqual(['forearm_anterior'])
    expect(supinator.score).toBeGreaterThanOrEqual(NEARBY_COVER + LOCAL_WEIGHT)
    expect(supinator.reason).toBe(
      'Its usual pattern lies next to your front of the forearm. Its trigger point lies under your front of the forearm.',
    )
    for (const r of ranked) {
      if (r.essential.length + r.spillover.length > 0 || r.local.length > 0 || r.nearby.length === 0) continue
      expect(ranked.indexOf(supinator), r.muscle).toBeLessThan(ranked.indexOf(r))
    }
  })

  it('counts only for marks the zones do not reach, and never above a muscle whose zones reach a single mark', () => {
    for (const region of regionIds) {
      const ranked = rankMuscles([{ region, side: 'left' }])
      const reaching = ranked.filter((r) => r.essential.length + r.spillover.length > 0)
      // Those whose zones reach the mark come first, as before the term.
      expect(ranked.slice(0, reaching.length), region).toEqual(reaching)
      for (const r of ranked) {
        for (const l of r.local) {
          expect(Object.values(triggerPointSkin[r.muscle]), `${region}: ${r.muscle}`).toContain(l)
          expect([...r.essential, ...r.spillover], `${region}: ${r.muscle}`).not.toContain(l)
        }
        if (r.local.length > 0) expect(r.reason, `${region}: ${r.muscle}`).toMatch(/trigger points? lies? under your /)
        else expect(r.reason, `${region}: ${r.muscle}`).not.toMatch(/ under your /)
      }
    }
  })

  it('names how many of its trigger points lie under the marks', () => {
    // The temporalis has three trigger points, two of them under the ear's skin in the body model.
    const temporalis = find(rankMuscles([{ region: 'ear', side: 'left' }]), 'temporalis', 'left')!
    expect(Object.values(triggerPointSkin.temporalis).filter((r) => r === 'ear')).toHaveLength(2)
    expect(temporalis.reason).toBe(
      'Its usual pattern lies next to your ear. Some of its trigger points lie under your ear.',
    )
    // The teres major has two, one under the front of the shoulder.
    const teres = find(rankMuscles([{ region: 'anterior_shoulder', side: 'left' }]), 'teres_major', 'left')!
    expect(teres.reason).toBe('One of its trigger points lies under your front of the shoulder.')
  })
})
