/**
 * Keeps the address bar and the store in step: a selection pushes a history entry (so back
 * and forward walk through selections), a pasted or reloaded link restores it, and a broken
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
    // A selection is a step back and forward walk through; painting only updates the link.
    const write = now.selected !== before.selected ? win.history.pushState : win.history.replaceState
    write.call(win.history, null, '', `${win.location.pathname}${next || '?'}${win.location.hash}`)
  })
  const onPopState = () => apply(win.location.search, false)
  win.addEventListener('popstate', onPopState)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
  }
}
