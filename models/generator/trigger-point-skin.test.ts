// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { computeTable, dataFileText, dataPath } from '../scripts/trigger-point-skin.ts'
import { triggerPointSkin } from '../../src/data/trigger-point-skin.ts'
import type { ManifestMuscle } from './manifest.ts'
import { modelFilePaths } from './model-files.ts'
import { skinLabeller, triggerPointSkinRegions, type LabelledSkin } from './trigger-point-skin.ts'

const regionIds = ['upper_shoulder_top', 'posterior_neck', 'sternum']
/** Five skin vertices: labels are regionIndex * 2 + sideBit (0 left, +X; 1 right, -X). */
const skin: LabelledSkin = {
  positions: Float32Array.from([
    0.1,
    1.5,
    0, // top of the shoulder, left
    0.05,
    1.6,
    -0.05, // back of the neck, left
    -0.1,
    1.5,
    0, // top of the shoulder, right
    0,
    1.4,
    0.1, // breastbone, left half
    -0.05,
    1.6,
    -0.05, // back of the neck, right
  ]),
  labels: Uint16Array.from([0, 2, 1, 4, 3]),
}

describe('the skin over a trigger point', () => {
  it('is the region of the nearest skin vertex on the same side', () => {
    const nearestSkinLabel = skinLabeller(skin)
    expect(nearestSkinLabel([0.09, 1.49, -0.01], 0)).toBe(0)
    expect(nearestSkinLabel([0.04, 1.58, -0.04], 0)).toBe(2)
    // The right side's vertices only, even where a left one is nearer.
    expect(nearestSkinLabel([0.01, 1.6, -0.05], 1)).toBe(3)
    expect(nearestSkinLabel([0, 1.4, 0.09], 0)).toBe(4)
  })

  it('is -1 when that side has no skin', () => {
    expect(skinLabeller({ positions: Float32Array.from([0, 0, 0]), labels: Uint16Array.from([0]) })([0, 0, 0], 1)).toBe(
      -1,
    )
  })

  it('reads each trigger point of the manifest on the left, by region id', () => {
    const side = (x: number) => ({
      node: '',
      centroid: [x, 1.5, 0] as [number, number, number],
      bounds: { min: [0, 0, 0] as [number, number, number], max: [0, 0, 0] as [number, number, number] },
      triggerPoints: {
        trp1: {
          position: [x * 0.9, 1.5, 0] as [number, number, number],
          normal: [0, 1, 0] as [number, number, number],
        },
        trp2: {
          position: [x * 0.5, 1.62, -0.04] as [number, number, number],
          normal: [0, 0, -1] as [number, number, number],
        },
      },
    })
    const muscle: ManifestMuscle = {
      layer: 'superficial',
      measured: true,
      parts: [],
      left: side(0.1),
      right: side(-0.1),
    }
    expect(triggerPointSkinRegions({ muscles: { upper_trapezius: muscle } }, skin, regionIds)).toEqual({
      upper_trapezius: { trp1: 'upper_shoulder_top', trp2: 'posterior_neck' },
    })
  })
})

const glbPath = modelFilePaths.skin

describe.skipIf(!existsSync(glbPath))('src/data/trigger-point-skin.ts', () => {
  it('matches the shipped body (rerun npx tsx models/scripts/trigger-point-skin.ts after the model changes)', async () => {
    expect(await computeTable()).toEqual(triggerPointSkin)
  }, 60_000)

  it('is, to the character, what the script writes (its imports included)', async () => {
    expect(await dataFileText()).toBe(readFileSync(dataPath, 'utf8'))
  }, 60_000)
})
