/**
 * Matches a fitted tube's enclosed volume to the reference's. The surface fit pulls both faces
 * of a flat muscle onto the reference but, with 30 control points, a thin belly comes out a
 * little thinner than it is (most by 5-30 %). This step moves every ring control point along
 * the surface normal it influences (the poles stay, so the length is kept) by one offset,
 * found by a few secant steps on the displayed mesh's volume. The offset is capped: where the
 * tube cannot take the muscle's shape (thin sheets around the flank) a larger push would only
 * trade shape for volume. It only ever thickens: a tendon under a millimetre thick turns inside
 * out when its faces are pushed through each other (plantaris did at -0.3 mm).
 */
import { tubeBasis } from '../generator/bspline.ts'
import type { TubeFigure, Vec3 } from '../generator/figures.ts'
import { signedVolume, surfaceCentroid } from '../generator/mesh.ts'
import { tubeMesh } from '../generator/muscle-shape.ts'

/** The displayed mesh's enclosed volume, m³. */
export function tubeVolume(f: TubeFigure): number {
  const m = tubeMesh(f)
  return signedVolume(m.positions, m.indices)
}

/** Each ring control point's influence-weighted outward normal on the displayed mesh. */
function controlNormals(f: TubeFigure): Vec3[][] {
  const m = tubeMesh(f)
  const rings = f.rings.length,
    perRing = f.rings[0]!.length
  const acc = f.rings.map((r) => r.map(() => [0, 0, 0] as [number, number, number]))
  for (let r = 1; r <= m.along; r++) {
    for (let j = 0; j < m.around; j++) {
      const v = 1 + (r - 1) * m.around + j
      for (const { index, weight } of tubeBasis(rings, perRing, r / (m.along + 1), j / m.around)) {
        if (index === 0 || index === rings * perRing + 1) continue
        const a = acc[Math.floor((index - 1) / perRing)]![(index - 1) % perRing]!
        for (let k = 0; k < 3; k++) a[k] = a[k]! + weight * m.normals[v * 3 + k]!
      }
    }
  }
  return acc.map((r) =>
    r.map((n) => {
      const l = Math.hypot(...n) || 1
      return [n[0] / l, n[1] / l, n[2] / l] as Vec3
    }),
  )
}

function offset(f: TubeFigure, normals: Vec3[][], by: number): TubeFigure {
  return {
    ...f,
    rings: f.rings.map((r, i) =>
      r.map((p, j) => {
        const n = normals[i]![j]!
        return [p[0] + by * n[0], p[1] + by * n[1], p[2] + by * n[2]] as Vec3
      }),
    ),
  }
}

/** The figure thickened toward `target` m³, by at most `maxOffset` metres. */
export function matchVolume(f: TubeFigure, target: number, maxOffset = 0.0015): { figure: TubeFigure; offset: number } {
  const normals = controlNormals(f)
  const mesh = tubeMesh(f)
  const area = surfaceCentroid(mesh.positions, mesh.indices).area
  const clamp = (x: number) => Math.max(0, Math.min(maxOffset, x))
  let d0 = 0,
    v0 = tubeVolume(f)
  let d1 = clamp((target - v0) / area),
    v1 = tubeVolume(offset(f, normals, d1))
  for (let it = 0; it < 6 && Math.abs(v1 - target) > 0.005 * target && v1 !== v0; it++) {
    const d2 = clamp(d1 + ((target - v1) * (d1 - d0)) / (v1 - v0))
    if (d2 === d1) break
    d0 = d1
    v0 = v1
    d1 = d2
    v1 = tubeVolume(offset(f, normals, d1))
  }
  return { figure: offset(f, normals, d1), offset: d1 }
}
