import { beforeEach, describe, expect, it } from 'vitest'
import { applyBrush, beginStroke, removeMark, undoPain } from './painMarks.ts'
import { useAppStore } from './store.ts'

describe('removing one marked area', () => {
  beforeEach(() => useAppStore.setState({ painMarks: [], painHistory: [] }))

  it('takes away only that area on that side, keeps the order of the rest, and can be undone', () => {
    beginStroke()
    applyBrush(
      [
        { region: 'lateral_hip_trochanter', side: 'left' },
        { region: 'back_of_hand', side: 'left' },
        { region: 'lateral_thigh', side: 'left' },
        { region: 'back_of_hand', side: 'right' },
      ],
      'paint',
    )
    removeMark({ region: 'back_of_hand', side: 'left' })
    expect(useAppStore.getState().painMarks).toEqual([
      { region: 'lateral_hip_trochanter', side: 'left' },
      { region: 'lateral_thigh', side: 'left' },
      { region: 'back_of_hand', side: 'right' },
    ])
    undoPain()
    expect(useAppStore.getState().painMarks).toContainEqual({ region: 'back_of_hand', side: 'left' })
  })

  it('adds no undo step when the area is not marked', () => {
    removeMark({ region: 'thumb', side: 'left' })
    expect(useAppStore.getState().painHistory).toEqual([])
  })
})
