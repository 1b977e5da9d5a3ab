import { describe, expect, it } from 'vitest'
import { muscleIds } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import { decodeUrlState, encodeUrlState } from './url.ts'

describe('URL codec', () => {
  it('round-trips every muscle on both sides', () => {
    for (const muscle of muscleIds) {
      for (const side of ['left', 'right'] as const) {
        const search = encodeUrlState({ selected: { muscle, side }, painMarks: [] })
        expect(decodeUrlState(search)).toEqual({ state: { selected: { muscle, side }, painMarks: [] }, problems: [] })
      }
    }
  })

  it('writes nothing when nothing is selected, and reads an empty query as no selection', () => {
    expect(encodeUrlState({ selected: null, painMarks: [] })).toBe('')
    expect(decodeUrlState('')).toEqual({ state: { selected: null, painMarks: [] }, problems: [] })
  })

  it('keeps links compact', () => {
    expect(encodeUrlState({ selected: { muscle: 'infraspinatus', side: 'left' }, painMarks: [] })).toBe('?v=1&m=infraspinatus&s=l')
  })

  it('drops an unknown muscle with a message naming it', () => {
    const { state, problems } = decodeUrlState('?m=not_a_muscle')
    expect(state.selected).toBeNull()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('not_a_muscle')
  })

  it('falls back to the left side for an unknown side, and says so', () => {
    const { state, problems } = decodeUrlState('?m=infraspinatus&s=up')
    expect(state.selected).toEqual({ muscle: 'infraspinatus', side: 'left' })
    expect(problems[0]).toMatch(/unknown side/)
  })

  it('never throws on garbage and never echoes markup', () => {
    for (const garbage of ['?m=%E0%A4%A', '?m=<script>alert(1)</script>', '?m=__proto__', '?m=toString', '?v=99&m=deltoid', '?s=l', '?&&&==']) {
      const { state, problems } = decodeUrlState(garbage)
      expect(state.selected === null || state.selected.muscle === 'deltoid').toBe(true)
      for (const p of problems) expect(p).not.toContain('<')
    }
    expect(decodeUrlState('?m=__proto__').state.selected).toBeNull()
    expect(decodeUrlState('?v=99&m=deltoid').problems[0]).toMatch(/another version/)
  })
})

describe('pain marks in the link', () => {
  it('round-trip every region on both sides', () => {
    const painMarks = regionIds.flatMap((region) => (['left', 'right'] as const).map((side) => ({ region, side })))
    const search = encodeUrlState({ selected: null, painMarks })
    expect(decodeUrlState(search)).toEqual({ state: { selected: null, painMarks }, problems: [] })
  })

  it('stay short: four marks and a muscle in under 60 characters', () => {
    const search = encodeUrlState({
      selected: { muscle: 'supinator', side: 'left' },
      painMarks: [{ region: 'lateral_elbow', side: 'left' }, { region: 'forearm_posterior', side: 'left' }, { region: 'back_of_hand', side: 'left' }, { region: 'thumb', side: 'left' }],
    })
    expect(search.length).toBeLessThan(60)
  })

  it('drop unreadable marks with a message and keep the rest', () => {
    const { state, problems } = decodeUrlState('?v=1&p=0.zzz.%3Cb%3E.1')
    expect(state.painMarks).toEqual([{ region: regionIds[0], side: 'left' }, { region: regionIds[0], side: 'right' }])
    expect(problems[0]).toMatch(/2 of the pain marks/)
  })
})

describe('a muscle part in the link', () => {
  it('round-trips the part of a multi-part muscle and keeps it short', () => {
    const selected = { muscle: 'deltoid', side: 'right', part: 'posterior' } as const
    const search = encodeUrlState({ selected, painMarks: [] })
    expect(search).toBe('?v=1&m=deltoid&s=r&t=posterior')
    expect(decodeUrlState(search)).toEqual({ state: { selected, painMarks: [] }, problems: [] })
  })

  it('shows the whole muscle, with a message, for a part it does not have or that holds no trigger point', () => {
    for (const link of ['?m=deltoid&s=l&t=wing', '?m=infraspinatus&t=belly', '?m=scalenes&t=minimus']) {
      const { state, problems } = decodeUrlState(link)
      expect(state.selected?.part, link).toBeUndefined()
      expect(state.selected?.muscle, link).toBeDefined()
      expect(problems[0], link).toMatch(/showing the whole muscle/)
    }
  })

  it('keeps the posterior scalene, which now holds its own trigger point', () => {
    const { state, problems } = decodeUrlState('?m=scalenes&s=l&t=posterior')
    expect(state.selected).toEqual({ muscle: 'scalenes', side: 'left', part: 'posterior' })
    expect(problems).toEqual([])
  })
})

