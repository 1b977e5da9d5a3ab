import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { muscleCatalogue as muscles } from '../data/muscle-catalogue.ts'
import { regions } from '../data/regions.ts'
import { treatments } from '../data/treatments.ts'
import { resetStore, selectMuscle, useAppStore } from '../state/store.ts'
import { MusclePanel } from './MusclePanel.tsx'
import { MuscleSearch } from './MuscleSearch.tsx'
import { ExplainerDialog } from './ExplainerDialog.tsx'
import { explainers } from '../data/explainers.ts'

beforeEach(() => resetStore())

describe('the muscle panel', () => {
  it('invites a first click when nothing is selected', () => {
    render(<MusclePanel />)
    expect(screen.getByRole('heading', { name: /find where pain comes from/i })).toBeInTheDocument()
  })

  it('shows the selected muscle: names, trigger points, zones in words, treatments by group, sources', () => {
    act(() => selectMuscle({ muscle: 'infraspinatus', side: 'left' }))
    render(<MusclePanel />)
    const m = muscles.infraspinatus
    expect(screen.getByRole('heading', { name: 'Left infraspinatus', level: 2 })).toBeInTheDocument()
    expect(screen.getByText(m.latin)).toBeInTheDocument()
    for (const t of m.triggerPoints) expect(screen.getByText(t.location, { exact: false })).toBeInTheDocument()
    const firstEssential = regions[m.triggerPoints[0]!.essentialZone[0]!].label
    expect(screen.getAllByText(new RegExp(`Essential zone: .*${firstEssential}`)).length).toBeGreaterThan(0)
    const groups = new Set(m.treatments.map((t) => treatments[t.id].group))
    const groupHeading = {
      home: 'Home care',
      nutrition: 'Nutrition',
      lifestyle: 'Lifestyle',
      clinical: 'With a clinician',
    }
    for (const g of groups) expect(screen.getByRole('heading', { name: groupHeading[g] })).toBeInTheDocument()
    for (const t of m.treatments) expect(screen.getAllByText(treatments[t.id].name).length).toBeGreaterThan(0)
    const sourceList = screen.getByRole('heading', { name: 'Sources' }).nextElementSibling as HTMLElement
    expect(within(sourceList).getAllByRole('listitem')).toHaveLength(m.sources.length)
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent('Spillover zone')
  })

  it('switches to the other side and closes', async () => {
    const user = userEvent.setup()
    act(() => selectMuscle({ muscle: 'soleus', side: 'left' }))
    render(<MusclePanel />)
    await user.click(screen.getByRole('button', { name: 'Right' }))
    expect(screen.getByRole('heading', { name: 'Right soleus', level: 2 })).toBeInTheDocument()
    expect(useAppStore.getState().selected).toEqual({ muscle: 'soleus', side: 'right' })
    await user.click(screen.getByRole('button', { name: 'Close muscle details' }))
    expect(useAppStore.getState().selected).toBeNull()
  })
})

describe('the search box', () => {
  it('selects and frames a muscle with the keyboard alone', async () => {
    const user = userEvent.setup()
    render(<MuscleSearch />)
    const box = screen.getByRole('combobox', { name: 'Search muscles' })
    await user.click(box)
    await user.keyboard('deltoi')
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Deltoid')
    await user.keyboard('{Enter}')
    expect(useAppStore.getState().selected).toEqual({ muscle: 'deltoid', side: 'left' })
    expect(useAppStore.getState().cameraRequest).toMatchObject({ kind: 'frame' })
    expect(box).toHaveValue('')
  })

  it('moves through results with the arrow keys', async () => {
    const user = userEvent.setup()
    render(<MuscleSearch />)
    await user.click(screen.getByRole('combobox', { name: 'Search muscles' }))
    await user.keyboard('gluteus')
    const options = screen.getAllByRole('option')
    expect(options.length).toBeGreaterThanOrEqual(3)
    await user.keyboard('{ArrowDown}')
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true')
    const chosen = screen.getAllByRole('option')[1]!.textContent
    await user.keyboard('{Enter}')
    const selected = useAppStore.getState().selected!
    expect(chosen).toContain(muscles[selected.muscle].name)
  })
})

describe('wording for patients and clinicians', () => {
  it('switches trigger-point locations to clinical terms and shows the clinical summary', async () => {
    const user = userEvent.setup()
    act(() => selectMuscle({ muscle: 'infraspinatus', side: 'left' }))
    render(<MusclePanel />)
    const m = muscles.infraspinatus
    expect(screen.queryByText(m.clinicalSummary)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Clinical terms' }))
    expect(screen.getByText(m.clinicalSummary)).toBeInTheDocument()
    expect(screen.getByText(m.triggerPoints[0]!.clinicalLocation, { exact: false })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Plain words' }))
    expect(screen.queryByText(m.clinicalSummary)).toBeNull()
  })
})

describe('explainer pages', () => {
  it('open from the muscle panel and close again', async () => {
    const user = userEvent.setup()
    act(() => selectMuscle({ muscle: 'soleus', side: 'left' }))
    render(
      <>
        <MusclePanel />
        <ExplainerDialog />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'What the two zones mean' }))
    const page = explainers.essential_spillover_zones
    expect(screen.getByRole('heading', { name: page.title, level: 2 })).toBeInTheDocument()
    for (const section of page.sections)
      expect(screen.getByRole('heading', { name: section.heading })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(useAppStore.getState().explainer).toBeNull()
  })

  it('lets the person show one part of a multi-part muscle, or the whole, with buttons', async () => {
    const user = userEvent.setup()
    act(() => selectMuscle({ muscle: 'deltoid', side: 'left' }))
    render(<MusclePanel />)
    const parts = screen.getByRole('group', { name: 'Part of the muscle shown' })
    expect(within(parts).getByRole('button', { name: 'Whole muscle' })).toHaveAttribute('aria-pressed', 'true')
    await user.click(within(parts).getByRole('button', { name: 'Posterior (spinal) part' }))
    expect(useAppStore.getState().selected).toEqual({ muscle: 'deltoid', side: 'left', part: 'posterior' })
    expect(screen.getByText(/Showing the posterior \(spinal\) part/)).toBeInTheDocument()
    expect(screen.getAllByText(/in the anterior \(clavicular\) part/).length).toBeGreaterThan(0)
    await user.click(within(parts).getByRole('button', { name: 'Whole muscle' }))
    expect(useAppStore.getState().selected).toEqual({ muscle: 'deltoid', side: 'left' })
    expect(screen.queryByText(/Showing the/)).not.toBeInTheDocument()
  })

  it('offers no part buttons for a one-part muscle', () => {
    act(() => selectMuscle({ muscle: 'infraspinatus', side: 'left' }))
    render(<MusclePanel />)
    expect(screen.queryByRole('group', { name: 'Part of the muscle shown' })).not.toBeInTheDocument()
  })
})
