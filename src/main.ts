/**
 * The page's entry, kept tiny. index.html already holds the app's first view (drawn at build
 * time, src/prerender.tsx); this lets the browser paint it before the app's code runs, then
 * loads the app. Without the wait, a browser that has the code at hand (a fast link, the
 * offline cache) runs it first and shows nothing until it is done: a blank page for a few
 * hundred milliseconds on a slow phone. The wait costs a frame or two.
 */
import { linkOpensView } from './state/linkOpensView.ts'
import { loadSceneCode } from './sceneCode.ts'
import { startSceneFirst } from './sceneFirst.ts'
import { hasWebGL2 } from './ui/webgl.ts'

/** The longest the app waits for the first view's paint to be reported (a hidden tab paints nothing). */
const PAINT_WAIT_MS = 1000

/**
 * Calls `then` once the browser reports the first view painted (the first-contentful-paint
 * entry, which comes once the frame is on screen, not merely drawn), or after the next frame
 * where a browser has no paint timing, or after PAINT_WAIT_MS at most. Once only. At once when
 * the page holds no first view (`vite dev`, which does not draw one): there is nothing to paint.
 */
function afterFirstPaint(then: () => void): void {
  if (!document.querySelector('#root > *')) {
    then()
    return
  }
  let started = false
  let observer: PerformanceObserver | undefined
  const start = () => {
    if (started) return
    started = true
    observer?.disconnect()
    clearTimeout(timer)
    then()
  }
  const timer = setTimeout(start, PAINT_WAIT_MS)
  const paintTiming =
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes as readonly string[] | undefined)?.includes('paint') === true
  if (paintTiming) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start()
    })
    observer.observe({ type: 'paint', buffered: true })
  } else requestAnimationFrame(() => setTimeout(start, 0))
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
  document.querySelector('.slow-start')?.remove()
}

// A link to a muscle, marks or a list opens on what it names: the first view's welcome panel is
// hidden until the app runs (styles.css), instead of being read and then swapped under the reader.
if (linkOpensView(location.search)) document.documentElement.setAttribute('data-opening-link', '')

afterFirstPaint(() => {
  import('./startApp.tsx').catch(showLoadFailure)
  // The 3D view's code at the same time, not once the app has run (src/sceneCode.ts), and on a
  // bare address the view itself, drawn before the app renders (src/sceneFirst.ts). A failure
  // here is the app's to report, where the body would be (it asks again).
  if (hasWebGL2()) {
    startSceneFirst(location.search)
    loadSceneCode().catch(() => undefined)
  }
})
