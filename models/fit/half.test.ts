// @vitest-environment node
/**
 * Midline muscles (the diaphragm, the external anal sphincter) are one reference mesh for both
 * sides: each side is measured against its half. The halves must split the mesh exactly.
 */
import { describe, expect, it } from 'vitest'
import { surfaceCentroid } from '../generator/mesh.ts'
import { pieceVolume, volumeAbout } from '../scripts/reference-volume.ts'
import type { ReferenceMesh } from '../scripts/reference.ts'
import { halfMesh, mirroredReference, referenceByFma, referenceSide } from './half.ts'

/** A closed box from (x0, y0, z0) to (x1, y1, z1), faces outward. */
function box(x0: number, x1: number, name = 'box', side: 'l' | 'r' | 'm' = 'm'): ReferenceMesh {
  const [y0, y1, z0, z1] = [0, 0.02, 0, 0.03]
  const v = [
    [x0, y0, z0],
    [x1, y0, z0],
    [x1, y1, z0],
    [x0, y1, z0],
    [x0, y0, z1],
    [x1, y0, z1],
    [x1, y1, z1],
    [x0, y1, z1],
  ].flat()
  const f = [0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 2, 3, 7, 2, 7, 6, 1, 2, 6, 1, 6, 5, 0, 4, 7, 0, 7, 3]
  return { name, fma: 'FMA1', side, positions: Float64Array.from(v), indices: Uint32Array.from(f) }
}

describe('half of a midline reference mesh', () => {
  it('splits a mesh across the midline into halves whose volume and area add up to the whole', () => {
    const whole = box(-0.01, 0.03)
    const left = halfMesh(whole, 1),
      right = halfMesh(whole, -1)
    expect(left.volume! * 1e6).toBeCloseTo(0.03 * 0.02 * 0.03 * 1e6, 6)
    expect(right.volume! * 1e6).toBeCloseTo(0.01 * 0.02 * 0.03 * 1e6, 6)
    expect((left.volume! + right.volume!) * 1e9).toBeCloseTo(pieceVolume(whole.positions, whole.indices) * 1e9, 3)
    // The cut face is open, so the halves' area is the whole's (no cap added).
    const area = (m: { positions: ArrayLike<number>; indices: ArrayLike<number> }) =>
      surfaceCentroid(m.positions, m.indices).area
    expect(area(left) + area(right)).toBeCloseTo(area(whole), 9)
    for (let i = 0; i < left.positions.length; i += 3) expect(left.positions[i]!).toBeGreaterThanOrEqual(0)
    for (let i = 0; i < right.positions.length; i += 3) expect(right.positions[i]!).toBeLessThanOrEqual(0)
  })

  it('takes a side its own mesh, a shared midline mesh its half, and mirrors a side into the other', () => {
    const byFma = referenceByFma([
      box(0.01, 0.03, 'own left', 'l'),
      box(-0.03, -0.01, 'own right', 'r'),
      { ...box(-0.02, 0.02), fma: 'FMA2' },
    ])
    expect(referenceSide(byFma, 'FMA1', 'left')).toMatchObject({ name: 'own left' })
    expect(referenceSide(byFma, 'FMA1', 'right')).toMatchObject({ name: 'own right' })
    const half = referenceSide(byFma, 'FMA2', 'right')!
    expect(half.volume! * 1e6).toBeCloseTo(0.02 * 0.02 * 0.03 * 1e6, 6)
    const mirrored = mirroredReference(half)
    expect(Math.min(...Array.from(mirrored.positions).filter((_, i) => i % 3 === 0))).toBeGreaterThanOrEqual(0)
    // Still facing out: measured about a point on the cut, the signed volume keeps its sign.
    const signed = (m: { positions: ArrayLike<number>; indices: ArrayLike<number> }) =>
      volumeAbout(m.positions, m.indices, [0, 0.01, 0.015])
    expect(signed(half)).toBeGreaterThan(0)
    expect(signed(mirrored)).toBeCloseTo(signed(half), 12)
    expect(referenceSide(byFma, 'FMA3', 'left')).toBeUndefined()
  })
})
