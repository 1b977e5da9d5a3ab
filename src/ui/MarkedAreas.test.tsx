import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { setPainMarks } from '../state/painMarks.ts'
import { useAppStore } from '../state/store.ts'
import { WhereItHurtsPanel } from './WhereItHurtsPanel.tsx'

const ranking = () =>
  within(screen.getByRole('list', { name: 'Most likely muscles' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent)

describe('the list of marked areas', () => {
  beforeEach(() => {
    useAppStore.setState({ selected: null, mode: 'where_it_hurts' })
    // The outer hip, with a stray mark on the back of the hand beside it, and the top of the head (midline).
    setPainMarks([
      { region: 'lateral_hip_trochanter', side: 'left' },
      { region: 'back_of_hand', side: 'left' },
      { region: 'lateral_thigh', side: 'left' },
      { region: 'head_vertex', side: 'left' },
    ])
  })

  it('names every marked area in plain words, with its side (none for a midline area)', () => {
    render(<WhereItHurtsPanel />)
    const items = within(screen.getByRole('list', { name: 'Marked areas' })).getAllByRole('listitem')
    expect(items.map((li) => li.textContent?.replace('×', ''))).toEqual([
      'Side of the hip (left)',
      'Back of the hand (left)',
      'Outer thigh (left)',
      'Top of the head',
    ])
    expect(screen.getByRole('button', { name: 'Remove outer thigh, left' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Remove top of the head' })).toBeVisible()
  })

  it('removes a stray area with one click: the ranking changes at once and the step can be undone', async () => {
    const user = userEvent.setup()
    render(<WhereItHurtsPanel />)
    const before = ranking()
    // A forearm muscle that refers pain to the back of the hand is ranked for the stray mark.
    const handReferrers = /extensor (digitorum|carpi radialis)/i
    expect(before.join('\n')).toMatch(handReferrers)
    await user.click(screen.getByRole('button', { name: 'Remove back of the hand, left' }))
    expect(screen.queryByRole('button', { name: 'Remove back of the hand, left' })).toBeNull()
    expect(useAppStore.getState().painMarks).not.toContainEqual({ region: 'back_of_hand', side: 'left' })
    expect(ranking().join('\n')).not.toMatch(handReferrers)
    expect(ranking()).not.toEqual(before)
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('button', { name: 'Remove back of the hand, left' })).toBeVisible()
  })

  it('works by keyboard, and keeps the focus in the list after a removal', async () => {
    const user = userEvent.setup()
    render(<WhereItHurtsPanel />)
    screen.getByRole('button', { name: 'Remove side of the hip, left' }).focus()
    await user.keyboard('{Enter}')
    // Focus moves to the next area's remove button.
    expect(screen.getByRole('button', { name: 'Remove back of the hand, left' })).toHaveFocus()
    await user.keyboard(' ')
    expect(screen.getByRole('button', { name: 'Remove outer thigh, left' })).toHaveFocus()
    await user.keyboard('{Enter}')
    // The last one left: focus moves back to it, then to the heading once the list is empty.
    expect(screen.getByRole('button', { name: 'Remove top of the head' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(useAppStore.getState().painMarks).toEqual([])
    expect(screen.getByRole('heading', { name: /Marked areas/ })).toHaveFocus()
    expect(screen.getByText('None yet.')).toBeVisible()
  })
})
