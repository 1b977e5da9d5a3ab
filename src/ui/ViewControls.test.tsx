import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { resetStore, useAppStore } from '../state/store.ts'
import { ViewControls } from './ViewControls.tsx'

beforeEach(() => resetStore())

describe('the View menu (phones)', () => {
  it('opens from one button, closes after a view is chosen or on Escape, and gives focus back to its button', async () => {
    const { container } = render(<ViewControls />)
    const toggle = screen.getByRole('button', { name: 'View' })
    const root = container.querySelector('.view-controls')!
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(root).toHaveAttribute('data-open')
    await userEvent.click(screen.getByRole('button', { name: 'Back' }))
    expect(useAppStore.getState().cameraRequest).toMatchObject({ kind: 'preset', preset: 'back' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()

    await userEvent.click(toggle)
    // Layers stay open to allow several toggles in a row.
    await userEvent.click(screen.getByRole('button', { name: 'Skin' }))
    expect(screen.getByRole('button', { name: 'Skin' })).toHaveAttribute('aria-pressed', 'false')
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await userEvent.keyboard('{Escape}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()
  })
})
