import { describe, expect, it } from 'vitest'
import { muscleIds } from '../data/muscles.ts'
import { decodeUrlState, encodeUrlState } from './url.ts'

describe('URL codec', () => {
  it('round-trips every muscle on both sides', () => {
    for (const muscle of muscleIds) {
      for (const side of ['left', 'right'] as const) {
        const search = encodeUrlState({ selected: { muscle, side } })
        expect(decodeUrlState(search)).toEqual({ state: { selected: { muscle, side } }, problems: [] })
      }
    }
  })

  it('writes nothing when nothing is selected, and reads an empty query as no selection', () => {
    expect(encodeUrlState({ selected: null })).toBe('')
    expect(decodeUrlState('')).toEqual({ state: { selected: null }, problems: [] })
  })

  it('keeps links compact', () => {
    expect(encodeUrlState({ selected: { muscle: 'infraspinatus', side: 'left' } })).toBe('?v=1&m=infraspinatus&s=l')
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
