import { describe, expect, it } from 'vitest'
import { regionIds, regions, type RegionId } from '../data/regions.ts'
import { studyFindings } from '../data/study-findings/index.ts'
import { rankMuscles, studyEvidence } from '../lookup/rankMuscles.ts'
import { shortReason } from './shortReason.ts'

describe('the one-line reason on a phone', () => {
  it('names the covered places first, then those the pattern may reach', () => {
    expect(
      shortReason({
        essential: ['lateral_elbow'],
        spillover: ['forearm_posterior'],
        nearby: [],
        nearSpillover: [],
        local: [],
        studies: [],
      }),
    ).toBe('Covers outer elbow; may reach back of the forearm')
  })

  it('falls back to the spillover, then to the places the pattern lies next to', () => {
    expect(
      shortReason({
        essential: [],
        spillover: ['forearm_posterior'],
        nearby: [],
        nearSpillover: [],
        local: [],
        studies: [],
      }),
    ).toBe('May reach back of the forearm')
    expect(
      shortReason({
        essential: [],
        spillover: [],
        nearby: ['lateral_elbow'],
        nearSpillover: [],
        local: [],
        studies: [],
      }),
    ).toBe('Next to outer elbow')
  })

  it('says where its own trigger point lies when that is all that ranked it', () => {
    expect(
      shortReason({
        essential: [],
        spillover: [],
        nearby: [],
        nearSpillover: [],
        local: ['posterior_neck'],
        studies: [],
      }),
    ).toBe(`Its trigger point lies under ${regions.posterior_neck.label.toLowerCase()}`)
    // In a real ranking: some muscle is listed for one marked place only through the local term.
    const localOnly = regionIds
      .flatMap((region) => rankMuscles([{ region, side: 'left' }], { limit: 200 }))
      .filter((r) => r.essential.length + r.spillover.length + r.nearby.length + r.nearSpillover.length === 0)
    expect(localOnly.length).toBeGreaterThan(0)
    for (const r of localOnly) expect(shortReason(r)).toMatch(/^Its trigger point lies under /)
  })

  it('says where studies found it when that is all that ranked it', () => {
    const evidence = studyEvidence(studyFindings)
    const studiesOnly = regionIds
      .flatMap((region) => rankMuscles([{ region, side: 'left' }], { limit: 200, evidence }))
      .filter((r) => r.essential.length + r.spillover.length + r.nearby.length + r.nearSpillover.length === 0)
      .filter((r) => r.local.length === 0)
    expect(studiesOnly.length).toBeGreaterThan(0)
    for (const r of studiesOnly) expect(shortReason(r)).toMatch(/^Found in \d+ of \d+ studies of pain in /)
  })

  it('adds the studies where the zones only border the marks', () => {
    const r = {
      essential: [],
      spillover: [],
      nearby: ['upper_shoulder_top' as const],
      nearSpillover: [],
      local: [],
      studies: [
        { region: 'upper_shoulder_top' as const, found: 14, of: 15, sources: [] },
        { region: 'posterior_neck' as const, found: 2, of: 20, sources: [] },
      ],
    }
    expect(shortReason(r)).toBe(
      `Next to ${regions.upper_shoulder_top.label.toLowerCase()}; found there in 14 of 15 studies`,
    )
    // Where its pattern covers a mark, that is the line, as before.
    expect(shortReason({ ...r, essential: ['posterior_neck'], nearby: [] })).toBe(
      `Covers ${regions.posterior_neck.label.toLowerCase()}`,
    )
  })

  it('is never empty and never longer than the full reason for real rankings, as the app ranks them', () => {
    const evidence = studyEvidence(studyFindings)
    for (const marks of [
      ['lateral_elbow', 'forearm_posterior'],
      ['temple'],
      ['knee_anterior'],
      ['low_back', 'buttock'],
    ]) {
      const ranked = rankMuscles(
        marks.map((region) => ({ region: region as RegionId, side: 'left' as const })),
        { limit: 10, evidence },
      )
      expect(ranked.length).toBeGreaterThan(3)
      for (const r of ranked) {
        expect(shortReason(r)).not.toBe('')
        expect(shortReason(r).length).toBeLessThan(r.reason.length)
      }
    }
  })
})
