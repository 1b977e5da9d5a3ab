// @vitest-environment node
/**
 * What the encoder gives up to make the shipped file small (gltf.ts), measured: how far the
 * quantised positions lie from the generator's, and how far the normals the app computes on
 * load turn from the generator's.
 */
import { BufferAttribute, BufferGeometry } from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import { readShippedMeshes, type ShippedMesh } from '../../tests/shipped-model.ts'
import type { BodyModel } from './body-model.ts'
import { POSITION_BITS, quantisationGrid } from './gltf.ts'
import { pointIndex } from './point-index.ts'
import { builtBodyModel } from './test-model.ts'

/** For each of `from`'s vertices, the distance to the nearest of `to`'s. */
function nearestDistances(from: Float32Array, to: Float32Array): Float64Array {
  const index = pointIndex(to)
  return Float64Array.from({ length: from.length / 3 }, (_, v) =>
    Math.sqrt(index.nearest(from[v * 3]!, from[v * 3 + 1]!, from[v * 3 + 2]!).d2),
  )
}

/** The positions as the encoder stores them: rounded per mesh to its quantisation grid. */
function quantised(positions: Float32Array, bits: number): Float32Array {
  const { centre, half, levels } = quantisationGrid(positions, bits)
  const step = half / levels
  return positions.map((v, i) => centre[i % 3]! + Math.round((v - centre[i % 3]!) / step) * step)
}

/** Degrees between each vertex's generator normal and the one three computes from `positions`. */
function normalTurns(positions: Float32Array, indices: Uint32Array, normals: Float32Array): number[] {
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  geometry.setIndex(new BufferAttribute(indices, 1))
  geometry.computeVertexNormals()
  const computed = geometry.getAttribute('normal')
  const out: number[] = []
  for (let i = 0; i < computed.count; i++) {
    const dot =
      computed.getX(i) * normals[i * 3]! +
      computed.getY(i) * normals[i * 3 + 1]! +
      computed.getZ(i) * normals[i * 3 + 2]!
    out.push((Math.acos(Math.min(1, Math.max(-1, dot))) * 180) / Math.PI)
  }
  geometry.dispose()
  return out
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))]!

let model: BodyModel
let shipped: Map<string, ShippedMesh>
beforeAll(async () => {
  model = builtBodyModel()
  shipped = await readShippedMeshes()
}, 120_000)

describe('the shipped model', () => {
  it('moves no vertex more than 0.15 mm from where the generator put it', () => {
    const meshes = [{ name: 'skin', positions: model.skin.positions }].concat(
      model.muscles.map((m) => ({ name: m.name, positions: m.mesh.positions })),
    )
    let worst = 0
    for (const { name, positions } of meshes) {
      const file = shipped.get(name)
      expect(file, `${name} is in the shipped file`).toBeDefined()
      const far = Math.max(...nearestDistances(positions, file!.positions))
      worst = Math.max(worst, far)
      expect(far, `${name}: farthest vertex (m)`).toBeLessThan(0.00015)
    }
    console.log(
      `position quantisation (skin ${POSITION_BITS.skin}, muscles ${POSITION_BITS.muscle} bits): farthest vertex moved ${(worst * 1000).toFixed(3)} mm`,
    )
  })

  it('carries normals for the skin only; the muscles’ normals as the app computes them turn under 5° at 99 % of vertices, over 15° at under 1 in 1000', () => {
    expect(shipped.get('skin')!.attributes).toContain('NORMAL')
    const turns: number[] = []
    for (const node of model.muscles) {
      expect(shipped.get(node.name)!.attributes, node.name).not.toContain('NORMAL')
      turns.push(
        ...normalTurns(quantised(node.mesh.positions, POSITION_BITS.muscle), node.mesh.indices, node.mesh.normals),
      )
    }
    const p99 = quantile(turns, 0.99)
    console.log(
      `muscle normals computed on load: median ${quantile(turns, 0.5).toFixed(2)}°, p99 ${p99.toFixed(2)}°, ` +
        `over 15° at ${turns.filter((t) => t > 15).length} of ${turns.length} vertices`,
    )
    expect(p99).toBeLessThan(5)
    // Unquantised, they match to 0.02°: the few that turn more are where quantisation moves a
    // vertex by a large share of the size of its triangles.
    expect(turns.filter((t) => t > 15).length).toBeLessThan(turns.length / 1000)
  })
})
