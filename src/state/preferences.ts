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
import { preferencesKey } from './preferencesKey.ts'
import { layers, modes, useAppStore, type AppState, type Audience, type LayerName, type Mode } from './store.ts'

export { preferencesKey } from './preferencesKey.ts'

export interface Preferences {
  v: 1
  audience: Audience
  visibleLayers: Record<LayerName, boolean>
  mode: Mode
}

/** The stored preferences, checked field by field: a bad field is ignored, the good ones kept. */
export function parsePreferences(text: string | null): Partial<Omit<Preferences, 'v'>> {
  if (!text) return {}
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return {}
  }
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== 1) return {}
  const d = data as Record<string, unknown>
  const out: Partial<Omit<Preferences, 'v'>> = {}
  if (d.audience === 'patient' || d.audience === 'clinician') out.audience = d.audience
  if (typeof d.mode === 'string' && (modes as readonly string[]).includes(d.mode)) out.mode = d.mode as Mode
  const l = d.visibleLayers
  if (
    typeof l === 'object' &&
    l !== null &&
    layers.every((k) => typeof (l as Record<string, unknown>)[k] === 'boolean')
  )
    out.visibleLayers = Object.fromEntries(layers.map((k) => [k, (l as Record<string, boolean>)[k]])) as Record<
      LayerName,
      boolean
    >
  return out
}

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
