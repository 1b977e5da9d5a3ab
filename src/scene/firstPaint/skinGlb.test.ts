import { readFile } from 'node:fs/promises'
import { MeshoptDecoder } from 'meshoptimizer/decoder'
import { beforeAll, describe, expect, it } from 'vitest'
import { readShippedSkin, shippedSkinPath, type ShippedSkin } from '../../../tests/shipped-skin.ts'
import { bodyManifest } from '../bodyManifest.ts'
import { readSkinGlb, type SkinArrays } from './skinGlb.ts'

let file: ArrayBuffer
let skin: SkinArrays
let shipped: ShippedSkin
beforeAll(async () => {
  await MeshoptDecoder.ready
  const bytes = await readFile(shippedSkinPath)
  file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  skin = readSkinGlb(file, MeshoptDecoder)
  shipped = await readShippedSkin()
})

/** Vertex `i`'s position as WebGL reads the attribute (normalised shorts) through the node's transform. */
function positionOf(s: SkinArrays, i: number): number[] {
  const view = new DataView(s.position.bytes.buffer, s.position.bytes.byteOffset)
  return [0, 1, 2].map(
    (c) => s.translation[c]! + s.scale * Math.max(view.getInt16(i * s.position.stride + 2 * c, true) / 32767, -1),
  )
}

describe('the skin’s file read without three', () => {
  it('gives the triangles and positions glTF-Transform reads from the shipped file', () => {
    expect(Array.from(skin.index)).toEqual(Array.from(shipped.indices))
    const count = shipped.positions.length / 3
    for (let i = 0; i < count; i += 97)
      positionOf(skin, i).forEach((v, c) => expect(v).toBeCloseTo(shipped.positions[i * 3 + c]!, 5))
  })

  it('gives unit normals as signed bytes, three to a vertex, four bytes apart', () => {
    expect(skin.normal).toMatchObject({ componentType: 5120, components: 3, stride: 4, normalized: true })
    const n = new Int8Array(skin.normal.bytes.buffer, skin.normal.bytes.byteOffset, 12)
    expect(Math.hypot(n[0]! / 127, n[1]! / 127, n[2]! / 127)).toBeCloseTo(1, 1)
  })

  it('gives the bounds the body’s manifest keeps, which the scene frames the body by, within 0.1 mm', () => {
    for (const end of ['min', 'max'] as const)
      skin.bounds[end].forEach((v, i) =>
        expect(Math.abs(v - bodyManifest.skin.bounds[end][i]!)).toBeLessThanOrEqual(1.0001e-4),
      )
  })

  it('says plainly what it cannot read', () => {
    expect(() => readSkinGlb(new ArrayBuffer(64), MeshoptDecoder)).toThrow("the skin's file is not a GLB")
    expect(() => readSkinGlb(file.slice(0, 20), MeshoptDecoder)).toThrow('is cut short')
  })
})
