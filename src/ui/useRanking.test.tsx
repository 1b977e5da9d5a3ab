import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MarkedRegion } from '../state/store.ts'

afterEach(() => {
  vi.doUnmock('../data/study-findings/index.ts')
  vi.resetModules()
})

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
    expect(list).toHaveTextContent(/studies of people with pain in your upper chest, trigger points were found in it/)
    expect(screen.queryByText('Finding the muscles most likely involved…')).toBeNull()
  })

  it('speaks of the list once it is shown: marks made while it loads are announced when it arrives', async () => {
    vi.resetModules()
    const [{ RankAnnouncer, rankAnnouncement, ANNOUNCE_AFTER_MS }, { useAppStore }, { studyEvidenceModule }] =
      await Promise.all([import('./RankAnnouncer.tsx'), import('../state/store.ts'), import('./studyEvidence.ts')])
    render(<RankAnnouncer />)
    const marks: MarkedRegion[] = [{ region: 'lateral_elbow', side: 'left' }]
    act(() => useAppStore.setState({ painMarks: marks }))
    const evidence = await act(() => studyEvidenceModule.load())
    if (evidence === 'unavailable') throw new Error('the study findings should load here')
    expect(
      await screen.findByText(rankAnnouncement(marks, evidence), {}, { timeout: ANNOUNCE_AFTER_MS * 5 }),
    ).toHaveAttribute('aria-live', 'polite')
  })

  it('when the studies cannot be fetched, ranks by the referral patterns alone and says so', async () => {
    vi.resetModules()
    vi.doMock('../data/study-findings/index.ts', () => {
      throw new Error('offline')
    })
    const [{ LikelyMuscles }, { useAppStore }] = await Promise.all([
      import('./LikelyMuscles.tsx'),
      import('../state/store.ts'),
    ])
    act(() => useAppStore.setState({ painMarks: [{ region: 'lateral_elbow', side: 'left' }] }))
    render(<LikelyMuscles />)
    const list = await screen.findByRole('list', { name: 'Most likely muscles' })
    expect(screen.getByText(/The studies behind this list could not be loaded/)).toBeInTheDocument()
    expect(list).not.toHaveTextContent(/studies of people with pain/)
    expect(list).toHaveTextContent(/Its usual pattern covers your outer elbow/)
  })
})
