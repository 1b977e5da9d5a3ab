/**
 * The generated skin: every lofted segment of models/generator/figures/skin.json meshed (paired
 * segments on both sides), the parts of each segment buried inside a neighbour trimmed away,
 * and every vertex labelled with its body region (models/generator/skin-regions.ts).
 * Pure and deterministic; it reads only the committed figures.
 */
import { regionIds } from '../../src/data/regions.ts'
import {
  landmarkFigures,
  skinFigures,
  skinSegmentNames,
  type SkinSegmentFigure,
  type SkinSegmentName,
} from './skin-figures.ts'
import { accumulateNormals, bounds } from './mesh.ts'
import { insideDepth, loftGrid, loftMesh, type LoftGrid, type LoftMesh } from './skin-loft.ts'
import { regionOfSkinVertex, type SkinVertex } from './skin-regions.ts'

/** Target edge length of each segment's mesh (metres): finer where the shape is small. */
const meshSpacing: Record<SkinSegmentName, number> = {
  axial: 0.014,
  upper_arm: 0.013,
  forearm: 0.012,
  hand: 0.008,
  thumb: 0.005,
  index_finger: 0.005,
  middle_finger: 0.005,
  ring_finger: 0.005,
  little_finger: 0.005,
  index_finger_distal: 0.005,
  middle_finger_distal: 0.005,
  ring_finger_distal: 0.005,
  little_finger_distal: 0.005,
  thigh: 0.015,
  leg: 0.013,
  foot: 0.01,
}

/** Closer rings on the face and neck, so that the lips and eyes get vertices of their own. */
const alongSpacing: Partial<Record<SkinSegmentName, (t: number) => number>> = {
  axial: (t) => (t > 0.78 ? 0.007 : 0.014),
}

/** A vertex counts as buried in another segment when it lies this far inside it. */
const buriedDepth = 0.0015

/** One meshed segment on one side. */
export interface SkinPart {
  figure: SkinSegmentFigure
  mirrored: boolean
  grid: LoftGrid
  mesh: LoftMesh
}

/** The skin mesh with per-vertex region labels (regionIndex * 2 + sideBit; sideBit 1 where x < 0). */
export interface SkinMesh {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  regionLabels: Uint16Array
}

/** Meshes every segment (paired ones twice, the right side mirrored), in figure order. */
export function skinParts(): SkinPart[] {
  const parts: SkinPart[] = []
  for (const figure of skinFigures.segments) {
    for (const mirrored of figure.symmetry === 'midline' ? [false] : [false, true]) {
      const grid = loftGrid(figure, mirrored, meshSpacing[figure.name], alongSpacing[figure.name])
      parts.push({ figure, mirrored, grid, mesh: loftMesh(grid) })
    }
  }
  return parts
}

const front: readonly [number, number, number] = [0, 0, 1]
const up: readonly [number, number, number] = [0, 1, 0]

/**
 * Region of every vertex of a left-side (or midline) part. The right side's vertices are the
 * mirror images, in the same order, so they take the same regions.
 */
function partRegions(part: SkinPart): Uint16Array {
  const { grid, mesh } = part
  const f = grid.frame
  // "Around" is measured from the front (the back of the foot: from its top) toward lateral.
  const ref = part.figure.name === 'foot' ? up : front
  const along = (v: readonly number[]) => v[0]! * f.axis[0] + v[1]! * f.axis[1] + v[2]! * f.axis[2]
  const perp = (v: readonly number[]): [number, number, number] => {
    const d = along(v)
    return [v[0]! - d * f.axis[0], v[1]! - d * f.axis[1], v[2]! - d * f.axis[2]]
  }
  const r0 = perp(ref)
  const rl = Math.hypot(...r0)
  const refDir = r0.map((c) => c / rl)
  const lat = perp([1, 0, 0])
  const dl = lat[0] * refDir[0]! + lat[1] * refDir[1]! + lat[2] * refDir[2]!
  const latDir = lat.map((c, k) => c - dl * refDir[k]!)
  const ll = Math.hypot(...latDir)
  const t0 = grid.t[0]!,
    t1 = grid.t[grid.t.length - 1]!
  const n = mesh.positions.length / 3
  const out = new Uint16Array(n)
  for (let i = 0; i < n; i++) {
    const x = mesh.positions[i * 3]!,
      y = mesh.positions[i * 3 + 1]!,
      z = mesh.positions[i * 3 + 2]!
    const ring = mesh.ring[i]!
    const t = grid.t[ring]!
    const cu = grid.cu[ring]!,
      cv = grid.cv[ring]!
    const c = [
      f.origin[0] + t * f.axis[0] + cu * f.e1[0] + cv * f.e2[0],
      f.origin[1] + t * f.axis[1] + cu * f.e1[1] + cv * f.e2[1],
      f.origin[2] + t * f.axis[2] + cu * f.e1[2] + cv * f.e2[2],
    ]
    // A midline part is labelled on its left half: fold x < 0 over (the rules are symmetric).
    const fold = part.figure.symmetry === 'midline' && x < 0 ? -1 : 1
    const w = perp([fold * x - c[0]!, y - c[1]!, z - c[2]!])
    const aFront = w[0] * refDir[0]! + w[1] * refDir[1]! + w[2] * refDir[2]!
    const aLat = (w[0] * latDir[0]! + w[1] * latDir[1]! + w[2] * latDir[2]!) / (ll || 1)
    let around = (Math.atan2(aLat, aFront) * 180) / Math.PI
    if (around < 0) around += 360
    const v: SkinVertex = {
      segment: part.figure.name,
      p: [fold * x, y, z],
      n: [fold * mesh.normals[i * 3]!, mesh.normals[i * 3 + 1]!, mesh.normals[i * 3 + 2]!],
      along: (t - t0) / (t1 - t0 || 1),
      around,
    }
    out[i] = regionIds.indexOf(regionOfSkinVertex(v, landmarkFigures))
  }
  return out
}

/**
 * Vertex normals from the part's unburied triangles only. Past a boundary a segment dives
 * inside its neighbour; the dive would tilt the normals of the last visible ring and show as a
 * shaded band along the seam. Vertices with no unburied triangle keep their normal.
 */
function seamNormals(mesh: LoftMesh, buried: Uint32Array): Float64Array {
  const visible: number[] = []
  for (let k = 0; k < mesh.indices.length; k += 3) {
    const a = mesh.indices[k]!,
      b = mesh.indices[k + 1]!,
      c = mesh.indices[k + 2]!
    if (buried[a] === 0 && buried[b] === 0 && buried[c] === 0) visible.push(a, b, c)
  }
  const normals = new Float64Array(mesh.positions.length)
  accumulateNormals(mesh.positions, visible, normals)
  for (let i = 0; i < normals.length; i += 3) {
    if (normals[i] === 0 && normals[i + 1] === 0 && normals[i + 2] === 0) {
      normals[i] = mesh.normals[i]!
      normals[i + 1] = mesh.normals[i + 1]!
      normals[i + 2] = mesh.normals[i + 2]!
    }
  }
  return normals
}

/** Builds the skin. */
export function generateSkin(): SkinMesh {
  return buildSkin().mesh
}

/** The skin plus the segment each vertex comes from (an index into skinSegmentNames), for reports and tests. */
export function buildSkin(): { mesh: SkinMesh; vertexSegment: Uint8Array } {
  const parts = skinParts()
  const regions = new Map<SkinSegmentFigure, Uint16Array>()
  for (const part of parts) if (!part.mirrored) regions.set(part.figure, partRegions(part))
  const boxes = parts.map((p) => bounds(p.mesh.positions))
  const positions: number[] = []
  const outNormals: number[] = []
  const labels: number[] = []
  const segmentOf: number[] = []
  const indices: number[] = []
  parts.forEach((part, pi) => {
    const { mesh } = part
    const n = mesh.positions.length / 3
    // Which other parts each vertex is buried in (one bit per part).
    const buried = new Uint32Array(n)
    for (let i = 0; i < n; i++) {
      const p = [mesh.positions[i * 3]!, mesh.positions[i * 3 + 1]!, mesh.positions[i * 3 + 2]!]
      parts.forEach((other, oi) => {
        if (oi === pi) return
        const b = boxes[oi]!
        if (
          p[0]! < b.min[0] ||
          p[0]! > b.max[0] ||
          p[1]! < b.min[1] ||
          p[1]! > b.max[1] ||
          p[2]! < b.min[2] ||
          p[2]! > b.max[2]
        )
          return
        if (insideDepth(other.grid, p) > buriedDepth) buried[i]! |= 1 << oi
      })
    }
    // Keep a triangle unless all three corners are buried in the same neighbour.
    const keep: number[] = []
    for (let k = 0; k < mesh.indices.length; k += 3) {
      const a = mesh.indices[k]!,
        b = mesh.indices[k + 1]!,
        c = mesh.indices[k + 2]!
      if ((buried[a]! & buried[b]! & buried[c]!) === 0) keep.push(a, b, c)
    }
    const normals = seamNormals(mesh, buried)
    const remap = new Int32Array(n).fill(-1)
    const region = regions.get(part.figure)!
    for (const v of keep) {
      if (remap[v] !== -1) continue
      remap[v] = positions.length / 3
      const x = mesh.positions[v * 3]!
      positions.push(x, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!)
      outNormals.push(normals[v * 3]!, normals[v * 3 + 1]!, normals[v * 3 + 2]!)
      labels.push(region[v]! * 2 + (x < 0 ? 1 : 0))
      segmentOf.push(skinSegmentNames.indexOf(part.figure.name))
    }
    for (const v of keep) indices.push(remap[v]!)
  })
  const mesh = {
    positions: Float32Array.from(positions),
    normals: Float32Array.from(outNormals),
    indices: Uint32Array.from(indices),
    regionLabels: Uint16Array.from(labels),
  }
  return { mesh, vertexSegment: Uint8Array.from(segmentOf) }
}
