/**
 * The body's WebGL context, made by the page's entry (src/main.ts) while the app's code is still
 * downloading, on a canvas of its own not yet on the page; the 3D view takes it when it mounts
 * (src/scene/Scene.tsx) and puts that canvas where React Three Fiber's was.
 *
 * Why: making a context costs 100 to 200 ms under a software renderer (SwiftShader here, a
 * computer or phone whose GPU the browser will not use), and the 3D view could only make it once
 * its code had arrived and run. The page's main thread is idle while that code downloads, so the
 * context is made there instead, off the path to the body's first frame (issue 13).
 *
 * No React and no three.js here: the page's entry imports this and must stay tiny.
 */

/** Pixels per CSS pixel on the canvas: the device's, at most 2 (more costs a phone's GPU for little). */
export const canvasDpr: [number, number] = [1, 2]

/**
 * The context's attributes: those three.js asks for with the renderer's options in Scene.tsx
 * (three passes alpha true whatever its option), so a context made here serves it the same.
 */
export const contextAttributes: WebGLContextAttributes = {
  alpha: true,
  depth: true,
  stencil: false,
  antialias: true,
  premultipliedAlpha: true,
  // The e2e build keeps each frame readable for the tests' canvas screenshots.
  preserveDrawingBuffer: import.meta.env.MODE === 'e2e',
  powerPreference: 'high-performance',
  failIfMajorPerformanceCaveat: false,
}

/** The drawing buffer R3F will give a canvas: its container's CSS size and pixel ratio. */
export interface DrawingBuffer {
  /** CSS pixels, as measured (fractions kept: three floors their product with the ratio). */
  width: number
  height: number
  pixelRatio: number
}

/** R3F's pixel ratio for a `dpr` range: the device's, kept within the range (its `calculateDpr`). */
export function pixelRatioWithin(range: readonly [number, number], device: number): number {
  return Math.min(Math.max(range[0], device), range[1])
}

/**
 * The drawing buffer for a canvas whose container measures `width` by `height` CSS pixels, or
 * null while it has no size (hidden, not laid out yet).
 */
export function drawingBufferFor(
  width: number,
  height: number,
  dpr: readonly [number, number],
  devicePixelRatio: number,
): DrawingBuffer | null {
  if (!(width > 0 && height > 0)) return null
  return { width, height, pixelRatio: pixelRatioWithin(dpr, devicePixelRatio || 1) }
}

/**
 * Sizes a canvas as three will (`setDrawingBufferSize`). Before its context is made, this is the
 * size the context is made at: a canvas set later to the size it has costs nothing, while
 * resizing a context's drawing buffer makes it (and its multisampled copy) again, 50 to 90 ms
 * under SwiftShader.
 */
export function sizeCanvas(canvas: HTMLCanvasElement, buffer: DrawingBuffer): void {
  canvas.width = Math.floor(buffer.width * buffer.pixelRatio)
  canvas.height = Math.floor(buffer.height * buffer.pixelRatio)
  // Its CSS size too (R3F sets the same): otherwise the attributes above would be its layout size.
  canvas.style.width = `${buffer.width}px`
  canvas.style.height = `${buffer.height}px`
}

/** A canvas with its context, made ahead, and the drawing buffer it was made at. */
export interface EarlyCanvas {
  canvas: HTMLCanvasElement
  context: WebGL2RenderingContext
  buffer: DrawingBuffer
}

let early: EarlyCanvas | null = null

/**
 * For the browser tests: whether the 3D view draws on the context made here (set by Scene.tsx),
 * and the CSS size it was made at (a canvas drawn at another size had its buffer made twice).
 */
export const earlyCanvasStatus = { used: false, madeAt: null as [number, number] | null }

/**
 * Makes the context ahead for a 3D view that will fill `box` (the size R3F's container will
 * have), unless the box has no size or the browser gives no context: the 3D view then makes its
 * own as before, and reports a failure where the body would be.
 */
export function makeEarlyCanvas(box: { width: number; height: number }, devicePixelRatio: number): void {
  const buffer = drawingBufferFor(box.width, box.height, canvasDpr, devicePixelRatio)
  if (!buffer || early) return
  const canvas = document.createElement('canvas')
  sizeCanvas(canvas, buffer)
  try {
    const context = canvas.getContext('webgl2', contextAttributes)
    if (!context) return
    early = { canvas, context, buffer }
    earlyCanvasStatus.madeAt = [buffer.width, buffer.height]
  } catch {
    // A browser that throws instead of answering null: the 3D view asks again and reports it.
  }
}

/**
 * The box the 3D view's canvas will fill inside the first view's `.stage` (index.html, drawn at
 * build time with the app's own layout): a stand-in with the canvas container's class, measured
 * and taken out again. Null without a stage (`vite dev` draws no first view).
 */
export function sceneBoxIn(stage: Element | null): { width: number; height: number } | null {
  if (!stage) return null
  const probe = document.createElement('div')
  probe.className = 'scene-canvas'
  stage.prepend(probe)
  const { width, height } = probe.getBoundingClientRect()
  probe.remove()
  return { width, height }
}

/** Each canvas made here that took the place of R3F's, with R3F's (set by Scene.tsx). */
const replaced = new WeakMap<HTMLCanvasElement, HTMLCanvasElement>()

/** Says that `own` took the place of R3F's canvas `r3f` on the page. */
export function recordReplacement(own: HTMLCanvasElement, r3f: HTMLCanvasElement): void {
  replaced.set(own, r3f)
}

/**
 * The canvas R3F made for the one on the page: R3F keys its roots (`_roots`) by it, so code that
 * finds the body's canvas on the page looks its scene up by this one.
 */
export function r3fCanvasOf(canvas: HTMLCanvasElement): HTMLCanvasElement {
  return replaced.get(canvas) ?? canvas
}

/** The canvas made ahead, once (null if none was made or its context has since been lost). */
export function takeEarlyCanvas(): EarlyCanvas | null {
  const taken = early
  early = null
  return taken && !taken.context.isContextLost() ? taken : null
}
