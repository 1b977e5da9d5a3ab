/**
 * The person's preferences as this browser keeps them (preferences.ts restores and keeps them):
 * where, and how the stored text is read. Alone in a module without the app's store, so the body's
 * first paint (src/firstPaint.ts) reads them before the store has loaded.
 */
import { layers, modes, type LayerName, type Mode } from './choices.ts'
import type { Audience } from './store.ts'

/** The localStorage key. */
export const preferencesKey = 'triggermap.preferences'

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
