import { describe, expect, it } from 'vitest'
import { figures } from './figures.ts'
import { signedVolume, surfaceCentroid } from './mesh.ts'
import { muscleMesh, tubeMesh } from './muscle-shape.ts'
import { spindleFigure } from './test-figures.ts'
import { isClosedManifold } from './test-mesh.ts'

const fig = spindleFigure([0.1, 1.0, 0], [0.1, 0.7, 0.02], 0.03, [0, 0, 1])

describe('tube mesh', () => {
  it('is closed: every edge shared by two triangles with opposite directions', () => {
    expect(isClosedManifold(tubeMesh(fig).indices)).toBe(true)
  })

  it('faces outward: positive volume and normals pointing away from the axis', () => {
    const m = tubeMesh(fig)
    expect(signedVolume(m.positions, m.indices)).toBeGreaterThan(0)
    // Axis from origin (0.1, 1.0, 0) to insertion (0.1, 0.7, 0.02).
    for (let i = 1; i < m.positions.length / 3 - 1; i++) {
      const p = [m.positions[i * 3]!, m.positions[i * 3 + 1]!, m.positions[i * 3 + 2]!]
      const s = (1.0 - p[1]!) / 0.3
      const radial = [p[0]! - 0.1, 0, p[2]! - 0.02 * s]
      const n = [m.normals[i * 3]!, m.normals[i * 3 + 1]!, m.normals[i * 3 + 2]!]
      expect(radial[0]! * n[0]! + radial[2]! * n[2]!).toBeGreaterThan(0)
    }
  })

  it('is a spindle: widest in the middle, tapering to the tendons', () => {
    const m = tubeMesh(fig)
    const width = (r: number) => {
      let w = 0
      for (let j = 0; j < m.around; j++) w = Math.max(w, Math.abs(m.positions[(1 + (r - 1) * m.around + j) * 3]! - 0.1))
      return w
    }
    expect(width(14)).toBeGreaterThan(2 * width(2))
    expect(width(14)).toBeGreaterThan(2 * width(27))
  })

  it('right side is the exact mirror image of the left', () => {
    const muscle = { measured: true, parts: { belly: fig } }
    const l = muscleMesh(muscle, 'left')
    const r = muscleMesh(muscle, 'right')
    for (let i = 0; i < l.positions.length; i += 3) {
      expect(r.positions[i]).toBe(-l.positions[i]!)
      expect(r.positions[i + 1]).toBe(l.positions[i + 1])
      expect(r.normals[i]).toBe(-l.normals[i]!)
    }
    expect(signedVolume(r.positions, r.indices)).toBeCloseTo(signedVolume(l.positions, l.indices), 12)
    const cl = surfaceCentroid(l.positions, l.indices).centroid
    const cr = surfaceCentroid(r.positions, r.indices).centroid
    expect(cr[0]).toBeCloseTo(-cl[0], 6)
  })

  it('every committed figure builds a closed, outward-facing mesh', () => {
    for (const [id, m] of Object.entries(figures.muscles)) {
      for (const [part, f] of Object.entries(m.parts)) {
        const mesh = tubeMesh(f)
        expect(isClosedManifold(mesh.indices), `${id}.${part}`).toBe(true)
        expect(signedVolume(mesh.positions, mesh.indices), `${id}.${part}`).toBeGreaterThan(0)
      }
    }
  })
})
