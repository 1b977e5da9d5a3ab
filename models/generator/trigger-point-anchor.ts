/**
 * Places a trigger point on its muscle: the data's parametric position (along 0 = origin end,
 * 1 = insertion end; around 0 = superficial face, 0.25 medial edge, 0.5 deep face, 0.75 lateral
 * edge) -> a point ON the generated mesh and the outward normal there.
 */
import type { PartFigure } from './figures.ts'
import { mirrorVec } from './mesh.ts'
import type { TubeGrid } from './muscle-shape.ts'
import { add, cross, dot, lerp, normalize as unit, reject, scale, sub, type MutableVec3 as V } from './vec3.ts'

/** A trigger point's place on the model: a surface point and its outward unit normal. */
export interface SurfaceAnchor {
  position: [number, number, number]
  normal: [number, number, number]
}

function vertex(arr: Float32Array, i: number): V {
  return [arr[i * 3]!, arr[i * 3 + 1]!, arr[i * 3 + 2]!]
}

/** Centre of ring r (1..along) of a grid. */
function ringCentre(grid: TubeGrid, r: number): V {
  let c: V = [0, 0, 0]
  for (let j = 0; j < grid.around; j++) c = add(c, vertex(grid.positions, 1 + (r - 1) * grid.around + j))
  return scale(c, 1 / grid.around)
}

/** The local frame at a ring of a part: its axis and the superficial and medial directions. */
export interface AnchorFrame {
  tangent: V
  /** Toward the skin ("around" 0), across the axis. */
  superficial: V
  /** Toward the midline ("around" 0.25), across the axis and the superficial direction. */
  medial: V
  /**
   * How well the medial direction is defined (0 to 1): the length of "toward the midline"
   * left after removing the axis and the superficial direction. Near 0 when the superficial
   * direction itself points to or from the midline; then "medial" falls back to a side chosen
   * by the axis, and a trigger point on an edge would land on an arbitrary one.
   */
  medialDefined: number
}

/** The frame at ring coordinate `along` (0..1) of a part's LEFT-side grid. */
export function anchorFrame(grid: TubeGrid, fig: PartFigure, along: number): AnchorFrame {
  const n = grid.along
  const t = Math.min(Math.max(along * (n + 1), 1), n)
  const r = Math.min(Math.floor(t), n - 1)
  const tangent = unit(sub(ringCentre(grid, Math.min(r + 2, n)), ringCentre(grid, Math.max(r - 1, 1))))
  // Local frame: e1 toward the skin, e2 toward the body's midline (-x on the left side).
  const e1 = unit(reject(fig.superficial, tangent))
  const toward = reject(reject([-1, 0, 0], tangent), e1)
  const medialDefined = Math.hypot(...toward)
  const e2 = medialDefined > 1e-9 ? unit(toward) : unit(cross(tangent, e1))
  return { tangent, superficial: e1, medial: e2, medialDefined }
}

/**
 * Anchor on one part's LEFT-side grid (made by `tubeMesh` from `fig`); for the right side the
 * result is mirrored, as the right mesh is. The point lies exactly on one of the grid's
 * triangles; the normal interpolates the vertex normals.
 */
export function anchorOnTube(
  grid: TubeGrid,
  fig: PartFigure,
  along: number,
  around: number,
  side: 'left' | 'right' = 'left',
): SurfaceAnchor {
  const { along: n, around: m } = grid
  // Ring coordinate; kept off the poles, where a ring has collapsed to a point.
  const t = Math.min(Math.max(along * (n + 1), 1), n)
  const r = Math.min(Math.floor(t), n - 1)
  const fu = t - r
  const idx = (rr: number, j: number) => 1 + (rr - 1) * m + (((j % m) + m) % m)
  const ring: V[] = []
  for (let j = 0; j < m; j++)
    ring.push(lerp(vertex(grid.positions, idx(r, j)), vertex(grid.positions, idx(r + 1, j)), fu))
  const centre = scale(
    ring.reduce((s, p) => add(s, p), [0, 0, 0] as V),
    1 / m,
  )
  const { superficial: e1, medial: e2 } = anchorFrame(grid, fig, along)
  const turn = 2 * Math.PI * (((around % 1) + 1) % 1)
  const dir = add(scale(e1, Math.cos(turn)), scale(e2, Math.sin(turn)))
  // Cast a ray from the ring centre along `dir` (in the plane of e1, e2) and keep the
  // outermost crossing of the ring polygon.
  let best = { j: -1, s: 0, lambda: -Infinity }
  for (let j = 0; j < m; j++) {
    const p = sub(ring[j]!, centre)
    const q = sub(ring[(j + 1) % m]!, centre)
    const px = dot(p, e1),
      py = dot(p, e2),
      qx = dot(q, e1),
      qy = dot(q, e2)
    const dx = dot(dir, e1),
      dy = dot(dir, e2)
    const ex = qx - px,
      ey = qy - py
    const det = dx * -ey - dy * -ex
    if (Math.abs(det) < 1e-15) continue
    const lambda = (px * -ey - py * -ex) / det
    const s = (dx * py - dy * px) / det
    if (s >= 0 && s <= 1 && lambda > 0 && lambda > best.lambda) best = { j, s, lambda }
  }
  if (best.j < 0) {
    // Degenerate ring: fall back to the vertex that faces `dir` most.
    let bj = 0
    for (let j = 1; j < m; j++) if (dot(sub(ring[j]!, centre), dir) > dot(sub(ring[bj]!, centre), dir)) bj = j
    best = { j: bj, s: 0, lambda: 0 }
  }
  // The quad (a = (r, j), b = (r+1, j), c = (r+1, j+1), d = (r, j+1)) is split into triangles
  // abc (fu >= s) and acd (s > fu), as `tubeIndices` splits it.
  const a = idx(r, best.j),
    b = idx(r + 1, best.j),
    c = idx(r + 1, best.j + 1),
    d = idx(r, best.j + 1)
  const s = best.s
  const w: [number, number, number, number] = fu >= s ? [1 - fu, fu - s, s, 0] : [1 - s, 0, fu, s - fu]
  const blend = (arr: Float32Array): V => {
    let out: V = [0, 0, 0]
    ;[a, b, c, d].forEach((vi, k) => {
      out = add(out, scale(vertex(arr, vi), w[k]!))
    })
    return out
  }
  const position = blend(grid.positions)
  const normal = unit(blend(grid.normals))
  return side === 'left' ? { position, normal } : { position: mirrorVec(position), normal: mirrorVec(normal) }
}
