import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { muscles } from '../data/muscles.ts'
import { studyFindings } from '../data/study-findings/index.ts'
import { rankMuscles, studyEvidence } from '../lookup/rankMuscles.ts'
import { applyBrush, clearPain, setPainMarks } from '../state/painMarks.ts'
import { resetStore, type MarkedRegion } from '../state/store.ts'
import { muscleOnSideName } from './labels.ts'
import { ANNOUNCE_AFTER_MS, RankAnnouncer, rankAnnouncement } from './RankAnnouncer.tsx'

const elbowAndForearm: MarkedRegion[] = [
  { region: 'lateral_elbow', side: 'left' },
  { region: 'forearm_posterior', side: 'left' },
]

beforeEach(() => {
  resetStore()
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

const status = () => screen.getByRole('status')
const wait = (ms: number) => {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

/** The study evidence, as the app ranks with it (the test set-up loads the same chunk). */
const evidence = studyEvidence(studyFindings)

describe('the sentence', () => {
  it('gives the number ranked and the first, by its name on its side, as the list shows them', () => {
    const ranked = rankMuscles(elbowAndForearm, { evidence })
    const first = ranked[0]!
    expect(first.side).toBe('left')
    expect(rankAnnouncement(elbowAndForearm, evidence)).toBe(
      `${ranked.length} muscles may be involved in this pain; most likely: ${muscleOnSideName(first.muscle, 'left')}.`,
    )
    expect(rankAnnouncement(elbowAndForearm, evidence)).toMatch(
      /most likely: Left (supinator|brachioradialis|extensor|anconeus)/i,
    )
  })

  it('says when nothing is marked', () => {
    expect(rankAnnouncement([])).toBe('No areas marked.')
    // A midline mark ranks muscles of both sides; the sentence never names a side it does not have.
    const midline: MarkedRegion[] = [{ region: 'sternum', side: 'left' }]
    const first = rankMuscles(midline, { evidence })[0]!
    const name = first.side ? muscleOnSideName(first.muscle, first.side) : muscles[first.muscle].name
    expect(rankAnnouncement(midline, evidence)).toContain(`most likely: ${name}.`)
  })
})

describe('the live region', () => {
  it('is polite, outside the panel, and silent about what was on screen when it appeared', () => {
    setPainMarks(elbowAndForearm)
    const { container } = render(
      <section>
        <RankAnnouncer />
      </section>,
    )
    expect(status()).toHaveAttribute('aria-live', 'polite')
    expect(container).not.toContainElement(status())
    wait(ANNOUNCE_AFTER_MS * 3)
    expect(status()).toHaveTextContent('')
  })

  it('speaks once a stroke has rested, with the final ranking, not at each step', () => {
    render(<RankAnnouncer />)
    const steps: MarkedRegion[] = [
      { region: 'lateral_elbow', side: 'left' },
      { region: 'forearm_posterior', side: 'left' },
      { region: 'wrist_dorsal', side: 'left' },
      { region: 'back_of_hand', side: 'left' },
    ]
    for (const step of steps) {
      act(() => applyBrush([step], 'paint'))
      wait(ANNOUNCE_AFTER_MS / 2)
      expect(status()).toHaveTextContent('')
    }
    wait(ANNOUNCE_AFTER_MS / 2)
    expect(status()).toHaveTextContent(rankAnnouncement(steps, evidence))
    // New marks that give the same sentence leave the region as it is (nothing new to hear).
    const before = status().textContent
    act(() => setPainMarks([...steps]))
    wait(ANNOUNCE_AFTER_MS)
    expect(status().textContent).toBe(before)
    act(() => clearPain())
    wait(ANNOUNCE_AFTER_MS)
    expect(status()).toHaveTextContent('No areas marked.')
  })
})
