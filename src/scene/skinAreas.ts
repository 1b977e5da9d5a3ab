/**
 * How much skin each region-and-side label covers, from the skin mesh: the measure behind "about
 * N % of your body's surface" in the pain record. Pure (plain arrays in, numbers out), so it is
 * tested on a hand-made mesh and on the shipped model without WebGL.
 *
 * Labels sit on vertices, so a triangle whose corners carry different labels (along a region's
 * border) gives a third of its area to each corner's label, the usual split of a mesh's area
 * among its vertices. Every triangle counts toward the total, labelled or not.
 */
import type { SkinMesh } from './skinSurvey.ts'

export interface LabelAreas {
  /** Skin area per label (index = label), square metres when positions are in metres. */
  byLabel: Float64Array
  /** The whole skin's area, the same unit. */
  total: number
}

/** Each label's share of the skin's surface, and the whole; labels at or past `labelCount` count in the total only. */
export function labelSurfaceAreas(mesh: SkinMesh, labelCount: number): LabelAreas {
  const { positions: p, labels, indices } = mesh
  if (indices.length % 3 !== 0) throw new Error(`skin indices: ${indices.length} is not a whole number of triangles`)
  const byLabel = new Float64Array(labelCount)
  let total = 0
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3,
      b = indices[t + 1]! * 3,
      c = indices[t + 2]! * 3
    const ux = p[b]! - p[a]!,
      uy = p[b + 1]! - p[a + 1]!,
      uz = p[b + 2]! - p[a + 2]!
    const vx = p[c]! - p[a]!,
      vy = p[c + 1]! - p[a + 1]!,
      vz = p[c + 2]! - p[a + 2]!
    // Half the length of the cross product: the triangle's area.
    const area = 0.5 * Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx)
    total += area
    for (const corner of [a, b, c]) {
      const label = labels[corner / 3]!
      if (label < labelCount) byLabel[label]! += area / 3
    }
  }
  return { byLabel, total }
}
