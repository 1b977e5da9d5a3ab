import { describe, expect, it } from 'vitest'
import { selectableParts } from '../data/muscle-parts.ts'
import { muscleIds } from '../data/muscles.ts'
import { painGoesLine } from './presentCaption.ts'

describe("Present's line on where the pain goes", () => {
  it('names body parts in plain words, the spillover as "may also reach"', () => {
    expect(painGoesLine({ muscle: 'piriformis', side: 'left' }, 'patient')).toBe(
      'Its pain goes to the lower back and hip; it may also reach the thigh.',
    )
  })
  it("names each region by zone in clinical terms, keeping a name's capital", () => {
    expect(painGoesLine({ muscle: 'piriformis', side: 'left' }, 'clinician')).toBe(
      'Essential zone: sacroiliac joint, buttock; spillover: back of the thigh.',
    )
    expect(painGoesLine({ muscle: 'soleus', side: 'right' }, 'clinician')).toContain('Achilles tendon')
  })
  it('follows a chosen part: only the zones of its trigger points', () => {
    // Some muscle has a part whose pattern is narrower than the whole muscle's.
    const narrower = muscleIds.flatMap((muscle) =>
      selectableParts(muscle).map((p) => ({
        whole: painGoesLine({ muscle, side: 'left' }, 'clinician'),
        part: painGoesLine({ muscle, side: 'left', part: p.id }, 'clinician'),
      })),
    )
    expect(narrower.some((n) => n.part.length > 0 && n.part.length < n.whole.length)).toBe(true)
    for (const n of narrower) expect(n.part.length).toBeLessThanOrEqual(n.whole.length)
  })
  it('has words for every muscle in both wordings, ending in a full stop', () => {
    for (const muscle of muscleIds)
      for (const audience of ['patient', 'clinician'] as const) {
        const line = painGoesLine({ muscle, side: 'left' }, audience)
        expect(line, `${muscle} ${audience}`).toMatch(/^[A-Z].*\.$/)
        expect(line, `${muscle} ${audience}`).not.toMatch(/undefined|;\s*\.|\s\./)
      }
  })
})
