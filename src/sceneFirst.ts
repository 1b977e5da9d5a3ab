/**
 * The 3D view before the app (issue 13), from the page's entry: on a bare address, whose first
 * view index.html already shows, the view is mounted in that view's stage as soon as its code
 * is in (src/sceneView.ts), and the app renders once the skin's first frame is drawn
 * (startApp.tsx waits on `whenAppMayRender`). A link to a view renders the app first, as before: the
 * view it names must be in place before the body's first frame, not swapped in after it.
 *
 * No React here: the page's entry imports this and must stay tiny.
 */
import { loadSceneCode } from './sceneCode.ts'

/**
 * How long the app waits for the skin's first frame once the view is mounted: on a slow link the
 * header, search and panel start working without the body, which the app then adopts still loading.
 */
const PATIENCE_MS = 1500

let appMayRender: Promise<void> = Promise.resolve()

/** Mounts the 3D view ahead of the app where the page allows it (see above). */
export function startSceneFirst(search: string): void {
  if (search !== '' && search !== '?') return
  const placeholder = document.querySelector('#root .stage .loading')
  if (!placeholder) return
  // The body painted from the skin's file alone while the scene's code loads: its own small
  // chunk (src/firstPaint.ts). If it cannot paint, the scene draws the body as before.
  import('./firstPaint.ts').then((paint) => paint.paintBodyFirst(placeholder)).catch(() => undefined)
  appMayRender = loadSceneCode().then(
    (scene) => scene.startSceneEarly(placeholder, PATIENCE_MS),
    // The app asks again and shows the failure where the body would be.
    () => undefined,
  )
}

/** Resolves when the app may replace the first view: at once, or once the early view is drawn (above). */
export function whenAppMayRender(): Promise<void> {
  return appMayRender
}
