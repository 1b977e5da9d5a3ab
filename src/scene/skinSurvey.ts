/**
 * The skin, sorted by region: for each region-and-side label, its vertices (model space), their
 * outward normals and the skin area around each. Worked out once per model from the skin mesh,
 * so the camera can frame a pain pattern by the skin it paints, and turn to the side that shows
 * most of it. Pure, so it is tested on the shipped model without WebGL.
 */
import { bumpAt, forEachTriangle, outside } from './meshArrays.ts'

/** The skin as triangles: positions (xyz, model space), a label per vertex, indices. */
export interface SkinMesh {
  positions: Float32Array
  labels: Uint16Array | Uint8Array | Uint32Array
  indices: ArrayLike<number>
}

export interface SkinSurvey {
  positions: Float32Array
  /** Unit outward normal per vertex (area-weighted mean of its triangles'). */
  normals: Float32Array
  /** Skin area per vertex (a third of each triangle it belongs to), square metres. */
  areas: Float32Array
  /** Per label, the vertices that carry it. */
  vertices: readonly Uint32Array[]
  /** Per label, its bounds (null where no vertex carries it). */
  bounds: readonly ({ min: [number, number, number]; max: [number, number, number] } | null)[]
}

/**
 * Sorts the skin by label. Triangles are taken as counter-clockwise seen from outside (glTF's
 * rule), so normals point out of the body.
 */
export function surveySkin(mesh: SkinMesh, labelCount: number): SkinSurvey {
  const { positions, labels, indices } = mesh
  const count = labels.length
  const normals = new Float32Array(count * 3)
  const areas = new Float32Array(count)
  const n = (i: number) => normals[i] ?? outside(normals, i)
  const area = (v: number) => areas[v] ?? outside(areas, v)
  // The cross product's length is twice the triangle's area: summing it weights by area.
  forEachTriangle(positions, indices, (a, b, c, nx, ny, nz) => {
    const third = Math.hypot(nx, ny, nz) / 6
    for (const v of [a, b, c]) {
      normals[v * 3] = n(v * 3) + nx
      normals[v * 3 + 1] = n(v * 3 + 1) + ny
      normals[v * 3 + 2] = n(v * 3 + 2) + nz
      areas[v] = area(v) + third
    }
  })
  for (let v = 0; v < count; v++) {
    const l = Math.hypot(n(v * 3), n(v * 3 + 1), n(v * 3 + 2))
    if (l > 0) for (let k = 0; k < 3; k++) normals[v * 3 + k] = n(v * 3 + k) / l
  }
  // Each label's vertices, in vertex order; labels at or past labelCount belong to none.
  const sizes = new Uint32Array(labelCount)
  for (const l of labels) if (l < labelCount) bumpAt(sizes, l)
  const vertices = Array.from(sizes, (size) => new Uint32Array(size))
  const filled = new Uint32Array(labelCount)
  labels.forEach((l, v) => {
    const list = vertices[l]
    if (list) list[bumpAt(filled, l)] = v
  })
  const p = (i: number) => positions[i] ?? outside(positions, i)
  const bounds = vertices.map((vs) => {
    if (vs.length === 0) return null
    const min: [number, number, number] = [Infinity, Infinity, Infinity]
    const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
    for (const v of vs) {
      const x = p(v * 3),
        y = p(v * 3 + 1),
        z = p(v * 3 + 2)
      min[0] = Math.min(min[0], x)
      min[1] = Math.min(min[1], y)
      min[2] = Math.min(min[2], z)
      max[0] = Math.max(max[0], x)
      max[1] = Math.max(max[1], y)
      max[2] = Math.max(max[2], z)
    }
    return { min, max }
  })
  return { positions, normals, areas, vertices, bounds }
}
