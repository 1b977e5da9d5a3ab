import { useEffect, useRef } from 'react'
import { watchFreeCanvas } from './watchFreeCanvas.ts'

/**
 * Measures which part of the body's canvas the panel (the phone sheet at its current snap) and
 * the View button leave free, and tells the store, so the camera frames a muscle and its pain
 * pattern where they can be seen. The scene never reads the page's layout itself. Place it
 * inside the stage, beside the canvas.
 */
export function FreeCanvasWatcher() {
  const anchor = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const stage = anchor.current?.parentElement
    const workspace = stage?.parentElement
    if (!stage || !workspace) return
    return watchFreeCanvas(stage, workspace)
  }, [])
  return <span ref={anchor} hidden />
}
