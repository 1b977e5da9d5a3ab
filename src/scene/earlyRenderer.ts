import { useLayoutEffect, useRef, type RefObject } from 'react'
import type { WebGLRenderer } from 'three'
import { canvasDpr, drawingBufferFor, sizeCanvas } from './drawingBuffer.ts'

/**
 * The WebGL renderer, made in a task of its own as soon as the canvas is on the page, instead of
 * inside R3F's set-up. R3F sets itself up in the task after the canvas's resize observer first
 * reports its size; making the renderer there (the context and three's reading of what the GPU
 * can do, 30 to 200 ms under a software renderer) joined sizing the drawing buffer and building
 * the scene in one task of about 300 ms, the longest before the body was ready (issue 13: none
 * over 200 ms).
 *
 * The canvas is sized before its context is made, at the size R3F will give it. A context made on
 * a bare canvas (300 by 150) was resized when R3F first set its size, and WebGL then makes its
 * drawing buffer (and the multisampled one) a second time: 50 to 90 ms under SwiftShader on the
 * path to the body's first frame, against 30 to 40 ms more for making the context at full size.
 * Setting a canvas to the size it already has costs nothing, so R3F's own sizing after this
 * changes nothing.
 */

/** Hands the renderer made early to R3F's factory, once; `undefined` if none was made. */
export interface EarlyRenderer {
  take(): WebGLRenderer | undefined
}

/**
 * Makes the renderer for `canvas` with `make` in the first task after the canvas mounts, unless
 * R3F's factory has asked first (then the factory makes it, as before). If `make` throws (no
 * context), nothing is kept and the factory tries again and reports it. A renderer not taken by
 * the time the canvas unmounts is disposed.
 */
export function useEarlyRenderer(
  canvas: RefObject<HTMLCanvasElement | null>,
  make: (canvas: HTMLCanvasElement) => WebGLRenderer,
): EarlyRenderer {
  const state = useRef<{ renderer?: WebGLRenderer; taken: boolean }>({ taken: false })
  // Posted from the commit that puts the canvas on the page, this task usually runs before the
  // frame in which R3F learns the canvas's size (one posted from a passive effect often did not).
  useLayoutEffect(() => {
    const s = state.current
    const timer = setTimeout(() => {
      const element = canvas.current
      if (s.taken || !element) return
      // R3F measures the canvas's container (its parent) and sizes the canvas to it.
      const box = element.parentElement?.getBoundingClientRect()
      const buffer = box ? drawingBufferFor(box.width, box.height, canvasDpr, window.devicePixelRatio) : null
      try {
        if (buffer) sizeCanvas(element, buffer)
        const renderer = make(element)
        // three's own record of the size and ratio, matching the canvas: no resize follows.
        if (buffer) renderer.setDrawingBufferSize(buffer.width, buffer.height, buffer.pixelRatio)
        s.renderer = renderer
      } catch {
        // R3F's factory makes the same attempt and reports the failure.
      }
    }, 0)
    return () => {
      clearTimeout(timer)
      if (s.taken) return
      s.renderer?.dispose()
      s.renderer = undefined
    }
    // Once, for the canvas R3F put on the page when it mounted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return {
    take() {
      state.current.taken = true
      return state.current.renderer
    },
  }
}
