import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { isMidline, regionIds, regions } from '../data/regions.ts'
import { setPainMarks } from '../state/painMarks.ts'
import { resetStore, useAppStore } from '../state/store.ts'
import { RegionPicker } from './RegionPicker.tsx'
import { regionGroups } from './regionGroups.ts'

beforeEach(() => resetStore())

describe('the region groups', () => {
  it('are the vocabulary’s own groups, head to foot, holding every region once in its order', () => {
    // The vocabulary's groups in its order, as src/data/regions.ts copies them (data.test.ts
    // checks the copy against ../shared/spec/body-regions.json, group for group).
    const groups = regionGroups()
    expect(groups.map((g) => g.id)).toEqual([...new Set(regionIds.map((id) => regions[id].group))])
    expect(groups[0]!.label).toBe('Head')
    expect(groups.find((g) => g.id === 'upper_back')!.label).toBe('Upper back')
    expect(groups.at(-1)!.label).toBe('Foot')
    expect(groups.flatMap((g) => g.regions)).toEqual(regionIds)
    for (const g of groups) for (const id of g.regions) expect(regions[id].group).toBe(g.id)
  })
})

describe('the keyboard region picker', () => {
  it('has one group per body part, named by a heading, with a checkbox per side naming its side', () => {
    // Plain DOM queries: role queries over some 150 checkboxes take seconds in jsdom.
    const { container } = render(<RegionPicker />)
    const fieldsets = [...container.querySelectorAll('fieldset')]
    expect(fieldsets).toHaveLength(regionGroups().length)
    regionGroups().forEach((g, i) => {
      const group = fieldsets[i]!
      expect(group).toHaveAccessibleName(g.label)
      expect(group.querySelector('legend > h3')).toHaveTextContent(g.label)
      const boxes = [...group.querySelectorAll('input[type=checkbox]')].map((b) => b.getAttribute('aria-label'))
      const names = (label: string, midline: boolean) =>
        midline ? [`${label}, middle`] : [`${label}, left`, `${label}, right`]
      expect(boxes).toEqual(g.regions.flatMap((id) => names(regions[id].label, isMidline(id))))
    })
  })

  it('jumps by keyboard from the body-part buttons to a group, whose first checkbox Tab reaches next', async () => {
    const user = userEvent.setup()
    render(<RegionPicker />)
    const nav = screen.getByRole('navigation', { name: 'Go to a body part' })
    const jumps = within(nav).getAllByRole('button')
    expect(jumps.map((b) => b.textContent)).toEqual(regionGroups().map((g) => g.label))
    // The jump buttons come first in the tab order, before any checkbox.
    await user.tab()
    expect(jumps[0]).toHaveFocus()
    within(nav).getByRole('button', { name: 'Hand' }).focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('group', { name: 'Hand' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('checkbox', { name: 'Back of the wrist, left' })).toHaveFocus()
    await user.keyboard(' ')
    expect(useAppStore.getState().painMarks).toEqual([{ region: 'wrist_dorsal', side: 'left' }])
    // The button says how many areas of its part are marked.
    expect(within(nav).getByRole('button', { name: 'Hand 1 marked' })).toBeVisible()
    await user.tab()
    expect(screen.getByRole('checkbox', { name: 'Back of the wrist, right' })).toHaveFocus()
  }, 20_000)

  it('unticks a midline area marked on both halves in one step, and marks it once when ticked', async () => {
    const user = userEvent.setup()
    const thumb = { region: 'thumb', side: 'right' } as const
    setPainMarks([{ region: 'sternum', side: 'left' }, { region: 'sternum', side: 'right' }, thumb])
    render(<RegionPicker />)
    const sternum = screen.getByRole('checkbox', { name: 'Breastbone, middle' })
    expect(sternum).toBeChecked()
    await user.click(sternum)
    expect(sternum).not.toBeChecked()
    expect(useAppStore.getState().painMarks).toEqual([thumb])
    await user.click(sternum)
    expect(useAppStore.getState().painMarks).toEqual([thumb, { region: 'sternum', side: 'left' }])
    expect(screen.getByRole('checkbox', { name: 'Thumb, right' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Thumb, left' })).not.toBeChecked()
  }, 20_000)
})
