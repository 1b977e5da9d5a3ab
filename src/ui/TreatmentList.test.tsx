import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { treatments } from '../data/treatments.ts'
import { TreatmentList } from './TreatmentList.tsx'

describe('the treatment list', () => {
  it('shows a treatment\'s serious risks, labelled "Safety", while its details are still folded', () => {
    render(
      <TreatmentList
        items={[{ id: 'topical_analgesics' }, { id: 'gentle_stretching_yoga' }]}
        catalogue={treatments}
        headingLevel={4}
      />,
    )
    const rub = treatments.topical_analgesics
    const note = screen.getByRole('note', { name: `Safety: ${rub.name}` })
    expect(note).toBeVisible()
    expect(within(note).getByText('Safety')).toBeVisible()
    const points = within(note).getAllByRole('listitem')
    expect(points.map((li) => li.textContent)).toEqual(rub.safety!.points)
    for (const li of points) expect(li).toBeVisible()
    // The everyday cautions stay folded away inside the details; the safety note does not.
    expect(screen.getByText(rub.cautions[0]!)).not.toBeVisible()
    // Body-size text: at least 16px (1rem at the app's 16px root).
    const size = note.style.fontSize
    expect(size === '1rem' || parseFloat(size) >= 16).toBe(true)
    // A treatment without serious risks gets no safety note.
    expect(screen.queryByRole('note', { name: `Safety: ${treatments.gentle_stretching_yoga.name}` })).toBeNull()
  })

  it('keeps the safety note next to its own treatment, after its name', async () => {
    const user = userEvent.setup()
    render(
      <TreatmentList items={[{ id: 'dry_needling' }, { id: 'acupuncture' }]} catalogue={treatments} headingLevel={4} />,
    )
    const needling = screen.getByText(treatments.dry_needling.name, { selector: 'summary' })
    const note = screen.getByRole('note', { name: `Safety: ${treatments.dry_needling.name}` })
    const item = needling.closest('.treatment-item') as HTMLElement
    expect(item).toContainElement(note)
    expect(note).toHaveTextContent(/short of breath/)
    // Unfolding the details leaves the note in place and visible.
    await user.click(needling)
    expect(note).toBeVisible()
  })
})
