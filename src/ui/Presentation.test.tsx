import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setMode } from '../state/painMarks.ts'
import {
  requestCamera,
  resetStore,
  selectMuscle,
  setComparing,
  setPatientList,
  setPresenting,
  useAppStore,
} from '../state/store.ts'
import { Presentation } from './Presentation.tsx'

const list = [
  { muscle: 'gluteus_minimus', side: 'left' },
  { muscle: 'piriformis', side: 'left' },
  { muscle: 'soleus', side: 'left' },
] as const

beforeEach(() => resetStore())
afterEach(() => {
  vi.restoreAllMocks()
  // Take away the Fullscreen API a test gave the document.
  for (const key of ['fullscreenEnabled', 'fullscreenElement', 'exitFullscreen']) Reflect.deleteProperty(document, key)
  Reflect.deleteProperty(document.documentElement, 'requestFullscreen')
})

const press = (key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.body, { key, ...init })
const shown = () => useAppStore.getState().selected

function startWithList() {
  setPatientList(list)
  render(<Presentation />)
  act(() => setPresenting(true))
}

describe('Present', () => {
  it('shows the first muscle of the list, large, with where its pain goes and the step', () => {
    startWithList()
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Left gluteus minimus')
    expect(screen.getByText(/^Its pain goes to the hip/)).toBeInTheDocument()
    expect(screen.getByText('1 of 3')).toBeInTheDocument()
    expect(shown()).toEqual(list[0])
    // The camera is asked to frame it.
    expect(useAppStore.getState().cameraRequest).toMatchObject({ kind: 'frame', target: list[0] })
  })

  it('steps with the arrows, Page Down / Page Up (clickers), Space, Home and End', () => {
    startWithList()
    press('ArrowRight')
    expect(shown()).toEqual(list[1])
    expect(screen.getByText('2 of 3')).toBeInTheDocument()
    press('PageDown')
    expect(shown()).toEqual(list[2])
    press('PageDown')
    expect(shown(), 'the last step stays').toEqual(list[2])
    press('ArrowLeft')
    expect(shown()).toEqual(list[1])
    press('PageUp')
    expect(shown()).toEqual(list[0])
    press(' ')
    expect(shown()).toEqual(list[1])
    press('End')
    expect(shown()).toEqual(list[2])
    press('Home')
    expect(shown()).toEqual(list[0])
    // A key with a modifier belongs to the browser (Alt+Left is Back).
    press('ArrowRight', { altKey: true })
    expect(shown()).toEqual(list[0])
  })

  it('keeps Space for a focused button, which presses it', () => {
    startWithList()
    const next = screen.getByRole('button', { name: /next/i })
    next.focus()
    fireEvent.keyDown(next, { key: ' ' })
    expect(shown(), 'the key alone did not step').toEqual(list[0])
    fireEvent.click(next)
    expect(shown()).toEqual(list[1])
    expect(screen.getByRole('button', { name: /previous/i })).toBeEnabled()
  })

  it('starts at the selected muscle when it is in the list', () => {
    setPatientList(list)
    selectMuscle({ muscle: 'piriformis', side: 'left' })
    render(<Presentation />)
    act(() => setPresenting(true))
    expect(screen.getByText('2 of 3')).toBeInTheDocument()
  })

  it('shows the selected muscle alone with an empty list, without step buttons', () => {
    selectMuscle({ muscle: 'soleus', side: 'right' })
    render(<Presentation />)
    act(() => setPresenting(true))
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Right soleus')
    expect(screen.queryByRole('button', { name: /next/i })).toBeNull()
    press('ArrowRight')
    expect(shown()).toEqual({ muscle: 'soleus', side: 'right' })
  })

  it('leaves at once when there is nothing to show', () => {
    render(<Presentation />)
    act(() => setPresenting(true))
    expect(useAppStore.getState().presenting).toBe(false)
  })

  it('leaves with Escape or Leave and gives back the selection, mode, comparison and view', () => {
    for (const leave of [() => press('Escape'), () => fireEvent.click(screen.getByRole('button', { name: 'Leave' }))]) {
      resetStore()
      setPatientList(list)
      setComparing(true)
      setMode('where_it_hurts')
      selectMuscle({ muscle: 'infraspinatus', side: 'right' })
      requestCamera({ kind: 'preset', preset: 'back' })
      const before = useAppStore.getState()
      const { unmount } = render(<Presentation />)
      act(() => setPresenting(true))
      expect(useAppStore.getState()).toMatchObject({ mode: 'explore', comparing: false })
      press('ArrowRight')
      act(() => {
        leave()
      })
      const after = useAppStore.getState()
      expect(after.presenting).toBe(false)
      expect(after.selected).toBe(before.selected)
      expect(after.mode).toBe('where_it_hurts')
      expect(after.comparing).toBe(true)
      expect(after.cameraRequest).toBe(before.cameraRequest)
      expect(screen.queryByRole('heading', { level: 2 })).toBeNull()
      unmount()
    }
  })

  it('gives the view back in the same change that ends Present, whoever ends it', () => {
    setPatientList(list)
    selectMuscle({ muscle: 'soleus', side: 'left' })
    // What a component (the phone sheet) renders while Present ends.
    const seen: string[] = []
    function Probe() {
      const presenting = useAppStore((s) => s.presenting)
      const selected = useAppStore((s) => s.selected)
      seen.push(`${presenting}:${selected?.muscle}`)
      return null
    }
    render(
      <>
        <Probe />
        <Presentation />
      </>,
    )
    act(() => setPresenting(true))
    press('Home')
    seen.length = 0
    act(() => setPresenting(false))
    expect(seen).toEqual(['false:soleus'])
  })

  it('goes full screen where the browser can, and leaving full screen leaves Present', async () => {
    let element: Element | null = null
    const change = () => document.dispatchEvent(new Event('fullscreenchange'))
    // jsdom has no Fullscreen API: give the document one for this test.
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => true })
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element })
    const exit = vi.fn(() => Promise.resolve())
    document.exitFullscreen = exit
    const request = vi.fn(() => {
      element = document.documentElement
      change()
      return Promise.resolve()
    })
    document.documentElement.requestFullscreen = request
    startWithList()
    await act(async () => {})
    expect(request).toHaveBeenCalledTimes(1)
    // The browser's own Escape (or F11) ends full screen.
    act(() => {
      element = null
      change()
    })
    expect(useAppStore.getState().presenting).toBe(false)
    expect(exit, 'already out of full screen').not.toHaveBeenCalled()
  })

  it('leaves full screen when Present ends from the page', async () => {
    let element: Element | null = null
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => true })
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element })
    document.documentElement.requestFullscreen = vi.fn(() => {
      element = document.documentElement
      document.dispatchEvent(new Event('fullscreenchange'))
      return Promise.resolve()
    })
    const exit = vi.fn(() => {
      element = null
      return Promise.resolve()
    })
    document.exitFullscreen = exit
    startWithList()
    await act(async () => {})
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }))
    expect(exit).toHaveBeenCalledTimes(1)
    expect(useAppStore.getState().presenting).toBe(false)
  })
})
