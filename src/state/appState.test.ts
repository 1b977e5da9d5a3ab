// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { startAppState } from './appState.ts'
import { preferencesKey } from './storedPreferences.ts'
import { resetStore, selectMuscle, useAppStore } from './store.ts'

beforeEach(() => {
  resetStore()
  localStorage.clear()
})

describe('the app state sources, started before the first render and again by the app', () => {
  it('applies the link and the stored wording at once, and keeps syncing until the last user lets go', () => {
    localStorage.setItem(preferencesKey, JSON.stringify({ v: 1, audience: 'clinician' }))
    window.history.replaceState(null, '', '/?v=2&m=masseter&s=l')
    const page = startAppState()
    // What the first render reads: the link's muscle, and the wording kept on this device.
    expect(useAppStore.getState().selected).toMatchObject({ muscle: 'masseter', side: 'left' })
    expect(useAppStore.getState().audience).toBe('clinician')
    const app = startAppState()
    // Started once: the app's start neither re-applies the link nor adds a second listener.
    selectMuscle({ muscle: 'temporalis', side: 'right' })
    expect(useAppStore.getState().selected).toMatchObject({ muscle: 'temporalis' })
    expect(window.location.search).toMatch(/m=temporalis&s=r/)
    app()
    app() // released twice: counted once
    selectMuscle({ muscle: 'masseter', side: 'right' })
    expect(window.location.search, 'still synced while the page holds it').toMatch(/m=masseter&s=r/)
    page()
    selectMuscle({ muscle: 'temporalis', side: 'left' })
    expect(window.location.search, 'no longer synced').toMatch(/m=masseter&s=r/)
  })
})
