/**
 * The sternalis has no reference mesh (it is an inconstant muscle, present in a few per cent of
 * people). Textbook description: a flat strip on the front of the chest, parallel to the
 * sternum just lateral of its border, superficial to the pectoral fascia over the sternal
 * origin of pectoralis major; it arises above from the sternum or the fascia of the sternal head
 * of sternocleidomastoid near the manubrium and ends below on the costal cartilages 4 to 7 or
 * the rectus sheath. Here: a band 1.6 cm wide and 3 mm thick, from half way down the manubrium
 * (origin) to the xiphisternal junction, centred 3 mm inside the border of the sternum's body
 * (over the sternal origin of pectoralis major), just under the skin.
 *
 * Measured: the manubrium, the xiphisternal junction, the body's lateral border, and the skin
 * in front of them.
 */
import type { TubeFigure } from '../generator/figures.ts'
import { bandTube } from './band.ts'
import { part, points, rayHits, show, unit, type V } from './landmarks.ts'
import type { DescribedRefs } from './described-types.ts'

const FRONT = 0.5

/** Sternum landmarks: the manubrium's mid-height, the xiphisternal junction, and the body's lateral border. */
export function sternumLandmarks(refs: DescribedRefs): { top: number; bottom: number; border: number } {
  const manubrium = points(part(refs.skeleton, 'manubrium')).map((p) => p[1])
  const body = points(part(refs.skeleton, 'body_of_sternum'))
  const xiphoid = points(part(refs.skeleton, 'xiphoid'))
  const top = (Math.min(...manubrium) + Math.max(...manubrium)) / 2
  const bottom = Math.max(...xiphoid.map((p) => p[1]))
  // The border: the body's widest point on the left, between a quarter and three quarters down.
  const bodyTop = Math.max(...body.map((p) => p[1]))
  const span = bodyTop - Math.min(...body.map((p) => p[1]))
  const border = Math.max(
    ...body.filter((p) => p[1] < bodyTop - span / 4 && p[1] > bodyTop - (3 * span) / 4).map((p) => p[0]),
  )
  return { top, bottom, border }
}

/** The sternalis (left side). */
export function shapeSternalis(refs: DescribedRefs): Record<string, TubeFigure> {
  const { top, bottom, border } = sternumLandmarks(refs)
  console.log(
    `sternalis landmarks: manubrium mid-height y ${top.toFixed(4)}, xiphisternal junction y ${bottom.toFixed(4)}, sternal border x ${border.toFixed(4)}`,
  )
  const skinZ = (x: number, y: number) => {
    const hits = rayHits([refs.skin], [x, y, FRONT], [0, 0, -1])
    return FRONT - hits[0]!
  }
  const x0 = border - 0.003
  const y0 = top
  const y1 = bottom - 0.005
  const taper = (u: number) => Math.sqrt(Math.max(0, 1 - Math.pow(2 * u - 1, 8)))
  const normal = (x: number, y: number): V => {
    const h = 0.004
    return unit([-(skinZ(x + h, y) - skinZ(x - h, y)) / (2 * h), -(skinZ(x, y + h) - skinZ(x, y - h)) / (2 * h), 1])
  }
  const depth = 0.002
  const mid = (u: number, w: number): V => {
    const x = x0 + 0.008 * w * taper(u)
    const y = y0 + (y1 - y0) * u
    const n = normal(x, y)
    const z = skinZ(x, y)
    return [x - n[0] * depth, y - n[1] * depth, z - n[2] * depth]
  }
  const superficial = normal(x0, (y0 + y1) / 2)
  const belly = bandTube({
    mid,
    toward: (u, w) => normal(x0 + 0.008 * w * taper(u), y0 + (y1 - y0) * u),
    halfThickness: (u) => 0.0015 * (0.5 + 0.5 * Math.pow(Math.sin(Math.PI * u), 0.4)),
    superficial,
  })
  console.log(`sternalis: superficial ${show(superficial)}`)
  return { belly }
}
