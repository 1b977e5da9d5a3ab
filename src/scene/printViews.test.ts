import { describe, expect, it } from 'vitest'
import type { Vec3 } from './bodyManifest.ts'
import { printFrame } from './printViews.ts'

describe('the print camera', () => {
  const box: { min: Vec3; max: Vec3 } = { min: [-0.2, 0.4, -0.1], max: [0.0, 1.0, 0.1] }
  const tan15 = Math.tan((15 * Math.PI) / 180)

  it('looks at the middle of the box from the front (+Z) and from the back (-Z)', () => {
    const front = printFrame(box, 'front', 2 / 3)
    const back = printFrame(box, 'back', 2 / 3)
    expect(front.target).toEqual([-0.1, 0.7, 0])
    expect(front.position[2]).toBeGreaterThan(0.1)
    expect(back.position[2]).toBeCloseTo(-front.position[2])
    expect(back.position[0]).toBeCloseTo(front.position[0])
  })

  it('keeps the whole box in view, with its margin, both ways', () => {
    for (const aspect of [0.3, 2 / 3, 2]) {
      const { position, target } = printFrame(box, 'front', aspect, 0)
      const near = position[2] - box.max[2]
      expect(0.3).toBeLessThanOrEqual(near * tan15 + 1e-9) // half the height
      expect(0.1).toBeLessThanOrEqual(near * tan15 * aspect + 1e-9) // half the width
      expect(target[1]).toBeCloseTo(0.7)
    }
  })

  it('shows a small muscle with the body round it (half a metre tall at least)', () => {
    const small: { min: Vec3; max: Vec3 } = { min: [0, 1, 0], max: [0.02, 1.02, 0.02] }
    const { position } = printFrame(small, 'front', 1, 0)
    expect((position[2] - 0.02) * tan15).toBeGreaterThanOrEqual(0.25 - 1e-9)
  })
})
