// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetStore, setPatientList, useAppStore } from '../state/store.ts'
import { PatientList } from './PatientList.tsx'

const printHandout = vi.hoisted(() => vi.fn(() => Promise.resolve(true)))
vi.mock('../print/printHandout.ts', () => ({ printHandout }))

const list = [
  { muscle: 'gluteus_minimus', side: 'left' },
  { muscle: 'piriformis', side: 'left' },
] as const

beforeEach(() => {
  resetStore()
  printHandout.mockClear()
})

describe('the patient list', () => {
  it('is absent while the list is empty', () => {
    const { container } = render(<PatientList />)
    expect(container).toBeEmptyDOMElement()
  })

  it('prints one handout for the whole list, in its order', () => {
    setPatientList(list)
    render(<PatientList />)
    fireEvent.click(screen.getByRole('button', { name: 'Print handout for the list' }))
    expect(printHandout).toHaveBeenCalledTimes(1)
    expect(printHandout).toHaveBeenCalledWith(list)
  })

  it('presents the list full screen', () => {
    setPatientList(list)
    render(<PatientList />)
    expect(useAppStore.getState().presenting).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: 'Present the list' }))
    expect(useAppStore.getState().presenting).toBe(true)
  })

  it('compares the muscles on the body and back, and takes one off', () => {
    setPatientList(list)
    render(<PatientList />)
    fireEvent.click(screen.getByRole('button', { name: 'Compare on the body' }))
    expect(useAppStore.getState().comparing).toBe(true)
    expect(screen.getByRole('heading', { name: /Compared on the body/ })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Show one at a time' }))
    expect(useAppStore.getState().comparing).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: 'Take left piriformis off the list' }))
    expect(useAppStore.getState().patientList).toEqual([list[0]])
  })
})
