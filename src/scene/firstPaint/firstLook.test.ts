// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { restorePreferences } from '../../state/preferences.ts'
import { preferencesKey } from '../../state/storedPreferences.ts'
import { resetStore, useAppStore } from '../../state/store.ts'
import { skinOpacity } from '../skinLook.ts'
import { firstLook } from './firstLook.ts'

beforeEach(() => {
  resetStore()
  localStorage.clear()
})

const layers = (skin: boolean, superficial: boolean, deep: boolean) => ({ skin, superficial, deep })

/** Stored texts a browser may hold: none, broken, old, and every look the app can be left in. */
const stored: (string | null)[] = [
  null,
  '',
  'not json',
  '[]',
  JSON.stringify({ v: 2, mode: 'where_it_hurts' }),
  JSON.stringify({ v: 1, mode: 'where_it_hurts' }),
  JSON.stringify({ v: 1, mode: 'explore', visibleLayers: layers(false, true, true) }),
  JSON.stringify({ v: 1, mode: 'where_it_hurts', visibleLayers: layers(false, true, true) }),
  JSON.stringify({ v: 1, visibleLayers: layers(true, false, false) }),
  JSON.stringify({ v: 1, visibleLayers: layers(false, false, false) }),
  JSON.stringify({ v: 1, visibleLayers: layers(true, false, true) }),
  // A field the app ignores as malformed: the default layers stand.
  JSON.stringify({ v: 1, visibleLayers: { skin: false, superficial: 'no' } }),
  JSON.stringify({ v: 1, mode: 'paint', audience: 'clinician' }),
]

describe('the first paint’s look', () => {
  it.each(stored.map((text) => [text]))('is what the scene shows once %s is restored', (text) => {
    if (text !== null) localStorage.setItem(preferencesKey, text)
    restorePreferences(localStorage, '')
    const s = useAppStore.getState()
    expect(firstLook(text)).toEqual({
      skinOpacity: skinOpacity(s.mode === 'where_it_hurts', s.visibleLayers.skin),
      backdrop: s.visibleLayers.superficial || s.visibleLayers.deep,
    })
  })

  it('is the faint shell over the pale body on a first visit', () => {
    expect(firstLook(null)).toEqual({ skinOpacity: 0.22, backdrop: true })
  })
})
