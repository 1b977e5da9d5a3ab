// @vitest-environment node
/**
 * The sheet fit's centroid pull: asked for, it moves the sheet's centroid toward a reference
 * centroid that the surface alone does not give (as latissimus dorsi's overlapping pieces do);
 * not asked for, the fit follows the surface alone.
 */
import { describe, expect, it } from 'vitest'
import type { SheetFigure, Vec3 } from '../generator/figures.ts'
import { surfaceCentroid } from '../generator/mesh.ts'
import { sheetMesh } from '../generator/sheet-shape.ts'
import { sampleSurface } from './sampling.ts'
import { refineSheet } from './sheet-fit.ts'

/** A flat 12 x 12 cm sheet, 4 mm thick, facing +z. */
function flatSheet(): SheetFigure {
  const mid: Vec3[][] = [],
    thickness: number[][] = []
  for (let i = 0; i < 5; i++) {
    mid.push([0, 1, 2, 3, 4].map((j): Vec3 => [j * 0.03, i * 0.03, 0]))
    thickness.push([0.004, 0.004, 0.004, 0.004, 0.004])
  }
  return { kind: 'sheet', mid, thickness, superficial: [0, 0, 1] }
}

function centroidOf(f: SheetFigure): Vec3 {
  const m = sheetMesh(f)
  return surfaceCentroid(m.positions, m.indices).centroid
}

describe('refineSheet centroid pull', () => {
  const truth = flatSheet()
  const mesh = sheetMesh(truth)
  const samples = sampleSurface(mesh.positions, mesh.indices, 1500, 3)
  const start = centroidOf(truth)
  // A reference centroid 15 mm off along the sheet, where no surface sample says it is.
  const target: Vec3 = [start[0] + 0.015, start[1], start[2]]

  it('moves the centroid toward the reference centroid when asked', () => {
    const pulled = centroidOf(refineSheet(samples, truth, 4, undefined, { target, weight: 0.5 }))
    expect(pulled[0] - start[0]).toBeGreaterThan(0.002)
  }, 60_000)

  it('leaves the sheet on its surface when not asked', () => {
    const free = centroidOf(refineSheet(samples, truth, 4))
    expect(Math.abs(free[0] - start[0])).toBeLessThan(0.001)
  }, 60_000)
})
