import { setFreeCanvas } from '../state/store.ts'
import { canvasCovers, freeInsets } from './freeCanvas.ts'

/**
 * What FreeCanvasWatcher (beside the canvas) does, for a stage and the workspace around it: measures now and on every
 * change until the returned function is called. Also used on the first view's own stage, before
 * the app runs, by the 3D view mounted ahead of it (src/sceneView.ts).
 */
export function watchFreeCanvas(stage: Element, workspace: Element): () => void {
  let frame = 0
  const measure = () => {
    frame = 0
    // The canvas's box (R3F's element around it): the canvas itself is 300 by 150 until R3F
    // first sizes it, and a first frame framed for that box was framed again a frame later.
    const canvas = stage.querySelector('.scene-canvas') ?? stage.querySelector('canvas')
    if (!canvas) return
    setFreeCanvas(freeInsets(canvas.getBoundingClientRect(), canvasCovers(stage, workspace)))
  }
  const later = () => {
    if (!frame) frame = requestAnimationFrame(measure)
  }
  const sizes = new ResizeObserver(later)
  const watch = () => {
    sizes.disconnect()
    for (const e of [
      stage,
      stage.querySelector('.scene-canvas') ?? stage.querySelector('canvas'),
      workspace.querySelector(':scope > .panel'),
      ...stage.querySelectorAll('[data-covers-canvas]'),
    ])
      if (e) sizes.observe(e)
    later()
  }
  // The canvas arrives after the 3D code loads, and the panel is swapped with the mode; the
  // sheet's snap and warning line change its height (seen by the ResizeObserver).
  const changes = new MutationObserver(watch)
  changes.observe(workspace, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-snap', 'data-peek-alert'],
  })
  watch()
  return () => {
    changes.disconnect()
    sizes.disconnect()
    if (frame) cancelAnimationFrame(frame)
  }
}
