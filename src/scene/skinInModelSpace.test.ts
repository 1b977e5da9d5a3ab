// @vitest-environment node
import { BufferAttribute, BufferGeometry, Matrix4 } from 'three'
import { describe, expect, it } from 'vitest'
import { skinInModelSpace } from './skinInModelSpace.ts'

function triangle(withLabels: boolean, indexed: boolean): BufferGeometry {
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), 3))
  if (withLabels) g.setAttribute('_region', new BufferAttribute(new Uint16Array([4, 5, 7]), 1))
  if (indexed) g.setIndex([0, 2, 1])
  return g
}

describe('skinInModelSpace', () => {
  it("moves each vertex through the node's matrix and keeps its label and the triangles", () => {
    const m = new Matrix4().makeScale(2, 3, 1).setPosition(0.5, 0, -1)
    const skin = skinInModelSpace(triangle(true, true), m)
    expect(skin && Array.from(skin.positions)).toEqual([0.5, 0, -1, 2.5, 0, -1, 0.5, 3, -1])
    expect(skin && Array.from(skin.labels)).toEqual([4, 5, 7])
    expect(skin && Array.from(skin.indices)).toEqual([0, 2, 1])
  })
  it('numbers the vertices in order when the mesh has no index, and is null without labels', () => {
    expect(Array.from(skinInModelSpace(triangle(true, false), new Matrix4())?.indices ?? [])).toEqual([0, 1, 2])
    expect(skinInModelSpace(triangle(false, true), new Matrix4())).toBeNull()
  })
})
