/**
 * The app's state sources, started once however many ask: the stored preferences, then the link
 * (`startUrlSync`), so that what the link carries wins over what was stored.
 *
 * The page starts them before the app's first render (src/startApp.tsx), so that render already
 * shows what a link names. Started from the App's own effect instead, the link's view came a
 * frame or two after the first paint: components read the store through subscriptions that React
 * connects after painting, so the welcome showed first and was then swapped under the reader.
 * App starts them too (tests render it alone), which here only counts one more user.
 */
import { startPreferences } from './preferences.ts'
import { startUrlSync } from './urlSync.ts'

let running: { stop: () => void; users: number } | null = null

/** Starts the preferences and the URL sync if they are not running; returns what releases this use. */
export function startAppState(): () => void {
  if (!running) {
    const stopPreferences = startPreferences()
    const stopUrlSync = startUrlSync()
    running = {
      stop: () => {
        stopUrlSync()
        stopPreferences()
      },
      users: 0,
    }
  }
  const mine = running
  mine.users++
  let released = false
  return () => {
    if (released) return
    released = true
    if (--mine.users > 0) return
    running = null
    mine.stop()
  }
}
