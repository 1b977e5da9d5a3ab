/**
 * The skin, sorted by region: for each region-and-side label, its vertices (model space), their
 * outward normals and the skin area around each. Worked out once per model from the skin mesh,
 * so the camera can frame a pain pattern by the skin it paints, and turn to the side that shows
 * most of it. Pure, so it is tested on the shipped model without WebGL.
 */

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
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]!,
      b = indices[t + 1]!,
      c = indices[t + 2]!
    const ux = positions[b * 3]! - positions[a * 3]!,
      uy = positions[b * 3 + 1]! - positions[a * 3 + 1]!,
      uz = positions[b * 3 + 2]! - positions[a * 3 + 2]!
    const vx = positions[c * 3]! - positions[a * 3]!,
      vy = positions[c * 3 + 1]! - positions[a * 3 + 1]!,
      vz = positions[c * 3 + 2]! - positions[a * 3 + 2]!
    // The cross product's length is twice the triangle's area: summing it weights by area.
    const nx = uy * vz - uz * vy,
      ny = uz * vx - ux * vz,
      nz = ux * vy - uy * vx
    const third = Math.hypot(nx, ny, nz) / 6
    for (const v of [a, b, c]) {
      normals[v * 3] = normals[v * 3]! + nx
      normals[v * 3 + 1] = normals[v * 3 + 1]! + ny
      normals[v * 3 + 2] = normals[v * 3 + 2]! + nz
      areas[v] = areas[v]! + third
    }
  }
  for (let v = 0; v < count; v++) {
    const l = Math.hypot(normals[v * 3]!, normals[v * 3 + 1]!, normals[v * 3 + 2]!)
    if (l > 0) for (let k = 0; k < 3; k++) normals[v * 3 + k] = normals[v * 3 + k]! / l
  }
  const sizes = new Uint32Array(labelCount)
  for (let v = 0; v < count; v++) if (labels[v]! < labelCount) sizes[labels[v]!]!++
  const vertices = Array.from(sizes, (n) => new Uint32Array(n))
  const filled = new Uint32Array(labelCount)
  for (let v = 0; v < count; v++) {
    const l = labels[v]!
    if (l < labelCount) vertices[l]![filled[l]!++] = v
  }
  const bounds = vertices.map((vs) => {
    if (vs.length === 0) return null
    const min: [number, number, number] = [Infinity, Infinity, Infinity]
    const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
    for (const v of vs)
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, positions[v * 3 + k]!)
        max[k] = Math.max(max[k]!, positions[v * 3 + k]!)
      }
    return { min, max }
  })
  return { positions, normals, areas, vertices, bounds }
}
