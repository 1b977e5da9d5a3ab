/**
 * Plain indexed triangle meshes (typed arrays, metres) and the few operations the body-model
 * build needs on them: normals, mirroring, merging, centroid, bounds, volume.
 */
import type { Vec3 } from './figures.ts'

/** An indexed triangle list with per-vertex normals; triangles wind counter-clockwise seen from outside. */
export interface TriangleMesh {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
}

/** Axis-aligned bounds. */
export interface Bounds {
  min: [number, number, number]
  max: [number, number, number]
}

/** Area-weighted vertex normals (unit length), pointing to the side the winding faces. */
export function vertexNormals(positions: ArrayLike<number>, indices: ArrayLike<number>): Float32Array {
  const acc = new Float64Array(positions.length)
  accumulateNormals(positions, indices, acc)
  return Float32Array.from(acc)
}

/**
 * The (b - a) x (c - a) normal of the triangle whose vertices start at offsets a, b, c of `p`:
 * its length is twice the triangle's area, so summing it weighs larger faces more.
 */
export function faceNormal(p: ArrayLike<number>, a: number, b: number, c: number): [number, number, number] {
  const ux = p[b]! - p[a]!,
    uy = p[b + 1]! - p[a + 1]!,
    uz = p[b + 2]! - p[a + 2]!
  const vx = p[c]! - p[a]!,
    vy = p[c + 1]! - p[a + 1]!,
    vz = p[c + 2]! - p[a + 2]!
  return [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx]
}

/** Area-weighted vertex normals of the triangles idx (unit length; zero where no triangle touches). */
export function accumulateNormals(p: ArrayLike<number>, idx: ArrayLike<number>, out: Float64Array): void {
  for (let k = 0; k < idx.length; k += 3) {
    const a = idx[k]! * 3,
      b = idx[k + 1]! * 3,
      c = idx[k + 2]! * 3
    const [nx, ny, nz] = faceNormal(p, a, b, c)
    for (const i of [a, b, c]) {
      out[i]! += nx
      out[i + 1]! += ny
      out[i + 2]! += nz
    }
  }
  for (let i = 0; i < out.length; i += 3) {
    const l = Math.hypot(out[i]!, out[i + 1]!, out[i + 2]!)
    if (l > 0) {
      out[i]! /= l
      out[i + 1]! /= l
      out[i + 2]! /= l
    }
  }
}

/** The mirror image across the midsagittal plane (x -> -x), winding flipped so it still faces out. */
export function mirrorX(mesh: TriangleMesh): TriangleMesh {
  const positions = Float32Array.from(mesh.positions)
  const normals = Float32Array.from(mesh.normals)
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]!
    normals[i] = -normals[i]!
  }
  const indices = Uint32Array.from(mesh.indices)
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1]!
    indices[t + 1] = indices[t + 2]!
    indices[t + 2] = b
  }
  return { positions, normals, indices }
}

/** Mirrors a point or direction across the midsagittal plane. */
export function mirrorVec(v: Vec3): [number, number, number] {
  return [-v[0], v[1], v[2]]
}

/** Concatenates meshes into one (indices re-based). */
export function mergeMeshes(meshes: readonly TriangleMesh[]): TriangleMesh {
  let nv = 0
  let ni = 0
  for (const m of meshes) {
    nv += m.positions.length
    ni += m.indices.length
  }
  const positions = new Float32Array(nv)
  const normals = new Float32Array(nv)
  const indices = new Uint32Array(ni)
  let vo = 0
  let io = 0
  for (const m of meshes) {
    positions.set(m.positions, vo)
    normals.set(m.normals, vo)
    for (let i = 0; i < m.indices.length; i++) indices[io + i] = m.indices[i]! + vo / 3
    vo += m.positions.length
    io += m.indices.length
  }
  return { positions, normals, indices }
}

/** Total area and area-weighted surface centroid (the measure the reference manifest uses). */
export function surfaceCentroid(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
): { area: number; centroid: [number, number, number] } {
  let area = 0
  let cx = 0,
    cy = 0,
    cz = 0
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3,
      b = indices[t + 1]! * 3,
      c = indices[t + 2]! * 3
    const ux = positions[b]! - positions[a]!,
      uy = positions[b + 1]! - positions[a + 1]!,
      uz = positions[b + 2]! - positions[a + 2]!
    const vx = positions[c]! - positions[a]!,
      vy = positions[c + 1]! - positions[a + 1]!,
      vz = positions[c + 2]! - positions[a + 2]!
    const w = Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2
    area += w
    cx += (w * (positions[a]! + positions[b]! + positions[c]!)) / 3
    cy += (w * (positions[a + 1]! + positions[b + 1]! + positions[c + 1]!)) / 3
    cz += (w * (positions[a + 2]! + positions[b + 2]! + positions[c + 2]!)) / 3
  }
  const s = area > 0 ? 1 / area : 0
  return { area, centroid: [cx * s, cy * s, cz * s] }
}

/** Axis-aligned bounds of a position array. */
export function bounds(positions: ArrayLike<number>): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < positions.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const v = positions[i + k]!
      if (v < min[k]!) min[k] = v
      if (v > max[k]!) max[k] = v
    }
  }
  return { min, max }
}

/** Signed enclosed volume (positive when a closed mesh's triangles face outward). */
export function signedVolume(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let v = 0
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3,
      b = indices[t + 1]! * 3,
      c = indices[t + 2]! * 3
    const ax = positions[a]!,
      ay = positions[a + 1]!,
      az = positions[a + 2]!
    const bx = positions[b]!,
      by = positions[b + 1]!,
      bz = positions[b + 2]!
    const cx = positions[c]!,
      cy = positions[c + 1]!,
      cz = positions[c + 2]!
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)
  }
  return v / 6
}
