// The grid shapes shared by muscle-shape.ts and sheet-shape.ts, apart so neither imports the other back.
import type { TriangleMesh } from './mesh.ts'

/** How finely a part is sampled: rings along the muscle and vertices around each ring. */
export interface TubeResolution {
  along: number
  around: number
}

/**
 * A sampled tube. Vertex 0 is the origin pole; ring r (1..along) at u = r / (along + 1) holds
 * vertices 1 + (r - 1) * around + j for j = 0..around-1 at v = j / around; the last vertex is
 * the insertion pole. (A sheet's grid has the same layout: see ./sheet-shape.ts.)
 */
export interface TubeGrid extends TriangleMesh {
  along: number
  around: number
}
