import { describe, expect, it } from 'vitest'
import { isClosedManifold } from './test-mesh.ts'
import { add, addScaled, cross, distance, dot, length, lerp, normalize, reject, scale, sub } from './vec3.ts'

describe('vec3', () => {
  it('does the arithmetic the generator relies on', () => {
    expect(add([1, 2, 3], [4, 5, 6])).toEqual([5, 7, 9])
    expect(sub([1, 2, 3], [4, 5, 6])).toEqual([-3, -3, -3])
    expect(scale([1, -2, 3], 2)).toEqual([2, -4, 6])
    expect(addScaled([1, 1, 1], [1, 2, 3], 2)).toEqual([3, 5, 7])
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32)
    expect(cross([1, 0, 0], [0, 1, 0])).toEqual([0, 0, 1])
    expect(length([3, 4, 12])).toBe(13)
    expect(distance([1, 1, 1], [4, 5, 1])).toBe(5)
    expect(lerp([0, 0, 0], [2, 4, 6], 0.25)).toEqual([0.5, 1, 1.5])
    expect(reject([1, 2, 3], [0, 0, 1])).toEqual([1, 2, 0])
  })
  it('normalizes to unit length and leaves a zero vector at zero', () => {
    expect(length(normalize([0.3, -4, 2]))).toBeCloseTo(1, 15)
    expect(normalize([0, 0, 0])).toEqual([0, 0, 0])
  })
})

describe('isClosedManifold', () => {
  // A tetrahedron wound outward: every edge is shared by two faces, once each way.
  const tetra = [0, 2, 1, 0, 1, 3, 1, 2, 3, 0, 3, 2]
  it('accepts a closed, consistently wound mesh', () => {
    expect(isClosedManifold(tetra)).toBe(true)
  })
  it('rejects a mesh with a hole or a flipped face', () => {
    expect(isClosedManifold(tetra.slice(0, 9))).toBe(false)
    expect(isClosedManifold([...tetra.slice(0, 9), 0, 2, 3])).toBe(false)
  })
})
