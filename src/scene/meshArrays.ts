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

/** array[i]++ returning the value before the increment (a fill cursor), checked. */
export function bumpAt(array: NumberArray, i: number): number {
  const value = array[i] ?? outside(array, i)
  array[i] = value + 1
  return value
}
