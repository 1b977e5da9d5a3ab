import { useEffect, useSyncExternalStore } from 'react'

/** Where a lazily loaded module stands: its value once loaded, or that loading failed. */
export interface LazyState<T> {
  value: T | null
  failed: boolean
}

/** A module fetched on first use (its own chunk), shared by every component that needs it. */
export interface LazyModule<T> {
  /** Starts loading (once; again after a failure) and resolves with the value. */
  load(): Promise<T>
  /** The value if it has loaded, else null (for code that cannot wait, e.g. `beforeprint`). */
  peek(): T | null
  /** What a component renders from: loading starts when it mounts; it re-renders once loaded. */
  useModule(): LazyState<T>
  /**
   * The value, or null while it loads; a failed load throws "`what` could not be loaded", for
   * the nearest error boundary (for what the page cannot work without, e.g. the 3D view's code).
   */
  useLoaded(what: string): T | null
}

/**
 * What the first view does not need (the citations, the QR encoder) loads as its own chunk, so
 * the body is on screen sooner (issue 13); `preloadAfterFirstView` fetches these chunks once the
 * body is drawn, so they are there before anyone opens a panel or prints. The 3D view's code and
 * the skin's model load this way too, for another reason: a component that waits on one
 * renders its own "not yet" instead of suspending, so nothing waits on React's Suspense, which
 * holds content back for up to 300 ms after a fallback was shown (its fallback throttle).
 */
export function lazyModule<T>(loader: () => Promise<T>): LazyModule<T> {
  let state: LazyState<T> = { value: null, failed: false }
  let pending: Promise<T> | null = null
  const listeners = new Set<() => void>()
  const set = (next: LazyState<T>) => {
    state = next
    listeners.forEach((l) => l())
  }
  const load = (): Promise<T> => {
    if (state.value !== null) return Promise.resolve(state.value)
    pending ??= loader().then(
      (value) => {
        set({ value, failed: false })
        return value
      },
      (error: unknown) => {
        pending = null
        set({ value: null, failed: true })
        throw error
      },
    )
    return pending
  }
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  function useModule(): LazyState<T> {
    // The same snapshot when the first view is rendered at build time (nothing loaded there).
    const current = useSyncExternalStore(
      subscribe,
      () => state,
      () => state,
    )
    // Loading starts (or, after a failure elsewhere, starts again) when a user first shows.
    const missing = current.value === null
    useEffect(() => {
      if (missing) load().catch(() => undefined)
    }, [missing])
    return current
  }
  function useLoaded(what: string): T | null {
    const { value, failed } = useModule()
    if (failed) throw new Error(`${what} could not be loaded`)
    return value
  }
  return { load, peek: () => state.value, useModule, useLoaded }
}
