// @vitest-environment node
/**
 * A muscle whose two sides are not mirror images (the diaphragm: its right dome rides higher,
 * over the liver) carries its own right-side parts; every other muscle's right side is the
 * mirror image of its left.
 */
import { describe, expect, it } from 'vitest'
import { figures, parseFigures } from './figures.ts'
import { surfaceCentroid } from './mesh.ts'
import { muscleMesh } from './muscle-shape.ts'

const centroid = (id: string, side: 'left' | 'right') => {
  const m = muscleMesh(figures.muscles[id]!, side)
  return surfaceCentroid(m.positions, m.indices).centroid
}

describe('right-side parts', () => {
  it("shape the diaphragm's right half on its own: its dome is higher than the left's", () => {
    expect(figures.muscles.diaphragm!.rightParts).toBeDefined()
    const left = muscleMesh(figures.muscles.diaphragm!, 'left')
    const right = muscleMesh(figures.muscles.diaphragm!, 'right')
    const top = (m: { positions: Float32Array }) => Math.max(...Array.from(m.positions).filter((_, i) => i % 3 === 1))
    expect(top(right)).toBeGreaterThan(top(left))
    // Not the mirror image: the centroids differ by more than a millimetre once mirrored.
    const [l, r] = [centroid('diaphragm', 'left'), centroid('diaphragm', 'right')]
    expect(Math.hypot(l[0] + r[0], l[1] - r[1], l[2] - r[2])).toBeGreaterThan(0.001)
  })

  it('leave every other muscle the mirror image of its left side', () => {
    const [l, r] = [centroid('intercostals', 'left'), centroid('intercostals', 'right')]
    expect(Math.hypot(l[0] + r[0], l[1] - r[1], l[2] - r[2])).toBeLessThan(1e-6)
  })

  it('must name the same parts as the left side', () => {
    const tube = {
      origin: [0, 0, 0],
      insertion: [0, 1, 0],
      superficial: [0, 0, 1],
      rings: [
        [
          [0, 0, 0],
          [1, 0, 0],
          [1, 1, 0],
          [0, 1, 0],
        ],
        [
          [0, 0, 1],
          [1, 0, 1],
          [1, 1, 1],
          [0, 1, 1],
        ],
      ],
    }
    expect(() =>
      parseFigures({ version: 1, muscles: { m: { measured: true, parts: { a: tube }, rightParts: { b: tube } } } }),
    ).toThrow(/same parts/)
    expect(
      parseFigures({ version: 1, muscles: { m: { measured: true, parts: { a: tube }, rightParts: { a: tube } } } })
        .muscles.m!.rightParts,
    ).toBeDefined()
  })
})
