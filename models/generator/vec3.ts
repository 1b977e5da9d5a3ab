/**
 * The generator's one vector toolkit: a point or direction as three numbers (metres, model
 * frame) and the few operations the shapes, the anchors and the fitting scripts need. The app's
 * scene keeps three's Vector3 (the engine's type); this is for the pure-math generator and scripts.
 *
 * Each function's arithmetic is the one its former copies used (same operations, same order),
 * so the built model stays byte-identical (`npm run check:model` compares it with the committed one).
 */

/** A point or direction that is only read. */
export type Vec3 = readonly [number, number, number]
/** A freshly made point or direction, free to change in place. */
export type MutableVec3 = [number, number, number]

export const add = (a: Vec3, b: Vec3): MutableVec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): MutableVec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): MutableVec3 => [a[0] * s, a[1] * s, a[2] * s]
/** a + s * b, in one step. */
export const addScaled = (a: Vec3, b: Vec3, s: number): MutableVec3 => [
  a[0] + s * b[0],
  a[1] + s * b[1],
  a[2] + s * b[2],
]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): MutableVec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2])
export const distance = (a: Vec3, b: Vec3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
/** The point a fraction t of the way from a to b. */
export const lerp = (a: Vec3, b: Vec3, t: number): MutableVec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]
/** The unit vector along a; a zero vector stays zero (there is no direction to keep). */
export function normalize(a: Vec3): MutableVec3 {
  const l = length(a)
  return l > 1e-12 ? [a[0] / l, a[1] / l, a[2] / l] : [0, 0, 0]
}
/** `a` without its component along unit `n`. */
export const reject = (a: Vec3, n: Vec3): MutableVec3 => sub(a, scale(n, dot(a, n)))
