import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { sources } from '../data/sources.ts'
import { studyFindings } from '../data/study-findings/index.ts'
import { resetStore, useAppStore } from '../state/store.ts'
import { RankStudies } from './RankStudies.tsx'

beforeEach(() => resetStore())

describe('the studies behind a chosen result', () => {
  it('lists, to check, each study of a marked place that found the chosen muscle', async () => {
    act(() => useAppStore.setState({ painMarks: [{ region: 'lateral_elbow', side: 'left' }] }))
    render(<RankStudies muscle="extensor_carpi_radialis_brevis" side="left" />)
    const found = new Set(
      studyFindings
        .filter((f) => f.marks.includes('lateral_elbow') && f.muscles.includes('extensor_carpi_radialis_brevis'))
        .map((f) => f.source.source),
    )
    expect(found.size).toBeGreaterThan(1)
    const summary = screen.getByText(`The ${found.size} studies that found it where you marked`)
    await userEvent.click(summary)
    const list = within(summary.closest('details')!).getByRole('list')
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(found.size)
    for (const id of found) expect(list).toHaveTextContent(sources[id].citation)
  })

  it('shows nothing for a muscle no study of the marked places found, or on the other side', () => {
    act(() => useAppStore.setState({ painMarks: [{ region: 'lateral_elbow', side: 'left' }] }))
    const { container, rerender } = render(<RankStudies muscle="soleus" side="left" />)
    expect(container).toBeEmptyDOMElement()
    rerender(<RankStudies muscle="extensor_carpi_radialis_brevis" side="right" />)
    expect(container).toBeEmptyDOMElement()
  })
})
