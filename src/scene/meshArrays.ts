/**
 * Checked reads of the flat arrays a mesh is made of: positions (x, y, z per vertex), triangle
 * indices (three per triangle) and per-vertex or per-region tables.
 *
 * With `noUncheckedIndexedAccess` every index read may be undefined. An index outside such an
 * array means a broken mesh or table (a triangle naming a vertex that is not there), so a read
 * is written `positions[i] ?? outside(positions, i)`: in range it is exactly the bare read, and
 * out of range it throws a RangeError naming the index where a bare read would let NaN spread
 * silently through the sums. The check stays inline at each read (not in a shared `at(array, i)`)
 * because one function fed every kind of typed array is slow in V8's hot loops.
 */

/** A writable flat array of numbers: a typed array or number[]. */
export interface NumberArray {
  readonly length: number
  [index: number]: number
}

/** Throws the RangeError for reading index i of an array that has no such index. */
export function outside(array: ArrayLike<unknown>, i: number): never {
  throw new RangeError(`Index ${i} is outside an array of ${array.length}`)
}

/** array[i] += amount, checked. */
export function addAt(array: NumberArray, i: number, amount: number): void {
  array[i] = (array[i] ?? outside(array, i)) + amount
}

/** array[i] = max(array[i], value), checked: a state that only rises (essential over spillover). */
export function raiseAt(array: NumberArray, i: number, value: number): void {
  array[i] = Math.max(array[i] ?? outside(array, i), value)
}

/** array[i]++ returning the value before the increment (a fill cursor), checked. */
export function bumpAt(array: NumberArray, i: number): number {
  const value = array[i] ?? outside(array, i)
  array[i] = value + 1
  return value
}

/** A triangle's corners (vertex numbers) and its cross product n = (b - a) x (c - a). */
export type TriangleVisit = (a: number, b: number, c: number, nx: number, ny: number, nz: number) => void

/**
 * Calls `visit` for each whole triangle of a mesh (three indices each), with its corners and its
 * cross product: n points out of the side the corners wind counter-clockwise around (glTF's
 * front), and its length is twice the triangle's area.
 */
export function forEachTriangle(positions: Float32Array, indices: ArrayLike<number>, visit: TriangleVisit): void {
  const corner = (i: number) => indices[i] ?? outside(indices, i)
  const p = (i: number) => positions[i] ?? outside(positions, i)
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = corner(t),
      b = corner(t + 1),
      c = corner(t + 2)
    const ux = p(b * 3) - p(a * 3),
      uy = p(b * 3 + 1) - p(a * 3 + 1),
      uz = p(b * 3 + 2) - p(a * 3 + 2)
    const vx = p(c * 3) - p(a * 3),
      vy = p(c * 3 + 1) - p(a * 3 + 1),
      vz = p(c * 3 + 2) - p(a * 3 + 2)
    visit(a, b, c, uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx)
  }
}
