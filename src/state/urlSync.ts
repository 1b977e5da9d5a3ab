/**
 * Keeps the address bar and the store in step. A deliberate navigation (a muscle opened from
 * search, a ranked result or a related-muscle link: the store's `navigation` is 'push') adds a
 * history entry, so Back returns to what was shown before it; browsing (tapping muscles on the
 * body, switching part or side, clearing, painting, switching wording, layers or view) only
 * rewrites the current entry, so the history never fills up with taps. A pasted or reloaded
 * link restores the whole view, and a broken part of a link leaves a notice, the rest of the
 * view and a clean address.
 */
import { setMode } from './painMarks.ts'
import { addNotice, requestCamera, setComparing, setPatientList, useAppStore, type AppState } from './store.ts'
import { decodeUrlState, encodeUrlState, type UrlState } from './url.ts'

/** What of the app's state a link carries. */
export function shareableState(s: AppState): UrlState {
  const state: UrlState = {
    selected: s.selected,
    painMarks: s.painMarks,
    mode: s.mode,
    audience: s.audience,
    visibleLayers: s.visibleLayers,
    patientList: s.patientList,
    comparing: s.comparing,
  }
  // The view a link reproduces is the preset last chosen; after a framing (a search, a side
  // switch, a link) or a reset the link lets the app frame the selection again.
  if (s.cameraRequest?.kind === 'preset') state.view = s.cameraRequest.preset
  return state
}

/** The full link to the view now shown: what Share copies and draws as a QR code. */
export function shareLink(win: Window = window): string {
  return `${win.location.origin}${win.location.pathname}${encodeUrlState(shareableState(useAppStore.getState()))}`
}

/** Whether a change of state can change the link (hover and the like cannot). */
function linkChanged(now: AppState, before: AppState): boolean {
  return (
    now.selected !== before.selected ||
    now.painMarks !== before.painMarks ||
    now.mode !== before.mode ||
    now.audience !== before.audience ||
    now.visibleLayers !== before.visibleLayers ||
    now.patientList !== before.patientList ||
    now.comparing !== before.comparing ||
    now.cameraRequest !== before.cameraRequest
  )
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(win: Window = window): () => void {
  let applying = false

  const apply = (search: string, onLoad: boolean) => {
    const { state, problems } = decodeUrlState(search)
    applying = true
    const before = useAppStore.getState()
    // Nothing set where nothing changes (a bare address): the 3D view, often drawn before the
    // app starts (src/sceneFirst.ts), would redraw every muscle for an empty list made anew.
    const unchanged =
      before.selected === state.selected &&
      before.painMarks.length === 0 &&
      state.painMarks.length === 0 &&
      before.painHistory.length === 0
    if (!unchanged) useAppStore.setState({ selected: state.selected, painMarks: state.painMarks, painHistory: [] })
    const mode = state.mode ?? (state.painMarks.length > 0 ? 'where_it_hurts' : undefined)
    if (mode) setMode(mode)
    // Wording, layers and view are how the person looks, not where they went: a link sets them,
    // Back and Forward leave them as they are.
    if (onLoad) {
      if (state.audience) useAppStore.setState({ audience: state.audience })
      if (state.visibleLayers) useAppStore.setState({ visibleLayers: { ...state.visibleLayers } })
      if (state.patientList) setPatientList(state.patientList)
      if (state.comparing) setComparing(true, { frame: !state.view })
      if (state.view) requestCamera({ kind: 'preset', preset: state.view })
      else if (state.selected && !state.comparing) requestCamera({ kind: 'frame', target: state.selected })
      // A drawing shared by link is seen where it was drawn (a calf from behind).
      else if (!state.comparing && mode === 'where_it_hurts' && state.painMarks.length > 0)
        requestCamera({ kind: 'frameMarks', marks: state.painMarks })
    }
    applying = false
    problems.forEach(addNotice)
    const clean = encodeUrlState(shareableState(useAppStore.getState()))
    if (clean !== search && !(clean === '' && search === '')) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${clean}${win.location.hash}`)
    }
  }

  apply(win.location.search, true)

  const unsubscribe = useAppStore.subscribe((now, before) => {
    if (applying || !linkChanged(now, before)) return
    const next = encodeUrlState(shareableState(now))
    if (next === win.location.search) return
    // Only a deliberate navigation is a step that Back and Forward walk through; browsing and
    // painting only update the link.
    const push = now.selected !== before.selected && now.navigation === 'push'
    const url = `${win.location.pathname}${next || '?'}${win.location.hash}`
    if (push) win.history.pushState(null, '', url)
    else win.history.replaceState(null, '', url)
  })
  const onPopState = () => apply(win.location.search, false)
  win.addEventListener('popstate', onPopState)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
  }
}
