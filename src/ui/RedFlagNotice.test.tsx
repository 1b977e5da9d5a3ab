import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { redFlags } from '../data/red-flags.ts'
import type { RegionId } from '../data/regions.ts'
import { resetStore, selectMuscle, useAppStore } from '../state/store.ts'
import { LikelyMuscles } from './LikelyMuscles.tsx'
import { MusclePanel } from './MusclePanel.tsx'
import { MuscleSearch } from './MuscleSearch.tsx'
import { RedFlagNotice } from './RedFlagNotice.tsx'
import { WhereItHurtsPanel } from './WhereItHurtsPanel.tsx'

beforeEach(() => resetStore())

const notice = () => screen.getByRole('note', { name: /check first/i })
const mark = (...regions: [RegionId, 'left' | 'right'][]) =>
  act(() => useAppStore.setState({ painMarks: regions.map(([region, side]) => ({ region, side })) }))

describe('the red-flag notice', () => {
  it('renders nothing without notices', () => {
    const { container } = render(<RedFlagNotice ids={[]} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('is a labelled note with each title and its advice, its sources, and the way to "When to see a clinician"', async () => {
    const user = userEvent.setup()
    render(<RedFlagNotice ids={['heart', 'deep_vein_thrombosis']} />)
    const box = notice()
    expect(within(box).getByRole('heading', { name: /check first/i })).toBeInTheDocument()
    for (const id of ['heart', 'deep_vein_thrombosis'] as const) {
      expect(box).toHaveTextContent(redFlags[id].title)
      expect(box).toHaveTextContent(redFlags[id].text)
    }
    expect(within(box).getByText(/Gulati/)).toBeInTheDocument()
    await user.click(within(box).getByRole('button', { name: 'When to see a clinician' }))
    expect(useAppStore.getState().explainer).toBe('when_to_see_a_clinician')
  })

  it('in brief, gives the first notices in full and the rest by title', () => {
    render(<RedFlagNotice ids={['heart', 'abdomen', 'deep_vein_thrombosis']} brief={1} />)
    expect(notice()).toHaveTextContent(redFlags.heart.text)
    expect(notice()).toHaveTextContent(redFlags.deep_vein_thrombosis.title)
    expect(notice()).not.toHaveTextContent(redFlags.deep_vein_thrombosis.text)
  })
})

describe('"Where does it hurt?" results', () => {
  it('left chest and inner arm: the heart notice sits above the ranked muscles', () => {
    mark(['upper_chest', 'left'], ['upper_arm_medial', 'left'])
    render(<LikelyMuscles />)
    const list = screen.getByRole('list', { name: 'Most likely muscles' })
    expect(notice()).toHaveTextContent(redFlags.heart.title)
    expect(notice().compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it.each([
    ['chest', 'sternum', 'heart'],
    ['chest', 'breast_nipple', 'heart'],
    ['calf', 'calf', 'deep_vein_thrombosis'],
    ['abdomen', 'lower_abdomen', 'abdomen'],
    ['abdomen', 'upper_abdomen', 'abdomen'],
    ['groin', 'groin', 'abdomen'],
  ] as const)('%s (%s): no ranked list without its notice', (_, region, id) => {
    mark([region, 'right'])
    render(<LikelyMuscles />)
    expect(screen.getByRole('list', { name: 'Most likely muscles' })).toBeInTheDocument()
    expect(notice()).toHaveTextContent(redFlags[id].title)
  })

  it('control: the thumb ranks muscles with no notice', () => {
    mark(['thumb', 'left'])
    render(<LikelyMuscles />)
    expect(screen.getByRole('list', { name: 'Most likely muscles' })).toBeInTheDocument()
    expect(screen.queryByRole('note', { name: /check first/i })).not.toBeInTheDocument()
  })

  it('a chosen muscle does not repeat the notice the marks already show', () => {
    mark(['upper_chest', 'left'])
    act(() => selectMuscle({ muscle: 'pectoralis_major', side: 'left' }))
    render(<WhereItHurtsPanel withTools={false} />)
    expect(screen.getAllByText(`${redFlags.heart.title}.`)).toHaveLength(1)
  })
})

describe('symptom search', () => {
  it.each([
    ['chest pain', 'heart'],
    ['calf pain', 'deep_vein_thrombosis'],
    ['stomach ache', 'abdomen'],
    ['headache', 'sudden_headache'],
  ] as const)('"%s" shows the %s notice with the results', async (query, id) => {
    const user = userEvent.setup()
    render(<MuscleSearch />)
    await user.type(screen.getByRole('combobox'), query)
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0)
    expect(notice()).toHaveTextContent(redFlags[id].title)
  })

  it('a muscle name shows no notice', async () => {
    const user = userEvent.setup()
    render(<MuscleSearch />)
    await user.type(screen.getByRole('combobox'), 'infraspinatus')
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Infraspinatus')
    expect(screen.queryByRole('note', { name: /check first/i })).not.toBeInTheDocument()
  })

  it('"fibromyalgia" lists its explainer pages as their own group; choosing one opens it', async () => {
    const user = userEvent.setup()
    render(<MuscleSearch />)
    await user.type(screen.getByRole('combobox'), 'fibromyalgia')
    const pages = screen.getByRole('group', { name: 'Explainer pages' })
    const first = within(pages).getAllByRole('option')[0]!
    expect(first).toHaveTextContent('Fibromyalgia and trigger points')
    await user.click(first)
    expect(useAppStore.getState().explainer).toBe('fibromyalgia_and_trigger_points')
  })

  it('the arrow keys reach the explainer pages after the muscles', async () => {
    const user = userEvent.setup()
    render(<MuscleSearch />)
    await user.type(screen.getByRole('combobox'), 'when to see a clinician')
    const options = screen.getAllByRole('option')
    for (let i = 0; i < options.length - 1; i++) await user.keyboard('{ArrowDown}')
    expect(options.at(-1)).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Enter}')
    expect(useAppStore.getState().explainer).not.toBeNull()
  })

  it('a query with no match says so and suggests what to try', async () => {
    const user = userEvent.setup()
    render(<MuscleSearch />)
    await user.type(screen.getByRole('combobox'), 'qwxzv')
    expect(screen.queryAllByRole('option')).toHaveLength(0)
    expect(screen.getByRole('status')).toHaveTextContent(/nothing matches “qwxzv”/i)
    expect(screen.getByRole('status')).toHaveTextContent(/headache/)
  })
})

describe('the muscle panel', () => {
  it.each([
    ['pectoralis_major', 'heart'],
    ['soleus', 'deep_vein_thrombosis'],
    ['rectus_abdominis', 'abdomen'],
    ['sternocleidomastoid', 'sudden_headache'],
  ] as const)('%s shows the %s notice', (muscle, id) => {
    act(() => selectMuscle({ muscle, side: 'left' }))
    render(<MusclePanel />)
    expect(notice()).toHaveTextContent(redFlags[id].title)
  })

  it('control: a hand muscle shows none', () => {
    act(() => selectMuscle({ muscle: 'adductor_pollicis', side: 'left' }))
    render(<MusclePanel />)
    expect(screen.queryByRole('note', { name: /check first/i })).not.toBeInTheDocument()
  })
})

describe('the text atlas (no WebGL)', () => {
  it('a filter such as "calf" shows the clot notice above the list; "thumb" shows none', async () => {
    const { MuscleList } = await import('./MuscleList.tsx')
    const user = userEvent.setup()
    render(<MuscleList />)
    await user.type(screen.getByLabelText('Find a muscle'), 'calf')
    expect(notice()).toHaveTextContent(redFlags.deep_vein_thrombosis.title)
    await user.clear(screen.getByLabelText('Find a muscle'))
    await user.type(screen.getByLabelText('Find a muscle'), 'thumb')
    expect(screen.queryByRole('note', { name: /check first/i })).not.toBeInTheDocument()
  })
})
