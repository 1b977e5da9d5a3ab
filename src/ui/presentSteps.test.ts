import { describe, expect, it } from 'vitest'
import type { MuscleOnSide } from '../state/store.ts'
import {
  firstStep,
  presentKeyAction,
  presentSteps,
  presentUnavailableReason,
  stepAfter,
  swipeAction,
  SWIPE_MIN_PX,
} from './presentSteps.ts'

const glutMin: MuscleOnSide = { muscle: 'gluteus_minimus', side: 'left' }
const piri: MuscleOnSide = { muscle: 'piriformis', side: 'left' }
const soleus: MuscleOnSide = { muscle: 'soleus', side: 'left' }
const list = [glutMin, piri, soleus]

describe('the steps Present goes through', () => {
  it('are the patient list, in order, whatever is selected', () => {
    expect(presentSteps({ patientList: list, selected: { muscle: 'infraspinatus', side: 'right' } })).toEqual(list)
  })
  it('are the selected muscle alone (its part kept) when the list is empty', () => {
    const part = { muscle: 'deltoid', side: 'right', part: 'anterior' } as MuscleOnSide
    expect(presentSteps({ patientList: [], selected: part })).toEqual([part])
  })
  it('are none with neither, and then Present says why it cannot start', () => {
    expect(presentSteps({ patientList: [], selected: null })).toEqual([])
    expect(presentUnavailableReason({ patientList: [], selected: null })).toMatch(/choose a muscle/i)
    expect(presentUnavailableReason({ patientList: [], selected: piri })).toBeNull()
    expect(presentUnavailableReason({ patientList: list, selected: null })).toBeNull()
  })
  it('start at the selected muscle when it is in the list, else at the first', () => {
    expect(firstStep(list, { ...piri })).toBe(1)
    expect(firstStep(list, { muscle: 'piriformis', side: 'right' })).toBe(0)
    expect(firstStep(list, null)).toBe(0)
  })
})

describe('the keys and swipes of Present', () => {
  it('step forward with the arrows, Page Down (clickers) and Space', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(presentKeyAction(key)).toBe('next')
  })
  it('step back with the arrows, Page Up and Shift+Space', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(presentKeyAction(key)).toBe('previous')
    expect(presentKeyAction(' ', true)).toBe('previous')
  })
  it('go to the ends with Home and End, leave with Escape, and ignore other keys', () => {
    expect(presentKeyAction('Home')).toBe('first')
    expect(presentKeyAction('End')).toBe('last')
    expect(presentKeyAction('Escape')).toBe('leave')
    for (const key of ['a', 'Enter', 'Tab', '+']) expect(presentKeyAction(key)).toBeNull()
  })
  it('stay within the list at both ends', () => {
    expect(stepAfter(0, 'next', 3)).toBe(1)
    expect(stepAfter(2, 'next', 3)).toBe(2)
    expect(stepAfter(0, 'previous', 3)).toBe(0)
    expect(stepAfter(1, 'previous', 3)).toBe(0)
    expect(stepAfter(1, 'first', 3)).toBe(0)
    expect(stepAfter(0, 'last', 3)).toBe(2)
    expect(stepAfter(0, 'next', 1)).toBe(0)
  })
  it('read a swipe to the left as next and to the right as previous, and ignore short or vertical drags', () => {
    expect(swipeAction(-120, 10)).toBe('next')
    expect(swipeAction(120, -10)).toBe('previous')
    expect(swipeAction(-(SWIPE_MIN_PX - 1), 0)).toBeNull()
    expect(swipeAction(-80, 90)).toBeNull()
    expect(swipeAction(0, 200)).toBeNull()
  })
})
