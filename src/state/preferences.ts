/**
 * The person's preferences (wording, layers, last mode) kept in this browser's localStorage and
 * restored on the next visit. A link says what it shows, so it wins: start this before the URL
 * sync, which then applies whatever the link carries over the restored preferences.
 *
 * The mode is restored only for a bare address: a link to a muscle or to marks opens what it
 * names, in the mode that suits it.
 *
 * Storage may be missing, blocked or full: then nothing is kept and the app works as before.
 */
import { parsePreferences, preferencesKey, type Preferences } from './storedPreferences.ts'
import { layers, useAppStore, type AppState } from './store.ts'

function preferencesOf(s: AppState): Preferences {
  return { v: 1, audience: s.audience, visibleLayers: s.visibleLayers, mode: s.mode }
}

/** localStorage, or null where the browser refuses it (reading it can throw). */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** The stored preferences as they read (null: none kept yet), or undefined where storage is blocked. */
function readStored(storage: Storage): string | null | undefined {
  try {
    return storage.getItem(preferencesKey)
  } catch {
    return undefined
  }
}

/**
 * Applies the stored preferences to the store; the mode only on a bare address (a link's view
 * wins). The 3D view mounted before the app (src/sceneView.ts) calls this first, so it opens
 * as the person left it; the app's `startPreferences` then finds nothing left to change. Returns
 * whether this browser's storage could be read at all.
 */
export function restorePreferences(
  storage: Storage | null = browserStorage(),
  search: string = typeof window === 'undefined' ? '' : window.location.search,
): boolean {
  const stored = storage ? readStored(storage) : undefined
  if (stored === undefined) return false
  const restored = parsePreferences(stored)
  // Only what differs: the 3D view may be drawn already, and an equal value set anew redraws it.
  const now = useAppStore.getState()
  if (restored.audience && restored.audience !== now.audience) useAppStore.setState({ audience: restored.audience })
  const shown = restored.visibleLayers
  if (shown && layers.some((layer) => shown[layer] !== now.visibleLayers[layer]))
    useAppStore.setState({ visibleLayers: shown })
  if (restored.mode && restored.mode !== now.mode && (search === '' || search === '?'))
    useAppStore.setState({ mode: restored.mode, hovered: null })
  return true
}

/** Restores the stored preferences, then keeps them as they change; returns a function that stops. */
export function startPreferences(
  storage: Storage | null = browserStorage(),
  search: string = typeof window === 'undefined' ? '' : window.location.search,
): () => void {
  if (!storage || !restorePreferences(storage, search)) return () => {}
  return useAppStore.subscribe((now, before) => {
    if (now.audience === before.audience && now.visibleLayers === before.visibleLayers && now.mode === before.mode)
      return
    try {
      storage.setItem(preferencesKey, JSON.stringify(preferencesOf(now)))
    } catch {
      // Full or blocked: preferences are a convenience, so the app goes on without keeping them.
    }
  })
}
