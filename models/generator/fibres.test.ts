import { describe, expect, it } from 'vitest'
import { fibreCoordinates, fibreScale, tendonShares } from './fibres.ts'
import { tubeMesh } from './muscle-shape.ts'
import { spindleFigure } from './test-figures.ts'

const grid = tubeMesh(spindleFigure([0, 1, 0], [0, 0.7, 0], 0.02, [0, 0, 1]), { along: 20, around: 12 })
const ring = (r: number, j: number) => 1 + (r - 1) * grid.around + j

describe('fibre coordinates', () => {
  it('give every vertex of a ring the same stripe count, turning once round the muscle', () => {
    const f = fibreCoordinates(grid)
    const count = (i: number) => Math.hypot(f[i * 2]!, f[i * 2 + 1]!) / fibreScale
    const angle = (i: number) => Math.atan2(f[i * 2 + 1]!, f[i * 2]!)
    // The spindle's surface is at most about 1.5 cm in radius (inside its 2 cm control rings),
    // some 9 cm round: about 23 bundles 4 mm apart.
    expect(count(ring(10, 0))).toBeGreaterThan(18)
    expect(count(ring(10, 0))).toBeLessThan(30)
    for (let j = 0; j < grid.around; j++) expect(count(ring(5, j))).toBeCloseTo(count(ring(10, 0)), 1)
    expect(angle(ring(10, 3)) - angle(ring(10, 0))).toBeCloseTo((2 * Math.PI * 3) / grid.around, 2)
  })
})

describe('tendon shares', () => {
  it('are zero in the belly and rise toward the thin ends, where the tube is tendon', () => {
    const t = tendonShares(grid)
    expect(t[ring(10, 0)]).toBe(0)
    expect(t[ring(1, 0)]).toBeGreaterThan(200)
    expect(t[ring(20, 5)]).toBeGreaterThan(200)
    expect(t[0]).toBe(t[ring(1, 0)])
    // Monotone from the belly out to the origin end.
    for (let r = 10; r > 1; r--) expect(t[ring(r - 1, 0)]!).toBeGreaterThanOrEqual(t[ring(r, 0)]!)
  })
})
