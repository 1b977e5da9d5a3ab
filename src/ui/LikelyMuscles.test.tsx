import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RegionId } from '../data/regions.ts'
import { resetStore, useAppStore } from '../state/store.ts'
import { SHEET_QUERY } from './BottomSheet.tsx'
import { LikelyMuscles } from './LikelyMuscles.tsx'

/** Makes the page match `matching` media queries only (jsdom has no matchMedia). */
function screenMatches(matching: string[]): void {
  const match = (query: string) => ({
    matches: matching.includes(query),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })
  window.matchMedia = match as unknown as typeof window.matchMedia
}

beforeEach(() => resetStore())
afterEach(() => {
  delete (window as { matchMedia?: unknown }).matchMedia
})

const mark = (...marks: [RegionId, 'left' | 'right'][]) =>
  act(() => useAppStore.setState({ painMarks: marks.map(([region, side]) => ({ region, side })) }))

describe('the ranked muscles', () => {
  it('on a wide screen: the notice first, then one list of ten with whole reasons', () => {
    render(<LikelyMuscles />)
    mark(['upper_chest', 'left'])
    const list = screen.getByRole('list', { name: 'Most likely muscles' })
    const note = screen.getByRole('note', { name: /check first/i })
    expect(note.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(within(list).getAllByRole('listitem')).toHaveLength(10)
    expect(list.querySelector('.likely-reason-short')).toBeNull()
    expect(within(list).getAllByRole('button')[0]).toHaveTextContent(/Its usual pattern covers your upper chest/)
  })

  it('on a phone sheet: three compact results, the notice, then the rest numbered on from 4', () => {
    screenMatches([SHEET_QUERY])
    render(<LikelyMuscles />)
    mark(['upper_chest', 'left'])
    const top = screen.getByRole('list', { name: 'Most likely muscles' })
    const rest = screen.getByRole('list', { name: 'More muscles that may be involved' })
    const note = screen.getByRole('note', { name: /check first/i })
    expect(within(top).getAllByRole('listitem')).toHaveLength(3)
    expect(within(rest).getAllByRole('listitem')).toHaveLength(7)
    expect(rest).toHaveAttribute('start', '4')
    expect(top.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(note.compareDocumentPosition(rest) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // One short line shown; the whole reason stays in the button's name.
    const first = within(top).getAllByRole('button')[0]!
    expect(first.querySelector('.likely-reason-short')).toHaveTextContent(/^Covers upper chest/)
    expect(first.querySelector('.likely-reason-short')).toHaveAttribute('aria-hidden', 'true')
    expect(first).toHaveAccessibleName(/Its usual pattern covers your upper chest/)
  })

  it('on a phone, a chosen result shows its whole reason', async () => {
    screenMatches([SHEET_QUERY])
    render(<LikelyMuscles />)
    mark(['lateral_elbow', 'left'], ['forearm_posterior', 'left'])
    expect(screen.queryByRole('list', { name: 'More muscles that may be involved' })).toBeNull()
    const first = within(screen.getByRole('list', { name: 'Most likely muscles' })).getAllByRole('button')[0]!
    await userEvent.click(first)
    expect(first).toHaveAttribute('aria-pressed', 'true')
    expect(first.querySelector('.likely-reason-short')).toBeNull()
    expect(first.querySelector('.likely-reason')).toHaveTextContent(
      /^Its (usual pattern covers|pattern may reach) your outer elbow/,
    )
  })
})
