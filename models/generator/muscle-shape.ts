/**
 * Muscle figures -> triangle meshes. Each part is its B-spline tube sampled on a regular
 * (along x around) grid: a pole vertex at each end, `along` rings of `around` vertices between.
 * The grid layout is kept (`TubeGrid`) so that trigger points can be placed on it exactly.
 * Sheet parts (the broad flank muscles) are laid out on the same grid by ./sheet-shape.ts.
 */
import { tubeBasis } from './bspline.ts'
import { isSheet, sideParts, type MuscleFigure, type PartFigure, type TubeFigure } from './figures.ts'
import { mergeMeshes, mirrorX, vertexNormals, type TriangleMesh } from './mesh.ts'
import { sheetMesh, sheetResolution } from './sheet-shape.ts'
import type { TubeGrid, TubeResolution } from './tube-grid.ts'
import { distance as dist, type Vec3 } from './vec3.ts'

export type { TubeGrid, TubeResolution } from './tube-grid.ts'

/** The finest display resolution, for the largest muscles. */
export const displayResolution: TubeResolution = { along: 28, around: 18 }

/** The coarsest: a hand or foot muscle a few centimetres long still looks round. */
export const minimumResolution: TubeResolution = { along: 12, around: 10 }

/**
 * Display resolution for one part, from its size, so that 116 muscles stay within the model's
 * size budget: about a ring per centimetre along (its control polygon's length) and a vertex
 * per 6 mm around (its widest control ring's perimeter), between the minimum and the finest.
 */
export function resolutionFor(fig: PartFigure): TubeResolution {
  if (isSheet(fig)) return sheetResolution(fig)
  const centres = fig.rings.map((r) => {
    const c: [number, number, number] = [0, 0, 0]
    for (const p of r) for (let k = 0; k < 3; k++) c[k] = c[k]! + p[k]! / r.length
    return c
  })
  const line = [fig.origin, ...centres, fig.insertion]
  let length = 0
  for (let i = 1; i < line.length; i++) length += dist(line[i - 1]!, line[i]!)
  let girth = 0
  for (const r of fig.rings) {
    let perimeter = 0
    for (let j = 0; j < r.length; j++) perimeter += dist(r[j]!, r[(j + 1) % r.length]!)
    girth = Math.max(girth, perimeter)
  }
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)))
  return {
    along: clamp(length / 0.01, minimumResolution.along, displayResolution.along),
    around: clamp(girth / 0.006, minimumResolution.around, displayResolution.around),
  }
}

/** Flat control points of a figure in the order `tubeControlIndex` expects. */
export function tubeControlPoints(fig: TubeFigure): Vec3[] {
  return [fig.origin, ...fig.rings.flat(), fig.insertion]
}

/** The surface point at (u along in [0, 1], v around, one turn per unit). */
export function tubePoint(
  fig: TubeFigure,
  u: number,
  v: number,
  controls: readonly Vec3[] = tubeControlPoints(fig),
): [number, number, number] {
  const p: [number, number, number] = [0, 0, 0]
  const perRing = fig.rings[0]!.length
  for (const { index, weight } of tubeBasis(fig.rings.length, perRing, u, v)) {
    const c = controls[index]!
    p[0] += weight * c[0]
    p[1] += weight * c[1]
    p[2] += weight * c[2]
  }
  return p
}

/** Triangle indices of a tube grid, wound so that normals point out of the muscle. */
export function tubeIndices(res: TubeResolution): Uint32Array {
  const { along, around } = res
  const last = along * around + 1
  const ring = (r: number, j: number) => 1 + (r - 1) * around + (j % around)
  const out: number[] = []
  for (let j = 0; j < around; j++) out.push(0, ring(1, j), ring(1, j + 1))
  for (let r = 1; r < along; r++) {
    for (let j = 0; j < around; j++) {
      const a = ring(r, j),
        b = ring(r + 1, j),
        c = ring(r + 1, j + 1),
        d = ring(r, j + 1)
      out.push(a, b, c, a, c, d)
    }
  }
  for (let j = 0; j < around; j++) out.push(ring(along, j), last, ring(along, j + 1))
  return Uint32Array.from(out)
}

/**
 * Samples one part (left side) on its display grid (`resolutionFor`) or the one given: a tube
 * as below, a sheet as its slab (whose `around` is rounded to what the slab's layout takes).
 */
export function tubeMesh(fig: PartFigure, res: TubeResolution = resolutionFor(fig)): TubeGrid {
  if (isSheet(fig)) return sheetMesh(fig, res)
  const controls = tubeControlPoints(fig)
  const { along, around } = res
  const positions = new Float32Array((along * around + 2) * 3)
  positions.set(fig.origin, 0)
  for (let r = 1; r <= along; r++) {
    const u = r / (along + 1)
    for (let j = 0; j < around; j++)
      positions.set(tubePoint(fig, u, j / around, controls), (1 + (r - 1) * around + j) * 3)
  }
  positions.set(fig.insertion, (along * around + 1) * 3)
  const indices = tubeIndices(res)
  return { positions, indices, normals: vertexNormals(positions, indices), along, around }
}

/** Part ids of a figure in a fixed order (sorted), so the build is deterministic. */
export function partIds(figure: MuscleFigure): string[] {
  return Object.keys(figure.parts).sort()
}

/** One muscle on one side: all its parts merged into a single mesh (right = mirror of the left-frame parts). */
export function muscleMesh(figure: MuscleFigure, side: 'left' | 'right', res?: TubeResolution): TriangleMesh {
  const parts = sideParts(figure, side)
  const left = mergeMeshes(partIds(figure).map((id) => tubeMesh(parts[id]!, res)))
  return side === 'left' ? left : mirrorX(left)
}
