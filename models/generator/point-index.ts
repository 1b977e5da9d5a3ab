/**
 * Exact nearest-point queries over a fixed set of points: a k-d tree, the one index the
 * generator, the fitting scripts and their tests share (each used to scan every point).
 *
 * The answer is exactly what a scan in index order returns: the nearest point, and on equal
 * distances the lowest index, so a fit or a table built through it stays the same. `accept`
 * restricts the answer to the points it allows (e.g. one side of the body, or samples facing one
 * way) without building another index.
 */

/** The nearest point's index (-1 when no point is allowed) and its squared distance. */
export interface Nearest {
  index: number
  d2: number
}

export interface PointIndex {
  /** The point nearest (x, y, z) among those `accept` allows (all when it is absent). */
  nearest(x: number, y: number, z: number, accept?: (index: number) => boolean): Nearest
}

/** A leaf holds at most this many points: below it, scanning beats descending. */
const LEAF = 8

/**
 * An index over the first `count` points of `points` (x, y, z each). The points are read once,
 * into the index's own copy; later changes to the array are not seen.
 */
export function pointIndex(points: ArrayLike<number>, count = Math.floor(points.length / 3)): PointIndex {
  const xyz = new Float64Array(count * 3)
  for (let i = 0; i < count * 3; i++) xyz[i] = points[i] ?? NaN
  const order = Int32Array.from({ length: count }, (_, i) => i)
  // Node k covers order[start[k]..end[k]); an inner node splits on `axis` at `split`, its
  // children at k*2+1 and k*2+2 (points with coordinate <= split go left).
  const nodes: { start: number; end: number; axis: number; split: number; left: number; right: number }[] = []

  const build = (start: number, end: number): number => {
    const k = nodes.length
    nodes.push({ start, end, axis: -1, split: 0, left: -1, right: -1 })
    if (end - start <= LEAF) return k
    // Split across the widest extent, at the median.
    const lo = [Infinity, Infinity, Infinity]
    const hi = [-Infinity, -Infinity, -Infinity]
    for (let i = start; i < end; i++) {
      const p = order[i]! * 3
      for (let a = 0; a < 3; a++) {
        const v = xyz[p + a]!
        if (v < lo[a]!) lo[a] = v
        if (v > hi[a]!) hi[a] = v
      }
    }
    const widths = [hi[0]! - lo[0]!, hi[1]! - lo[1]!, hi[2]! - lo[2]!]
    const axis = widths.indexOf(Math.max(...widths))
    const part = Array.from(order.subarray(start, end)).sort((a, b) => xyz[a * 3 + axis]! - xyz[b * 3 + axis]!)
    order.set(part, start)
    const mid = (start + end) >> 1
    const node = nodes[k]!
    node.axis = axis
    node.split = xyz[order[mid - 1]! * 3 + axis]!
    node.left = build(start, mid)
    node.right = build(mid, end)
    return k
  }
  if (count > 0) build(0, count)

  return {
    nearest(x, y, z, accept) {
      const q = [x, y, z]
      let best = -1
      let bestD2 = Infinity
      const visit = (k: number): void => {
        const node = nodes[k]!
        if (node.axis < 0) {
          for (let i = node.start; i < node.end; i++) {
            const j = order[i]!
            const dx = xyz[j * 3]! - x
            const dy = xyz[j * 3 + 1]! - y
            const dz = xyz[j * 3 + 2]! - z
            const d2 = dx * dx + dy * dy + dz * dz
            // The scan's rule: strictly nearer wins; on a tie the lower index.
            if ((d2 < bestD2 || (d2 === bestD2 && j < best)) && (!accept || accept(j))) {
              bestD2 = d2
              best = j
            }
          }
          return
        }
        const off = q[node.axis]! - node.split
        const [near, far] = off <= 0 ? [node.left, node.right] : [node.right, node.left]
        visit(near)
        // A tie on the far side still counts (a lower index may lie there): prune only beyond.
        if (off * off <= bestD2) visit(far)
      }
      if (nodes.length > 0) visit(0)
      return { index: best, d2: bestD2 }
    },
  }
}
