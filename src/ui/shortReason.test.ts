import { describe, expect, it } from 'vitest'
import { rankMuscles } from '../lookup/rankMuscles.ts'
import { shortReason } from './shortReason.ts'

describe('the one-line reason on a phone', () => {
  it('names the covered places first, then those the pattern may reach', () => {
    expect(shortReason({ essential: ['lateral_elbow'], spillover: ['forearm_posterior'], nearby: [], nearSpillover: [] }))
      .toBe('Covers outer elbow; may reach back of the forearm')
  })

  it('falls back to the spillover, then to the places the pattern lies next to', () => {
    expect(shortReason({ essential: [], spillover: ['forearm_posterior'], nearby: [], nearSpillover: [] })).toBe('May reach back of the forearm')
    expect(shortReason({ essential: [], spillover: [], nearby: ['lateral_elbow'], nearSpillover: [] })).toBe('Next to outer elbow')
  })

  it('is never empty and never longer than the full reason for real rankings', () => {
    const ranked = rankMuscles([
      { region: 'lateral_elbow', side: 'left' },
      { region: 'forearm_posterior', side: 'left' },
    ], { limit: 10 })
    expect(ranked.length).toBeGreaterThan(3)
    for (const r of ranked) {
      expect(shortReason(r)).not.toBe('')
      expect(shortReason(r).length).toBeLessThan(r.reason.length)
    }
  })
})
