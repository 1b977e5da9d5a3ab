/** Checks on generated meshes that several test files share (tubes, sheets, skin segments). */

/** Every undirected edge is used by exactly two triangles, once in each direction. */
export function isClosedManifold(indices: ArrayLike<number>): boolean {
  const directed = new Map<string, number>()
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const key = `${indices[t + k]},${indices[t + ((k + 1) % 3)]}`
      directed.set(key, (directed.get(key) ?? 0) + 1)
    }
  }
  for (const [key, n] of directed) {
    const [a, b] = key.split(',')
    if (n !== 1 || directed.get(`${b},${a}`) !== 1) return false
  }
  return true
}
