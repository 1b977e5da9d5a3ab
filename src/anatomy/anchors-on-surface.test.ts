// @vitest-environment node
/**
 * Every trigger point's marker sits on its muscle as built (after the build has kept muscles
 * under the skin and in their layers), on both sides. (Which way its normal faces is checked on
 * the figures in trigger-point-anchor.test.ts; here parts of one muscle overlap, as the heads of
 * the biceps do near their tendon, so the nearest face may belong to the other head.)
 */
import { describe, expect, it } from 'vitest'
import { muscles } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import { buildBodyModel } from './body-model.ts'
import { figures } from './figures.ts'
import { nearestSurface } from './nearest-surface.ts'
import { generateSkin } from './skin.ts'

describe('trigger-point anchors on the built model', () => {
  it('lie within 1 mm of their muscle surface', () => {
    const model = buildBodyModel({ muscles, figures, skin: generateSkin(), regionIds })
    const byName = new Map(model.muscles.map((n) => [n.name, n.mesh]))
    const off: string[] = []
    for (const [id, entry] of Object.entries(model.manifest.muscles)) {
      for (const side of ['left', 'right'] as const) {
        const mesh = byName.get(entry[side].node)!
        const near = nearestSurface(mesh)
        for (const [trp, anchor] of Object.entries(entry[side].triggerPoints)) {
          const hit = near(anchor.position)
          if (hit.distance > 0.001) off.push(`${id}.${trp} ${side}: ${(hit.distance * 1000).toFixed(1)} mm off`)
        }
      }
    }
    expect(off).toEqual([])
  }, 60_000)
})
