import { describe, expect, it } from 'vitest'
import { labelsWithinBrush } from './brush.ts'

const surface = {
  positions: new Float32Array([0, 0, 0, 0.02, 0, 0, 0.1, 0, 0, 0, 0.05, 0]),
  labels: new Uint16Array([4, 5, 9, 4]),
}

describe('pain brush', () => {
  it('takes only the touched region with a zero radius (a tap)', () => {
    expect(labelsWithinBrush(surface, [0, 0, 0], 0, 7)).toEqual([7])
  })

  it('takes every region with a vertex inside the brush', () => {
    expect(labelsWithinBrush(surface, [0, 0, 0], 0.03, 4).sort()).toEqual([4, 5])
    expect(labelsWithinBrush(surface, [0, 0, 0], 0.2, 4).sort((a, b) => a - b)).toEqual([4, 5, 9])
  })
})
