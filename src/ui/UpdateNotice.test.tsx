import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'

// The real registration (vite-plugin-pwa's virtual module, workbox-window) needs a service worker
// container, which jsdom lacks; the browser test tests/e2e/offline.spec.ts covers the real one.
// Here the register hook is mocked: what the notice does with its callbacks is what is tested.
const registered: RegisterSWOptions[] = []
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    registered.push(options)
    return () => Promise.resolve()
  },
}))

/** A service worker as the page sees one: its state, statechange events, and messages sent to it. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing'
  postMessage = vi.fn()
  become(state: ServiceWorkerState) {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

/** The page's registration, with `installing` and `waiting` workers as a test sets them. */
class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null
  waiting: FakeWorker | null = null
  update = vi.fn(() => Promise.resolve())
}

/** A fresh copy of the notice and its module state (the service worker is registered once a page). */
async function freshNotice() {
  vi.resetModules()
  return (await import('./UpdateNotice.tsx')).UpdateNotice
}

/** Renders the notice and waits for its registration (at once: no model to wait for). */
async function registeredNotice(registration = new FakeRegistration()) {
  const UpdateNotice = await freshNotice()
  render(<UpdateNotice modelUrl={null} />)
  await waitFor(() => expect(registered).toHaveLength(1))
  act(() => registered[0]!.onRegisteredSW!('/sw.js', registration as unknown as ServiceWorkerRegistration))
  return registration
}

const container = { controller: {} as ServiceWorker | null, addEventListener: vi.fn() }

beforeEach(() => {
  registered.length = 0
  container.controller = {} as ServiceWorker
  container.addEventListener.mockClear()
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true })
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

  it('says "New version ready" politely; Reload hands over to the waiting version, nothing swaps before', async () => {
    const user = userEvent.setup()
    const registration = await registeredNotice()
    const next = new FakeWorker()
    next.state = 'installed'
    registration.waiting = next
    act(() => registered[0]!.onNeedRefresh!())
    expect(screen.getByRole('status')).toHaveTextContent('New version ready')
    expect(next.postMessage).not.toHaveBeenCalled()
    const reload = screen.getByRole('button', { name: 'Reload' })
    // Reachable by keyboard: the first Tab stop in the notice.
    await user.tab()
    expect(reload).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
    // The page reloads once the new version controls it.
    expect(container.addEventListener).toHaveBeenCalledWith('controllerchange', expect.any(Function), { once: true })
  })

  it('also shows a new version that was still installing when the app registered', async () => {
    const registration = new FakeRegistration()
    const next = new FakeWorker()
    registration.installing = next
    await registeredNotice(registration)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    act(() => next.become('installed'))
    expect(screen.getByRole('status')).toHaveTextContent('New version ready')
  })

  it('says nothing for the first install (no version in use yet to replace)', async () => {
    container.controller = null
    const registration = new FakeRegistration()
    const first = new FakeWorker()
    registration.installing = first
    await registeredNotice(registration)
    act(() => first.become('installed'))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('Later hides the notice and keeps this version', async () => {
    const user = userEvent.setup()
    const registration = await registeredNotice()
    registration.waiting = new FakeWorker()
    act(() => registered[0]!.onNeedRefresh!())
    await user.click(screen.getByRole('button', { name: 'Later' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(registration.waiting.postMessage).not.toHaveBeenCalled()
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
