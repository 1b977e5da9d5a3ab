/**
 * The body's first paint handed to the scene (src/firstPaint.ts, Scene.tsx): one canvas and one WebGL
 * context for both. Making a second context while the first still showed the body cost the scene
 * 100 to 160 ms more under SwiftShader (a context is the slowest thing the scene makes), and its
 * first frame then came 0.2 s later than without the paint.
 *
 * No React or three here: the first paint's chunk and the scene's both load it.
 */

/** A canvas with the body painted on it, and its context. */
export interface PaintedCanvas {
  canvas: HTMLCanvasElement
  context: WebGL2RenderingContext
}

let painted: PaintedCanvas | null = null
let sceneStarted = false

/**
 * Offers a painted canvas to the scene. False once the scene has made its renderer: then the
 * scene draws on its own canvas, and the paint is not needed.
 */
export function offerPainted(canvas: PaintedCanvas): boolean {
  if (sceneStarted) return false
  painted = canvas
  return true
}

/** Whether the scene has made its renderer (with or without a painted canvas). */
export function sceneHasStarted(): boolean {
  return sceneStarted
}

/** Takes back an offer the scene has not taken (the stage changed under the paint). */
export function withdrawPainted(canvas: PaintedCanvas): boolean {
  if (painted !== canvas) return false
  painted = null
  return true
}

/**
 * The scene makes its renderer: the painted canvas if there is one, taken once; from now on
 * nothing more is offered.
 */
export function takePainted(): PaintedCanvas | null {
  sceneStarted = true
  const taken = painted
  painted = null
  return taken
}

/**
 * Puts a painted canvas where the scene's own canvas (`inPlaceOf`, R3F's) is, as that canvas: its
 * place, its children (the text read out instead of the map), its style. R3F sizes and reads
 * whatever canvas the renderer draws on (`gl.domElement`), and takes its pointer events on the
 * element around it, so the swap is all it sees.
 */
export function putInPlace(painted: HTMLCanvasElement, inPlaceOf: HTMLCanvasElement): void {
  painted.className = inPlaceOf.className
  painted.removeAttribute('aria-hidden')
  painted.style.position = ''
  painted.style.left = ''
  painted.style.top = ''
  painted.style.display = inPlaceOf.style.display
  painted.append(...inPlaceOf.childNodes)
  inPlaceOf.replaceWith(painted)
}
