/**
 * Cubic B-spline bases for the muscle figures.
 *
 * A muscle part is a closed tube: periodic around the muscle, clamped along it, with a pole
 * (a single control point) at each end. The surface is linear in its control points, so the
 * same weights serve evaluation (the generator) and least-squares fitting (models/scripts/fit-muscles.ts).
 */

/** One control point's share of a surface point. */
export interface BasisTerm {
  /** Index into the flat control-point list (see `tubeControlIndex`). */
  index: number
  weight: number
}

/** Uniform cubic B-spline blending weights at fraction f of a span (they sum to 1). */
export function uniformCubicWeights(f: number): [number, number, number, number] {
  const f2 = f * f
  const f3 = f2 * f
  const g = 1 - f
  return [(g * g * g) / 6, (3 * f3 - 6 * f2 + 4) / 6, (-3 * f3 + 3 * f2 + 3 * f + 1) / 6, f3 / 6]
}

/**
 * Periodic (closed) cubic B-spline with `count` control points at parameter v (any real; one
 * turn per unit). Returns the four control indices and their weights.
 */
export function periodicBasis(count: number, v: number): BasisTerm[] {
  const t = (((v % 1) + 1) % 1) * count
  const span = Math.min(Math.floor(t), count - 1)
  const w = uniformCubicWeights(t - span)
  return w.map((weight, k) => ({ index: (span - 1 + k + count) % count, weight }))
}

/**
 * Clamped cubic B-spline with `count` (>= 4) control points and uniform interior knots, at
 * u in [0, 1]: the curve starts exactly at the first control point and ends at the last.
 * Cox-de Boor recursion; returns the (up to) four non-zero terms.
 */
export function clampedBasis(count: number, u: number): BasisTerm[] {
  const degree = 3
  const spans = count - degree
  const knots: number[] = []
  for (let i = 0; i <= degree; i++) knots.push(0)
  for (let i = 1; i < spans; i++) knots.push(i / spans)
  for (let i = 0; i <= degree; i++) knots.push(1)
  const x = Math.min(Math.max(u, 0), 1)
  // The knot span holding x: knots[span] <= x < knots[span + 1], the last span closed at 1.
  let span = degree
  while (span < count - 1 && x >= knots[span + 1]!) span++
  const n = [1, 0, 0, 0]
  const left = [0, 0, 0, 0]
  const right = [0, 0, 0, 0]
  for (let j = 1; j <= degree; j++) {
    left[j] = x - knots[span + 1 - j]!
    right[j] = knots[span + j]! - x
    let saved = 0
    for (let r = 0; r < j; r++) {
      const denom = right[r + 1]! + left[j - r]!
      const temp = denom === 0 ? 0 : n[r]! / denom
      n[r] = saved + right[r + 1]! * temp
      saved = left[j - r]! * temp
    }
    n[j] = saved
  }
  return n.map((weight, k) => ({ index: span - degree + k, weight }))
}

/**
 * Flat index of a tube control point: 0 is the origin pole, then `rings` rings of `perRing`
 * points (ring-major), then the insertion pole.
 */
export function tubeControlIndex(rings: number, perRing: number, row: number, col: number): number {
  if (row <= 0) return 0
  if (row >= rings + 1) return rings * perRing + 1
  return 1 + (row - 1) * perRing + (((col % perRing) + perRing) % perRing)
}

/**
 * Weights of the tube surface at (u along, v around): the clamped basis along runs over
 * pole, rings, pole (rings + 2 rows); the periodic basis around runs within each ring. At
 * u = 0 and u = 1 the surface collapses to the poles, so the tube is closed.
 */
export function tubeBasis(rings: number, perRing: number, u: number, v: number): BasisTerm[] {
  const along = clampedBasis(rings + 2, u)
  const around = periodicBasis(perRing, v)
  const byIndex = new Map<number, number>()
  for (const a of along) {
    if (a.weight === 0) continue
    for (const b of around) {
      const index = tubeControlIndex(rings, perRing, a.index, b.index)
      byIndex.set(index, (byIndex.get(index) ?? 0) + a.weight * b.weight)
    }
  }
  return [...byIndex].map(([index, weight]) => ({ index, weight }))
}

/**
 * Weights of a sheet's mid-surface (or thickness) at (u along, w across), both in [0, 1]: a
 * clamped basis each way over a `rows` x `cols` control grid (row-major, index row * cols +
 * col), so the four edges of the sheet are the B-spline curves of its outer control rows.
 */
export function sheetBasis(rows: number, cols: number, u: number, w: number): BasisTerm[] {
  const out: BasisTerm[] = []
  for (const a of clampedBasis(rows, u)) {
    if (a.weight === 0) continue
    for (const b of clampedBasis(cols, w))
      if (b.weight !== 0) out.push({ index: a.index * cols + b.index, weight: a.weight * b.weight })
  }
  return out
}
