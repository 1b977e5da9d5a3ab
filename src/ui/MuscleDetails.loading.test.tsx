import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { clinicalText as allText } from '../data/muscle-text.ts'
import { lazyModule } from '../state/lazyModule.ts'
import { MuscleDetails } from './MuscleDetails.tsx'

// The clinical text arrives when the test says so: the moment a deep link opens a panel before
// the chunk is in (test-setup.ts preloads the real one for every other test).
const arrival = vi.hoisted(() => ({ resolve: (_: unknown): void => undefined, reject: (_: Error): void => undefined }))
vi.mock('./clinicalText.ts', () => ({
  clinicalText: lazyModule(
    () =>
      new Promise<typeof allText>((resolve, reject) => {
        arrival.resolve = resolve as (v: unknown) => void
        arrival.reject = reject
      }),
  ),
}))

describe('a muscle panel opened before its clinical text has loaded', () => {
  it('shows the name, the danger notice, the zones and the symptoms at once, then the text in place', async () => {
    render(<MuscleDetails muscle="pectoralis_major" side="left" />)
    expect(screen.getByRole('heading', { level: 2, name: 'Left pectoralis major' })).toBeInTheDocument()
    // The heart notice never waits for the text.
    const notice = screen.getByRole('note')
    expect(notice).toHaveAttribute('data-red-flags', expect.stringContaining('heart'))
    expect(screen.getByRole('status')).toHaveTextContent('Loading where to find them, self-care and treatments…')
    expect(screen.getByRole('article')).toHaveAttribute('aria-busy', 'true')
    expect(screen.getAllByText(/Essential zone:/).length).toBeGreaterThan(0)
    expect(screen.queryByRole('heading', { name: 'Self-care' })).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Treatments' })).toBeNull()
    await act(async () => {
      arrival.resolve(allText)
      await Promise.resolve()
    })
    expect(screen.queryByText(/Loading where to find them/)).toBeNull()
    const text = allText.muscles.pectoralis_major
    expect(screen.getByText(text.referredPain)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Self-care' })).toBeInTheDocument()
    // The treatments come with the text: each one the muscle lists, by its catalogue name.
    for (const { id } of text.treatments)
      expect(screen.getByText(allText.treatments[id].name, { selector: 'summary' })).toBeInTheDocument()
    expect(screen.getByRole('article')).toHaveAttribute('aria-busy', 'false')
  })
})
