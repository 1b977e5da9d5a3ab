import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

describe('the ranked list before the study evidence is in', () => {
  it('shows the red-flag notice and one line, never a list that reorders, then the list with the studies', async () => {
    // Fresh copies of the app's modules: the study evidence's chunk not yet loaded, as on a page
    // whose marks arrive before the chunk fetched after the first view.
    vi.resetModules()
    const [{ LikelyMuscles }, { useAppStore }] = await Promise.all([
      import('./LikelyMuscles.tsx'),
      import('../state/store.ts'),
    ])
    act(() => useAppStore.setState({ painMarks: [{ region: 'upper_chest', side: 'left' }] }))
    render(<LikelyMuscles />)
    expect(screen.getByText('Finding the muscles most likely involved…')).toBeInTheDocument()
    expect(screen.getByRole('note', { name: /check first/i })).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Most likely muscles' })).toBeNull()
    const list = await screen.findByRole('list', { name: 'Most likely muscles' })
    expect(list).toHaveTextContent(/Studies of people with pain in your upper chest found trigger points in it/)
    expect(screen.queryByText('Finding the muscles most likely involved…')).toBeNull()
  })
})
