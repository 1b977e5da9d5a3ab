/**
 * How many pixels a moving frame of the lighter body (MotionView.tsx) is drawn at. Under a
 * software rasteriser a frame's cost grows with the pixels it shades, so a large window would
 * turn as slowly as the full body did: the moving frame is drawn at one pixel per CSS pixel up
 * to a budget, and above it at fewer, down to half a CSS pixel's width, then stretched onto the
 * canvas with its texels' edges kept (frameCopy.ts). A phone's canvas stays within the budget and
 * is drawn as before; the benchmark's desktop canvas of 860 × 545 CSS pixels turns at 0.58 of its
 * width and height, and is sharp again 0.2 s after it stops. Orbit frames under SwiftShader,
 * `npm run bench:frames` twice in turn with the build before (4 December 2026): 100 ms against
 * 117 ms, and 117 against 150 ms with a muscle's pattern shown.
 */

/**
 * Pixels a moving frame may shade. Going further buys little: a budget of 20 000 turned the
 * benchmark's body in 83 ms a frame against 100; the rest is per triangle and per frame.
 */
export const movingFramePixels = 160_000
/** Never fewer than this share of the CSS pixels across: coarser, the stipple would blur away. */
const minScale = 0.5

/** The render target's size for a canvas of `cssWidth` × `cssHeight` CSS pixels, and its scale. */
export function movingFrameSize(cssWidth: number, cssHeight: number): { width: number; height: number; scale: number } {
  const pixels = Math.max(1, cssWidth * cssHeight)
  const scale = Math.max(minScale, Math.min(1, Math.sqrt(movingFramePixels / pixels)))
  return {
    width: Math.max(1, Math.round(cssWidth * scale)),
    height: Math.max(1, Math.round(cssHeight * scale)),
    scale,
  }
}
