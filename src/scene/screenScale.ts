/**
 * How large the body is on a frame, for choosing how much detail a moving frame needs
 * (MotionView.tsx): a simplification whose error stays well under a pixel cannot be seen.
 */
import { Vector3, type Box3, type Camera, type Matrix4 } from 'three'

const corner = new Vector3()

/**
 * Pixels one metre spans on a frame `frameHeight` pixels tall, at the corner of `box` (in the
 * space `matrixWorld` maps to the world) nearest the camera: no part of what the box holds is
 * magnified more. A corner at or behind the camera gives Infinity.
 */
export function pixelsPerMetre(camera: Camera, box: Box3, matrixWorld: Matrix4, frameHeight: number): number {
  const e = camera.projectionMatrix.elements
  // e[5] turns view-space height into clip space; e[11] is -1 for a perspective camera, 0 for an
  // orthographic one, whose scale does not fall off with distance.
  const perDepth = (frameHeight / 2) * (e[5] ?? 1)
  if (e[11] !== -1) return perDepth
  let nearest = Infinity
  for (let i = 0; i < 8; i++) {
    corner
      .set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z)
      .applyMatrix4(matrixWorld)
      .applyMatrix4(camera.matrixWorldInverse)
    nearest = Math.min(nearest, -corner.z)
  }
  return nearest > 0 ? perDepth / nearest : Infinity
}

/** How many pixels a surface within `error` metres of the true one may be off by. */
export const errorInPixels = (error: number, pixelsPerMetre: number) => error * pixelsPerMetre

/**
 * The coarsest of `levels` (by error, metres, in any order) that strays at most `mostPixels` on a
 * frame at `pixelsPerMetre`, or undefined when none does.
 */
export function coarsestWithin<T extends { error: number }>(
  levels: readonly T[],
  pixelsPerMetre: number,
  mostPixels: number,
): T | undefined {
  let best: T | undefined
  for (const level of levels)
    if (errorInPixels(level.error, pixelsPerMetre) <= mostPixels && (!best || level.error > best.error)) best = level
  return best
}
