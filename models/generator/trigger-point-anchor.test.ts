import { describe, expect, it } from 'vitest'
import { pointTriangleDistance } from '../scripts/surface-distance.ts'
import { muscleCatalogue as muscles } from '../../src/data/muscle-catalogue.ts'
import type { Muscle } from '../../src/data/types.ts'
import { figures } from './figures.ts'
import { tubeMesh, type TubeGrid } from './muscle-shape.ts'
import { spindleFigure } from './test-figures.ts'
import { anchorFrame, anchorOnTube } from './trigger-point-anchor.ts'
import { dot, type MutableVec3 as V, type Vec3 } from './vec3.ts'

/** Distance from p to the nearest triangle of the mesh (exact point-triangle distance). */
function distanceToMesh(p: Vec3, m: TubeGrid): number {
  let best = Infinity
  for (let t = 0; t < m.indices.length / 3; t++)
    best = Math.min(best, pointTriangleDistance(p, m.positions, m.indices, t))
  return best
}

// A left-side muscle running down the arm, superficial face anterior (+z).
const fig = spindleFigure([0.2, 1.3, 0.05], [0.22, 1.0, 0.06], 0.025, [0, 0, 1])
const grid = tubeMesh(fig)

describe('trigger-point anchor', () => {
  it('lies on the mesh, for many positions', () => {
    for (const along of [0, 0.1, 0.33, 0.5, 0.77, 1]) {
      for (const around of [0, 0.125, 0.25, 0.5, 0.75, 0.9]) {
        const a = anchorOnTube(grid, fig, along, around)
        expect(distanceToMesh(a.position, grid)).toBeLessThan(1e-6)
        expect(Math.hypot(...a.normal)).toBeCloseTo(1, 6)
      }
    }
  })

  it('follows along (origin -> insertion) and around (superficial, medial, deep, lateral)', () => {
    const centre: V = [0.21, 1.15, 0.055]
    const s = anchorOnTube(grid, fig, 0.5, 0)
    const m = anchorOnTube(grid, fig, 0.5, 0.25)
    const d = anchorOnTube(grid, fig, 0.5, 0.5)
    const l = anchorOnTube(grid, fig, 0.5, 0.75)
    expect(s.position[2]).toBeGreaterThan(centre[2] + 0.015) // superficial: toward +z
    expect(d.position[2]).toBeLessThan(centre[2] - 0.015)
    expect(m.position[0]).toBeLessThan(centre[0] - 0.015) // medial: toward the midline (-x on the left)
    expect(l.position[0]).toBeGreaterThan(centre[0] + 0.015)
    expect(s.normal[2]).toBeGreaterThan(0.8)
    expect(anchorOnTube(grid, fig, 0.1, 0).position[1]).toBeGreaterThan(anchorOnTube(grid, fig, 0.9, 0).position[1])
  })

  it('mirrors for the right side', () => {
    const l = anchorOnTube(grid, fig, 0.4, 0.3, 'left')
    const r = anchorOnTube(grid, fig, 0.4, 0.3, 'right')
    expect(r.position).toEqual([-l.position[0], l.position[1], l.position[2]])
    expect(r.normal).toEqual([-l.normal[0], l.normal[1], l.normal[2]])
  })

  it('superficial anchors of the committed figures face their superficial direction', () => {
    for (const [id, m] of Object.entries(figures.muscles)) {
      for (const [part, f] of Object.entries(m.parts)) {
        const a = anchorOnTube(tubeMesh(f), f, 0.5, 0)
        expect(dot(a.normal, [...f.superficial]), `${id}.${part}`).toBeGreaterThan(0)
      }
    }
  })

  it('every data trigger point faces the side its `around` names, and an edge has a defined medial side', () => {
    const data: Record<string, Muscle> = muscles
    for (const [id, muscle] of Object.entries(data)) {
      for (const trp of muscle.triggerPoints) {
        const { along, around } = trp.position
        const f = figures.muscles[id]!.parts[trp.position.part ?? muscle.parts[0]!.id]!
        const g = tubeMesh(f)
        const frame = anchorFrame(g, f, along)
        const turn = 2 * Math.PI * around
        const want: V = [0, 1, 2].map(
          (k) => Math.cos(turn) * frame.superficial[k]! + Math.sin(turn) * frame.medial[k]!,
        ) as V
        const a = anchorOnTube(g, f, along, around)
        expect(dot(a.normal, want), `${id}.${trp.id}: normal against the named side`).toBeGreaterThan(0)
        // Toward an edge, "medial" must mean something: the superficial side must not face the midline.
        if (Math.abs(Math.sin(turn)) > 0.3)
          expect(frame.medialDefined, `${id}.${trp.id}: medial side defined`).toBeGreaterThan(0.2)
      }
    }
  })
})
