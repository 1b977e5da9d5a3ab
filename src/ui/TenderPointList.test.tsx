import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { muscles } from '../data/muscles.ts'
import { tenderPointIds, tenderPoints } from '../data/tender-points.ts'
import { resetStore, setAudience, setTenderPointsVisible, useAppStore } from '../state/store.ts'
import { MusclePanel } from './MusclePanel.tsx'
import { TenderPointList } from './TenderPointList.tsx'
import { ViewControls } from './ViewControls.tsx'

beforeEach(() => resetStore())

describe('the tender-point list', () => {
  it('names all nine pairs with where each is and the muscles near it', () => {
    render(<TenderPointList />)
    const items = within(document.querySelector('ol.tender-point-list')!).getAllByRole('listitem')
    expect(items).toHaveLength(9)
    tenderPointIds.forEach((id, i) => {
      const tp = tenderPoints[id]
      const item = items[i]!
      expect(within(item).getByRole('heading', { level: 3 })).toHaveTextContent(tp.name)
      expect(item).toHaveTextContent(tp.location)
      for (const m of tp.nearMuscles) expect(item).toHaveTextContent(muscles[m].name)
    })
    expect(screen.getByText(/Wolfe/)).toBeInTheDocument()
  })

  it("uses the criteria's words in clinical terms", () => {
    setAudience('clinician')
    render(<TenderPointList />)
    expect(screen.getByText(tenderPoints.knee.clinicalLocation)).toBeInTheDocument()
    expect(screen.queryByText(tenderPoints.knee.location)).toBeNull()
  })

  it('opens the "Trigger points and tender points" explainer in one tap', async () => {
    render(<TenderPointList />)
    await userEvent.click(screen.getByRole('button', { name: 'Trigger points and tender points' }))
    expect(useAppStore.getState().explainer).toBe('trigger_vs_tender_points')
  })
})

describe('the tender-point list without the 3D body', () => {
  it('speaks of the points, not of rings that are not drawn', () => {
    render(<TenderPointList withRings={false} />)
    expect(screen.getByText(/These are the 18 tender points/)).toBeInTheDocument()
    expect(screen.queryByText(/rings/)).toBeNull()
  })
})

describe('the Tender points toggle', () => {
  it('turns the rings on and off, and the panel lists them only while on and nothing is selected', async () => {
    render(
      <>
        <ViewControls />
        <MusclePanel />
      </>,
    )
    const toggle = screen.getByRole('button', { name: 'Tender points' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(screen.queryByRole('heading', { name: 'Tender points' })).toBeNull()
    await userEvent.click(toggle)
    expect(useAppStore.getState().tenderPoints).toBe(true)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('heading', { name: 'Tender points' })).toBeInTheDocument()
    act(() => useAppStore.setState({ selected: { muscle: 'vastus_medialis', side: 'left' } }))
    expect(await screen.findByRole('button', { name: 'Close muscle details' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Tender points' })).toBeNull()
    act(() => {
      setTenderPointsVisible(false)
      useAppStore.setState({ selected: null })
    })
    expect(await screen.findByRole('heading', { name: 'Find where pain comes from' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Tender points' })).toBeNull()
  })
})
