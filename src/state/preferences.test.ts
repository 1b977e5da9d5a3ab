// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setMode } from './painMarks.ts'
import { restorePreferences, startPreferences } from './preferences.ts'
import { parsePreferences, preferencesKey } from './storedPreferences.ts'
import { resetStore, setAudience, setLayerVisible, useAppStore } from './store.ts'
import { encodeUrlState } from './url.ts'
import { startUrlSync } from './urlSync.ts'

let stops: (() => void)[] = []
beforeEach(() => {
  resetStore()
  localStorage.clear()
  window.history.replaceState(null, '', '/')
})
afterEach(() => {
  stops.forEach((s) => s())
  stops = []
})

describe('preferences', () => {
  it('keeps wording, layers and mode, and restores them on the next start', () => {
    stops.push(startPreferences())
    setAudience('clinician')
    setLayerVisible('skin', false)
    setMode('where_it_hurts')
    stops.forEach((s) => s())
    stops = []
    resetStore()
    stops.push(startPreferences())
    const s = useAppStore.getState()
    expect(s.audience).toBe('clinician')
    expect(s.visibleLayers).toEqual({ skin: false, superficial: true, deep: true })
    expect(s.mode).toBe('where_it_hurts')
  })

  it('lets a link win over the stored preferences', () => {
    const stored = {
      v: 1,
      audience: 'patient',
      visibleLayers: { skin: false, superficial: true, deep: true },
      mode: 'where_it_hurts',
    }
    localStorage.setItem(preferencesKey, JSON.stringify(stored))
    const link = encodeUrlState({
      selected: { muscle: 'infraspinatus', side: 'left' },
      painMarks: [],
      audience: 'clinician',
      visibleLayers: { skin: true, superficial: true, deep: false },
    })
    window.history.replaceState(null, '', `/${link}`)
    stops.push(startPreferences())
    stops.push(startUrlSync())
    const s = useAppStore.getState()
    expect(s.audience).toBe('clinician')
    expect(s.visibleLayers).toEqual({ skin: true, superficial: true, deep: false })
    // A link to a muscle opens it to explore, whatever mode was last used.
    expect(s.mode).toBe('explore')
    expect(s.selected).toEqual({ muscle: 'infraspinatus', side: 'left' })
  })

  it('restores what a link leaves unsaid', () => {
    const stored = {
      v: 1,
      audience: 'clinician',
      visibleLayers: { skin: false, superficial: true, deep: true },
      mode: 'explore',
    }
    localStorage.setItem(preferencesKey, JSON.stringify(stored))
    window.history.replaceState(
      null,
      '',
      `/${encodeUrlState({ selected: { muscle: 'infraspinatus', side: 'left' }, painMarks: [] })}`,
    )
    stops.push(startPreferences())
    stops.push(startUrlSync())
    expect(useAppStore.getState().audience).toBe('clinician')
    expect(useAppStore.getState().visibleLayers.skin).toBe(false)
  })

  it("restored once before the app starts (the 3D view first), the app's start changes nothing more", () => {
    const stored = {
      v: 1,
      audience: 'clinician',
      visibleLayers: { skin: false, superficial: true, deep: true },
      mode: 'where_it_hurts',
    }
    localStorage.setItem(preferencesKey, JSON.stringify(stored))
    restorePreferences()
    const restored = useAppStore.getState()
    expect(restored.mode).toBe('where_it_hurts')
    expect(restored.visibleLayers).toEqual(stored.visibleLayers)
    let changes = 0
    const unsubscribe = useAppStore.subscribe(() => changes++)
    stops.push(startPreferences())
    unsubscribe()
    // Not even an equal object set anew: the drawn body would redraw every muscle for it.
    expect(changes).toBe(0)
    expect(useAppStore.getState()).toBe(restored)
  })

  it('ignores a damaged or foreign value, field by field', () => {
    expect(parsePreferences('{nope')).toEqual({})
    expect(parsePreferences(JSON.stringify({ v: 2, audience: 'clinician' }))).toEqual({})
    expect(
      parsePreferences(JSON.stringify({ v: 1, audience: 'doctor', mode: 'explore', visibleLayers: { skin: 1 } })),
    ).toEqual({
      mode: 'explore',
    })
  })

  it('works without storage, and when storage refuses to write', () => {
    expect(() => startPreferences(null)()).not.toThrow()
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    } as unknown as Storage
    stops.push(startPreferences(full))
    expect(() => setAudience('clinician')).not.toThrow()
    expect(useAppStore.getState().audience).toBe('clinician')
  })
})
