/**
 * The WebGL renderer for the body's canvas (Scene.tsx; made early: earlyRenderer.ts): on the
 * canvas the body was painted on before the scene's code loaded, where there is one
 * (src/firstPaint.ts, firstPaint/handOver.ts), else on R3F's own.
 */
import { WebGLRenderer } from 'three'
import { putInPlace, takePainted } from './firstPaint/handOver.ts'

/** R3F's defaults for the body's renderer, on `canvas` (and `context`, one made already). */
function rendererOn(canvas: HTMLCanvasElement, context?: WebGL2RenderingContext): WebGLRenderer {
  return new WebGLRenderer({
    canvas,
    context,
    powerPreference: 'high-performance',
    alpha: true,
    antialias: true,
    // The e2e build keeps each frame readable for the tests' canvas screenshots.
    preserveDrawingBuffer: import.meta.env.MODE === 'e2e',
  })
}

/**
 * The renderer on the canvas the body was painted on before this code loaded, put in place of
 * R3F's (firstPaint/handOver.ts); null if there is none or its context is no longer usable (lost
 * while the tab was in the background, say): the painted canvas then goes and R3F's stays.
 */
export function rendererOnPainted(canvas: HTMLCanvasElement): WebGLRenderer | null {
  const painted = takePainted()
  if (!painted) return null
  let renderer: WebGLRenderer | null = null
  try {
    if (!painted.context.isContextLost()) renderer = rendererOn(painted.canvas, painted.context)
  } catch {
    // three could not read the context: R3F's own canvas gets a context of its own.
  }
  if (!renderer) {
    painted.canvas.remove()
    return null
  }
  putInPlace(painted.canvas, canvas)
  // three starts from WebGL's defaults; the paint put back what it changed, and this makes sure.
  renderer.resetState()
  return renderer
}

/** The renderer for the body's canvas (made early: src/scene/earlyRenderer.ts). */
export function makeRenderer(canvas: HTMLCanvasElement): WebGLRenderer {
  return rendererOnPainted(canvas) ?? rendererOn(canvas)
}
