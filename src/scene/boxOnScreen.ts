import { Vector3, type Box3, type Camera, type Matrix4 } from 'three'

/** A rectangle on the canvas in texture coordinates: 0 to 1 across, 0 (bottom) to 1 (top) up. */
export interface ScreenRect {
  x0: number
  y0: number
  x1: number
  y1: number
}

export const wholeScreen: ScreenRect = { x0: 0, y0: 0, x1: 1, y1: 1 }

const corner = new Vector3()

/**
 * Where `box` (in the space `matrixWorld` maps to the world) falls on the canvas, grown by `margin`
 * (a share of the canvas) and kept within it; the whole canvas when a corner lies behind the
 * camera, as a rectangle from the corners in front would then be too small.
 */
export function boxOnScreen(box: Box3, matrixWorld: Matrix4, camera: Camera, margin: number): ScreenRect {
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (let i = 0; i < 8; i++) {
    corner
      .set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z)
      .applyMatrix4(matrixWorld)
      .applyMatrix4(camera.matrixWorldInverse)
    // In front of the camera, view-space z is negative.
    if (corner.z >= 0) return wholeScreen
    corner.applyMatrix4(camera.projectionMatrix)
    x0 = Math.min(x0, corner.x)
    y0 = Math.min(y0, corner.y)
    x1 = Math.max(x1, corner.x)
    y1 = Math.max(y1, corner.y)
  }
  const toScreen = (ndc: number) => ndc * 0.5 + 0.5
  const clamp = (v: number) => Math.min(1, Math.max(0, v))
  return {
    x0: clamp(toScreen(x0) - margin),
    y0: clamp(toScreen(y0) - margin),
    x1: clamp(toScreen(x1) + margin),
    y1: clamp(toScreen(y1) + margin),
  }
}
