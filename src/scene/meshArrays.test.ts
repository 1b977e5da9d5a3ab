// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { addAt, bumpAt, outside, raiseAt } from './meshArrays.ts'

describe('checked mesh array reads', () => {
  it('add and bump in range exactly as bare writes do', () => {
    const a = new Float32Array([1.5, -2, 0])
    addAt(a, 0, 0.25)
    expect(a[0]).toBe(1.75)
    const cursor = new Uint32Array([4, 9])
    expect(bumpAt(cursor, 1)).toBe(9)
    expect(cursor[1]).toBe(10)
    const states = new Uint8Array([128, 0])
    raiseAt(states, 0, 255)
    raiseAt(states, 1, 0)
    raiseAt(states, 0, 128)
    expect([...states]).toEqual([255, 0])
  })

  it('name an index outside the array instead of reading undefined', () => {
    const a = new Uint32Array(3)
    const read = (i: number) => a[i] ?? outside(a, i)
    expect(read(2)).toBe(0)
    expect(() => read(3)).toThrow(new RangeError('Index 3 is outside an array of 3'))
    expect(() => read(-1)).toThrow(RangeError)
    expect(() => read(0.5)).toThrow(RangeError)
    expect(() => addAt([1, 2], 2, 1)).toThrow(new RangeError('Index 2 is outside an array of 2'))
    expect(() => bumpAt(a, Number.NaN)).toThrow(RangeError)
    expect(() => raiseAt(a, 5, 1)).toThrow(new RangeError('Index 5 is outside an array of 3'))
  })
})
