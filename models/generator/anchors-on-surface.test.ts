// @vitest-environment node
/**
 * Every trigger point's marker sits on its muscle as built (after the build has kept muscles
 * under the skin and in their layers), on both sides. (Which way its normal faces is checked on
 * the figures in trigger-point-anchor.test.ts; here parts of one muscle overlap, as the heads of
 * the biceps do near their tendon, so the nearest face may belong to the other head.)
 * The ACR 1990 tender points, placed the same way, sit on their marker muscle too, on the
 * correct side of the body, with their normal turned toward the skin: a ring drawn there
 * faces the way a finger presses.
 */
import { describe, expect, it } from 'vitest'
import { tenderPoints } from '../../src/data/tender-points.ts'
import { nearestSurface } from './nearest-surface.ts'
import { builtBodyModel as builtModel } from './test-model.ts'

describe('trigger-point anchors on the built model', () => {
  it('lie within 1 mm of their muscle surface', () => {
    const model = builtModel()
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

describe('tender-point anchors on the built model', () => {
  it('sit on their marker muscle, on their own side of the body, facing the skin', () => {
    const model = builtModel()
    const byName = new Map(model.muscles.map((n) => [n.name, n.mesh]))
    const skin = nearestSurface(model.skin)
    expect(Object.keys(model.manifest.tenderPoints).sort()).toEqual(Object.keys(tenderPoints).sort())
    const off: string[] = []
    for (const [id, tp] of Object.entries(tenderPoints)) {
      for (const side of ['left', 'right'] as const) {
        const anchor = model.manifest.tenderPoints[id]![side]
        const where = `${id} ${side}`
        // +X is the body's left.
        if (Math.sign(anchor.position[0]) !== (side === 'left' ? 1 : -1))
          off.push(`${where}: on the wrong side (x ${anchor.position[0]})`)
        const onMuscle = nearestSurface(byName.get(model.manifest.muscles[tp.marker.muscle]![side].node)!)(
          anchor.position,
        )
        if (onMuscle.distance > 0.001)
          off.push(`${where}: ${(onMuscle.distance * 1000).toFixed(1)} mm off ${tp.marker.muscle}`)
        // The skin side: the nearest skin lies ahead of the normal (within 60 degrees) and close (4 cm).
        const s = skin(anchor.position)
        const toSkin = [s.point.x - anchor.position[0], s.point.y - anchor.position[1], s.point.z - anchor.position[2]]
        const cos =
          (toSkin[0]! * anchor.normal[0] + toSkin[1]! * anchor.normal[1] + toSkin[2]! * anchor.normal[2]) /
          Math.max(s.distance, 1e-9)
        if (cos < 0.5)
          off.push(
            `${where}: normal turned ${((Math.acos(Math.max(-1, cos)) * 180) / Math.PI).toFixed(0)} degrees from the skin`,
          )
        if (s.distance > 0.04) off.push(`${where}: ${(s.distance * 1000).toFixed(0)} mm under the skin`)
      }
    }
    expect(off).toEqual([])
  }, 60_000)
})
