/**
 * Keeps the address bar and the store in step. A deliberate navigation (a muscle opened from
 * search, a ranked result or a related-muscle link: the store's `navigation` is 'push') adds a
 * history entry, so Back returns to what was shown before it; browsing (tapping muscles on the
 * body, switching part or side, clearing, painting) only rewrites the current entry, so the
 * history never fills up with taps. A pasted or reloaded link restores the state, and a broken
 * link leaves a notice and a clean address.
 */
import { setMode } from './painMarks.ts'
import { addNotice, requestCamera, useAppStore } from './store.ts'
import { decodeUrlState, encodeUrlState } from './url.ts'

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(win: Window = window): () => void {
  let applying = false

  const apply = (search: string, onLoad: boolean) => {
    const { state, problems } = decodeUrlState(search)
    applying = true
    useAppStore.setState({ selected: state.selected, painMarks: state.painMarks, painHistory: [] })
    if (state.painMarks.length > 0) setMode('where_it_hurts')
    applying = false
    problems.forEach(addNotice)
    if (state.selected && onLoad) requestCamera({ kind: 'frame', target: state.selected })
    const clean = encodeUrlState(state)
    if (clean !== search && !(clean === '' && search === '')) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${clean}${win.location.hash}`)
    }
  }

  apply(win.location.search, true)

  const unsubscribe = useAppStore.subscribe((now, before) => {
    if (applying || (now.selected === before.selected && now.painMarks === before.painMarks)) return
    const next = encodeUrlState({ selected: now.selected, painMarks: now.painMarks })
    if (next === win.location.search) return
    // Only a deliberate navigation is a step that Back and Forward walk through; browsing and
    // painting only update the link.
    const push = now.selected !== before.selected && now.navigation === 'push'
    const write = push ? win.history.pushState : win.history.replaceState
    write.call(win.history, null, '', `${win.location.pathname}${next || '?'}${win.location.hash}`)
  })
  const onPopState = () => apply(win.location.search, false)
  win.addEventListener('popstate', onPopState)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
  }
}
