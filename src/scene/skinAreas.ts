/**
 * How much skin each region-and-side label covers, from the skin mesh: the measure behind "about
 * N % of your body's surface" in the pain record. Pure (plain arrays in, numbers out), so it is
 * tested on a hand-made mesh and on the shipped model without WebGL.
 *
 * Labels sit on vertices, so a triangle whose corners carry different labels (along a region's
 * border) gives a third of its area to each corner's label, the usual split of a mesh's area
 * among its vertices. Every triangle counts toward the total, labelled or not.
 */
import { addAt, forEachTriangle, outside } from './meshArrays.ts'
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
  forEachTriangle(p, indices, (a, b, c, nx, ny, nz) => {
    // Half the length of the cross product: the triangle's area.
    const area = 0.5 * Math.hypot(nx, ny, nz)
    total += area
    for (const corner of [a, b, c]) {
      const label = labels[corner] ?? outside(labels, corner)
      if (label < labelCount) addAt(byLabel, label, area / 3)
    }
  })
  return { byLabel, total }
}
