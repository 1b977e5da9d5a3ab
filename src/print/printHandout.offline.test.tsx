import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { lazyModule } from '../state/lazyModule.ts'
import { resetStore, selectMuscle } from '../state/store.ts'
import { FAILURE_SHOWN_MS, Handout } from './Handout.tsx'
import { prepareSelectedNow, printHandout } from './printHandout.ts'
import { useHandoutStore } from './handoutStore.ts'

// The clinical text cannot be fetched (offline before it was ever loaded).
vi.mock('../ui/clinicalText.ts', () => ({
  clinicalText: lazyModule(() => Promise.reject(new Error('offline'))),
}))

describe('printing when the clinical text cannot be fetched', () => {
  it('says the handout could not be prepared, opens no print dialog, and the line goes after a while', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    render(<Handout />)
    let printed: boolean | undefined
    await act(async () => {
      printed = await printHandout([{ muscle: 'infraspinatus', side: 'left' }])
    })
    expect(printed).toBe(false)
    expect(print).not.toHaveBeenCalled()
    expect(useHandoutStore.getState().sections).toEqual([])
    expect(screen.getByRole('status')).toHaveTextContent('The handout could not be prepared')
    act(() => {
      vi.advanceTimersByTime(FAILURE_SHOWN_MS)
    })
    expect(screen.getByRole('status').textContent).toBe('')
    vi.useRealTimers()
    print.mockRestore()
  })

  it('leaves Ctrl/Cmd+P to print the page as it is (no half-empty handout)', () => {
    selectMuscle({ muscle: 'infraspinatus', side: 'left' })
    expect(prepareSelectedNow()).toBe(false)
    expect(useHandoutStore.getState().sections).toEqual([])
    resetStore()
  })
})
