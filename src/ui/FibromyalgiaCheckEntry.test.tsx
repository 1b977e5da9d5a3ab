import { act, fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { closeFibromyalgiaCheck, useFibromyalgiaCheck } from '../state/fibromyalgiaCheck.ts'
import { setPainMarks } from '../state/painMarks.ts'
import { resetStore } from '../state/store.ts'
import { FibromyalgiaCheckEntry } from './FibromyalgiaCheckEntry.tsx'

beforeEach(() => {
  resetStore()
  closeFibromyalgiaCheck()
})

const open = () => fireEvent.click(screen.getByRole('button', { name: 'Check the fibromyalgia criteria (2016)' }))

describe('FibromyalgiaCheckEntry', () => {
  it('opens the check with no areas ticked when nothing is marked', () => {
    render(<FibromyalgiaCheckEntry />)
    expect(screen.getByText(/Areas you mark on the body are ticked there/)).toBeInTheDocument()
    open()
    expect(useFibromyalgiaCheck.getState()).toEqual({ open: true, prefill: [] })
  })

  it("opens it with the marks' index areas ticked, each once, in the form's order; places outside the index add none", () => {
    render(<FibromyalgiaCheckEntry />)
    act(() =>
      setPainMarks([
        { region: 'calf', side: 'right' },
        { region: 'posterior_neck', side: 'left' },
        { region: 'lateral_neck', side: 'right' },
        { region: 'heel', side: 'left' },
        { region: 'upper_shoulder_top', side: 'left' },
      ]),
    )
    expect(screen.getByText('Your marks tick 3 of its 19 areas; you can change them there.')).toBeInTheDocument()
    open()
    expect(useFibromyalgiaCheck.getState()).toEqual({
      open: true,
      prefill: ['shoulder_girdle_l', 'lower_leg_r', 'neck'],
    })
  })
})
