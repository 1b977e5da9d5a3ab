/**
 * The canvas's drawing buffer as R3F will size it, without React or three: the 3D view's early
 * renderer (earlyRenderer.ts) and the body's first paint (src/firstPaint.ts) size their canvas alike.
 */

/** Pixels per CSS pixel on the canvas: the device's, at most 2 (more costs a phone's GPU for little). */
export const canvasDpr: [number, number] = [1, 2]

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
 * null while it has no size (hidden, not laid out yet): R3F then sizes it as before.
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

/** Sizes a canvas as three will (`setDrawingBufferSize`), before it has a context. */
export function sizeCanvas(canvas: HTMLCanvasElement, buffer: DrawingBuffer): void {
  canvas.width = Math.floor(buffer.width * buffer.pixelRatio)
  canvas.height = Math.floor(buffer.height * buffer.pixelRatio)
  // Its CSS size too (R3F sets the same): otherwise the attributes above would be its layout size.
  canvas.style.width = `${buffer.width}px`
  canvas.style.height = `${buffer.height}px`
}
