// @vitest-environment node
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { readShippedSkin, shippedSkinPath } from '../../tests/shipped-skin.ts'
import { isMidline, regionIds } from '../data/regions.ts'
import { labelCount, regionLabel } from './referredPainZones.ts'
import { labelSurfaceAreas, type LabelAreas } from './skinAreas.ts'

const glbPath = shippedSkinPath

/** The shipped skin's label areas, read in model space as the app reads it (tests/shipped-skin.ts). */
async function shippedAreas(): Promise<LabelAreas> {
  return labelSurfaceAreas(await readShippedSkin(glbPath), labelCount)
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
