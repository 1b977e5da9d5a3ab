/**
 * The page's entry, kept tiny. index.html already holds the app's first view (drawn at build
 * time, src/prerender.tsx); this lets the browser paint it before the app's code runs, then
 * loads the app. Without the wait, a browser that has the code at hand (a fast link, the
 * offline cache) runs it first and shows nothing until it is done: a blank page for a few
 * hundred milliseconds on a slow phone. The wait costs one frame.
 */
import './styles.css'

/** Calls `then` once the browser has painted a frame: after the next frame's paint, not before it. */
function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0))
}

/** What the page says if the app's code cannot be loaded (offline on a first visit, a broken deploy). */
function showLoadFailure(): void {
  const root = document.getElementById('root')
  if (!root) return
  const message = document.createElement('p')
  message.className = 'load-failure'
  message.setAttribute('role', 'alert')
  message.textContent =
    'TriggerMap could not load its code. Check your connection and reload the page; nothing you saved is lost.'
  root.replaceChildren(message)
}

afterNextPaint(() => {
  import('./startApp.tsx').catch(showLoadFailure)
})
