import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'

// The real registration (vite-plugin-pwa's virtual module, workbox-window) needs a service worker
// container, which jsdom lacks; the browser test tests/e2e/offline.spec.ts covers the real one.
// Here the register hook is mocked: what the notice does with its callbacks is what is tested.
const registered: RegisterSWOptions[] = []
const updateServiceWorker = vi.fn((_reloadPage?: boolean) => Promise.resolve())
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    registered.push(options)
    return updateServiceWorker
  },
}))

/** A fresh copy of the notice and its module state (the service worker is registered once a page). */
async function freshNotice() {
  vi.resetModules()
  return (await import('./UpdateNotice.tsx')).UpdateNotice
}

beforeEach(() => {
  registered.length = 0
  updateServiceWorker.mockClear()
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true })
})

describe('the update notice', () => {
  it('registers the service worker once, after the first view, and shows nothing until a new version waits', async () => {
    const UpdateNotice = await freshNotice()
    const { rerender } = render(<UpdateNotice modelUrl={null} />)
    await waitFor(() => expect(registered).toHaveLength(1))
    expect(registered[0]!.immediate).toBe(true)
    rerender(<UpdateNotice modelUrl={null} />)
    expect(registered).toHaveLength(1)
    // The live region is in the page from the start, empty, so its message is announced.
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('says "New version ready" politely; Reload hands over to the new version, nothing swaps before', async () => {
    const user = userEvent.setup()
    const UpdateNotice = await freshNotice()
    render(<UpdateNotice modelUrl={null} />)
    await waitFor(() => expect(registered).toHaveLength(1))
    act(() => registered[0]!.onNeedRefresh!())
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('New version ready')
    expect(updateServiceWorker).not.toHaveBeenCalled()
    const reload = screen.getByRole('button', { name: 'Reload' })
    // Reachable by keyboard: the first Tab stop in the notice.
    await user.tab()
    expect(reload).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(updateServiceWorker).toHaveBeenCalledTimes(1)
  })

  it('Later hides the notice and keeps this version', async () => {
    const user = userEvent.setup()
    const UpdateNotice = await freshNotice()
    render(<UpdateNotice modelUrl={null} />)
    await waitFor(() => expect(registered).toHaveLength(1))
    act(() => registered[0]!.onNeedRefresh!())
    await user.click(screen.getByRole('button', { name: 'Later' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(updateServiceWorker).not.toHaveBeenCalled()
  })

  it('registers nothing in a browser without service workers', async () => {
    Reflect.deleteProperty(navigator, 'serviceWorker')
    const UpdateNotice = await freshNotice()
    render(<UpdateNotice modelUrl={null} />)
    // The first view is over at once (no model): give the effect's promise a turn.
    await act(() => Promise.resolve())
    expect(registered).toHaveLength(0)
  })
})
