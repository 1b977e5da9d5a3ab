// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { NodeIO } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import { beforeAll, describe, expect, it } from 'vitest'
import { isMidline, regionIds } from '../data/regions.ts'
import { labelCount, regionLabel } from './referredPainZones.ts'
import { labelSurfaceAreas, type LabelAreas } from './skinAreas.ts'

const glbPath = resolve(import.meta.dirname, '../../models/body.glb')

/** The shipped skin's label areas, read in model space as the app reads it (see skinSurvey.test.ts). */
async function shippedAreas(): Promise<LabelAreas> {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = await io.readBinary(readFileSync(glbPath))
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => n.getName() === 'skin')!
  const prim = node.getMesh()!.listPrimitives()[0]!
  const position = prim.getAttribute('POSITION')!
  const region = prim.getAttribute('_REGION')!
  const m = node.getWorldMatrix()
  const count = position.getCount()
  const positions = new Float32Array(count * 3)
  const labels = new Uint16Array(count)
  const p = [0, 0, 0]
  for (let i = 0; i < count; i++) {
    position.getElement(i, p)
    for (let k = 0; k < 3; k++)
      positions[i * 3 + k] = m[k]! * p[0]! + m[4 + k]! * p[1]! + m[8 + k]! * p[2]! + m[12 + k]!
    labels[i] = region.getScalar(i)
  }
  return labelSurfaceAreas({ positions, labels, indices: prim.getIndices()!.getArray()! }, labelCount)
}

describe.skipIf(!existsSync(glbPath))('skin areas of the shipped body', () => {
  let a: LabelAreas
  beforeAll(async () => {
    a = await shippedAreas()
  })

  it("has an adult's skin area (about 1.5 to 2.2 square metres)", () => {
    // An adult's body surface area is about 1.6 to 2.0 m² (Du Bois and Du Bois 1916).
    expect(a.total).toBeGreaterThan(1.5)
    expect(a.total).toBeLessThan(2.2)
  })

  it('gives every region some skin on each side, and the labels cover the skin', () => {
    const missing = regionIds.flatMap((id) =>
      (['left', 'right'] as const).filter((s) => !(a.byLabel[regionLabel(id, s)]! > 0)).map((s) => `${id}:${s}`),
    )
    expect(missing).toEqual([])
    const labelled = a.byLabel.reduce((s, x) => s + x, 0)
    expect(labelled / a.total).toBeGreaterThan(0.95)
    expect(labelled).toBeLessThanOrEqual(a.total * (1 + 1e-9))
  })

  it('makes the two sides of the body about the same size', () => {
    const side = (s: 'left' | 'right') =>
      regionIds.filter((id) => !isMidline(id)).reduce((sum, id) => sum + a.byLabel[regionLabel(id, s)]!, 0)
    expect(side('left') / side('right')).toBeCloseTo(1, 1)
  })
})
