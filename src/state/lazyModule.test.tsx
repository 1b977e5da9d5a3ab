import { act, render, screen } from '@testing-library/react'
import { Component, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { lazyModule, type LazyModule } from './lazyModule.ts'

/** A loader whose promise the test settles, counting how often it was asked. */
function deferred() {
  const calls: { resolve: (v: string) => void; reject: (e: Error) => void }[] = []
  const loader = () => new Promise<string>((resolve, reject) => calls.push({ resolve, reject }))
  return { calls, loader }
}

/** Settles the loader inside act, letting its promise's reactions run before the test reads. */
const settle = (fn: () => void) =>
  act(async () => {
    fn()
    await Promise.resolve()
  })

function Shows({ module }: { module: LazyModule<string> }) {
  const { value, failed } = module.useModule()
  return <p>{failed ? 'failed' : (value ?? 'loading')}</p>
}

describe('lazyModule: a chunk loaded on first use', () => {
  it('shows that it is loading, starts the load once for every user, then shows the value', async () => {
    const { calls, loader } = deferred()
    const module = lazyModule(loader)
    render(
      <>
        <Shows module={module} />
        <Shows module={module} />
      </>,
    )
    expect(screen.getAllByText('loading')).toHaveLength(2)
    expect(calls).toHaveLength(1)
    await settle(() => calls[0]!.resolve('sources'))
    expect(screen.getAllByText('sources')).toHaveLength(2)
    await expect(module.load()).resolves.toBe('sources')
    expect(calls).toHaveLength(1)
  })

  it('says when loading failed, and a later load tries again', async () => {
    const { calls, loader } = deferred()
    const module = lazyModule(loader)
    render(<Shows module={module} />)
    await settle(() => calls[0]!.reject(new Error('offline')))
    expect(screen.getByText('failed')).toBeInTheDocument()
    let again!: Promise<string>
    act(() => {
      again = module.load()
    })
    expect(calls).toHaveLength(2)
    await settle(() => calls[1]!.resolve('back'))
    await expect(again).resolves.toBe('back')
    expect(screen.getByText('back')).toBeInTheDocument()
  })

  it('tries again when a component shows after a preload that failed', async () => {
    const { calls, loader } = deferred()
    const module = lazyModule(loader)
    const preload = module.load().catch(() => 'failed')
    calls[0]!.reject(new Error('offline'))
    expect(await preload).toBe('failed')
    render(<Shows module={module} />)
    expect(calls).toHaveLength(2)
    await settle(() => calls[1]!.resolve('second try'))
    expect(screen.getByText('second try')).toBeInTheDocument()
  })

  it('is loaded before any component asks when preloaded', async () => {
    const { calls, loader } = deferred()
    const module = lazyModule(loader)
    const loading = module.load()
    calls[0]!.resolve('early')
    await loading
    render(<Shows module={module} />)
    expect(screen.getByText('early')).toBeInTheDocument()
    expect(calls).toHaveLength(1)
  })

  it('useLoaded: nothing while loading, then a failure thrown to the nearest error boundary', async () => {
    const { calls, loader } = deferred()
    const module = lazyModule(loader)
    function Needs() {
      return <p>{module.useLoaded('the thing') ?? 'not yet'}</p>
    }
    class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
      override state = { error: null as string | null }
      static getDerivedStateFromError(e: Error) {
        return { error: e.message }
      }
      override render() {
        return this.state.error ?? this.props.children
      }
    }
    render(
      <Boundary>
        <Needs />
      </Boundary>,
    )
    expect(screen.getByText('not yet')).toBeInTheDocument()
    // React logs the error it hands to the boundary; that is expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await settle(() => calls[0]!.reject(new Error('offline')))
    quiet.mockRestore()
    expect(screen.getByText('the thing could not be loaded')).toBeInTheDocument()
  })
})
