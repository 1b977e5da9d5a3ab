import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resetStore, selectMuscle } from '../state/store.ts'
import { BottomSheet } from './BottomSheet.tsx'
import { MusclePanel } from './MusclePanel.tsx'

// The sheet's handle shows only under the phone media query; jsdom has no matchMedia, so say it matches.
beforeEach(() => {
  resetStore()
  window.matchMedia = ((query: string) => ({
    matches: true,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia
})
afterEach(() => {
  delete (window as { matchMedia?: unknown }).matchMedia
})

const sheet = () => screen.getByRole('complementary', { name: 'Test sheet' })
const handle = () => screen.getByRole('button', { name: /^Sheet:/ })

describe('the bottom sheet', () => {
  it('is a labelled region whose handle cycles peek → half → full → peek and says so', async () => {
    render(
      <BottomSheet aria-label="Test sheet" peek={<p>One line</p>}>
        <p>Content</p>
      </BottomSheet>,
    )
    expect(sheet()).toHaveAttribute('data-snap', 'peek')
    expect(handle()).toHaveAttribute('aria-expanded', 'false')
    expect(handle()).toHaveAccessibleName('Sheet: closed to one line')
    await userEvent.click(handle())
    expect(sheet()).toHaveAttribute('data-snap', 'half')
    expect(handle()).toHaveAccessibleName('Sheet: half open')
    expect(handle()).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText('Sheet: half open', { selector: '[aria-live]' })).toBeInTheDocument()
    await userEvent.click(handle())
    expect(sheet()).toHaveAttribute('data-snap', 'full')
    await userEvent.click(handle())
    expect(sheet()).toHaveAttribute('data-snap', 'peek')
  })

  it('moves one snap point per Arrow Up / Arrow Down, stopping at the ends', async () => {
    render(
      <BottomSheet aria-label="Test sheet" peek={<p>One line</p>}>
        <p>Content</p>
      </BottomSheet>,
    )
    handle().focus()
    await userEvent.keyboard('{ArrowUp}')
    expect(sheet()).toHaveAttribute('data-snap', 'half')
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    expect(sheet()).toHaveAttribute('data-snap', 'full')
    await userEvent.keyboard('{ArrowDown}')
    expect(sheet()).toHaveAttribute('data-snap', 'half')
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    expect(sheet()).toHaveAttribute('data-snap', 'peek')
  })

  it('follows a drag of the handle and lands on the nearest snap point, without also cycling', () => {
    render(
      <div style={{ height: '600px' }}>
        <BottomSheet aria-label="Test sheet" peek={<p>One line</p>}>
          <p>Content</p>
        </BottomSheet>
      </div>,
    )
    // jsdom lays nothing out: the sheet falls back to a 600 px space (peek 96, half 300, full 588).
    const h = handle()
    fireEvent.pointerDown(h, { button: 0, pointerId: 1, clientY: 600 })
    fireEvent.pointerMove(h, { pointerId: 1, clientY: 560 })
    fireEvent.pointerMove(h, { pointerId: 1, clientY: 420 })
    expect(sheet()).toHaveAttribute('data-dragging')
    fireEvent.pointerUp(h, { pointerId: 1, clientY: 420 })
    fireEvent.click(h)
    expect(sheet()).toHaveAttribute('data-snap', 'half')
    expect(sheet()).not.toHaveAttribute('data-dragging')
  })

  it('in the muscle panel, shows the muscle and side in the peek line and opens to half on a selection', () => {
    render(<MusclePanel />)
    const panel = screen.getByRole('complementary', { name: 'Muscle details' })
    expect(panel).toHaveAttribute('data-snap', 'peek')
    act(() => selectMuscle({ muscle: 'sternocleidomastoid', side: 'left' }))
    expect(panel).toHaveAttribute('data-snap', 'half')
    expect(panel.querySelector('.sheet-peek')).toHaveTextContent(/Left sternocleidomastoid/)
    expect(panel.querySelector('.sheet-peek')).toHaveTextContent(/Legend/)
  })
})
