/**
 * The pain brush's geometry: which region labels lie within the brush around the touched point.
 * Pure (typed arrays in, labels out) so it is tested without WebGL; runs on pointer events only,
 * never per frame.
 */

/** Skin vertices in model space (metres) with their region labels. */
export interface SkinSurface {
  positions: Float32Array
  labels: Uint16Array
}

/** Labels of every vertex within `radius` of `point`, plus the touched label itself. */
export function labelsWithinBrush(surface: SkinSurface, point: readonly [number, number, number], radius: number, touched: number): number[] {
  const found = new Set<number>([touched])
  if (radius > 0) {
    const r2 = radius * radius
    const { positions, labels } = surface
    const [px, py, pz] = point
    for (let i = 0; i < labels.length; i++) {
      const dx = positions[i * 3]! - px
      const dy = positions[i * 3 + 1]! - py
      const dz = positions[i * 3 + 2]! - pz
      if (dx * dx + dy * dy + dz * dz <= r2) found.add(labels[i]!)
    }
  }
  return [...found]
}
