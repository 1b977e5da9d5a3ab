/**
 * Orbicularis oculi has no reference mesh. Textbook description: a flat elliptical sphincter
 * around the orbit, just under the thin skin: the orbital part rings the orbital margin and
 * spreads about 1 to 1.5 cm beyond it onto the forehead, temple and cheek; the palpebral part
 * lies in the eyelids. Its fibres arise medially (nasal part of the frontal bone, frontal
 * process of the maxilla, medial palpebral ligament) and loop round the eye back to the medial
 * side. Here it is one band, 1.8 cm wide and 2.4 mm thick (7 rings of 4 control points), that starts at
 * the inner corner (along 0), runs up over the brow (~0.4) to the outer corner (~0.6), under the
 * eye and back toward the inner corner (1), leaving the lower inner quarter open.
 *
 * Measured: the orbital margin (where the facial skeleton seen from the front steps forward
 * most, round the orbit) and the skin over it.
 */
import type { TubeFigure } from '../generator/figures.ts'
import type { ReferenceMesh } from '../scripts/reference.ts'
import { bandTube } from './band.ts'
import { mean, part, points, rayHits, scale, show, sub, unit, type V } from './landmarks.ts'
import type { DescribedRefs } from './described-types.ts'

const deg = Math.PI / 180
const FRONT = 0.4

/** z of the first surface met coming from the front at (x, y), or -Infinity. */
function frontZ(meshes: readonly ReferenceMesh[], x: number, y: number): number {
  const hits = rayHits(meshes, [x, y, FRONT], [0, 0, -1])
  return hits.length ? FRONT - hits[0]! : -Infinity
}

/** The orbital margin: a centre (x, y) and the margin's radius at 24 angles (15 degrees apart, from lateral). */
export function orbitLandmarks(refs: DescribedRefs): { centre: [number, number]; radius: number[] } {
  const face = [
    'frontal_bone',
    'zygomatic_bone_l',
    'maxilla_l',
    'nasal_bone_l',
    'lacrimal_bone_l',
    'ethmoid',
    'sphenoid',
  ].map((n) => part(refs.skeleton, n))
  // Start inside the orbit: 1.3 cm lateral of the lacrimal bone's lateral edge, at its height.
  const lacrimal = points(part(refs.skeleton, 'lacrimal_bone_l'))
  let centre: [number, number] = [Math.max(...lacrimal.map((p) => p[0])) + 0.013, mean(lacrimal)[1]]
  let radius: number[] = []
  for (let pass = 0; pass < 2; pass++) {
    radius = []
    for (let k = 0; k < 24; k++) {
      const a = 15 * k * deg
      // Walking outward, the margin is where the bone in front steps forward the most.
      let best = 0,
        bestStep = -Infinity
      for (let r = 0.011; r <= 0.032; r += 0.001) {
        const z = frontZ(face, centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a))
        const zIn = frontZ(face, centre[0] + (r - 0.003) * Math.cos(a), centre[1] + (r - 0.003) * Math.sin(a))
        const step = z - Math.max(zIn, z - 0.05)
        if (Number.isFinite(z) && step > bestStep) {
          bestStep = step
          // The step is measured over 3 mm: the margin is at its middle.
          best = r - 0.0015
        }
      }
      radius.push(best)
    }
    // Smooth the outline a little (neighbours), then re-centre on it.
    radius = radius.map((r, k) => (radius[(k + 23) % 24]! + 2 * r + radius[(k + 1) % 24]!) / 4)
    const rim = radius.map((r, k): [number, number] => [
      centre[0] + r * Math.cos(15 * k * deg),
      centre[1] + r * Math.sin(15 * k * deg),
    ])
    centre = [rim.reduce((s, p) => s + p[0] / 24, 0), rim.reduce((s, p) => s + p[1] / 24, 0)]
  }
  return { centre, radius }
}

/** The orbicularis oculi (left side): one looping band. */
export function shapeOrbicularisOculi(refs: DescribedRefs): Record<string, TubeFigure> {
  const { centre, radius } = orbitLandmarks(refs)
  console.log(
    `orbicularis oculi landmarks: orbit centre (${centre.map((x) => x.toFixed(4)).join(', ')}) margin radius ${radius.map((r) => (r * 1000).toFixed(0)).join(' ')} mm (from lateral, counter-clockwise seen from the front)`,
  )
  const skin = [refs.skin]
  const marginAt = (a: number) => {
    const t = ((((a / deg) % 360) + 360) % 360) / 15
    const k = Math.floor(t)
    return radius[k % 24]! * (1 - (t - k)) + radius[(k + 1) % 24]! * (t - k)
  }
  // From just below the inner corner (190 degrees) up over the brow, round the outer corner
  // and under the eye, ending in the lower inner quarter (240 degrees): the data counts along
  // from the inner corner over the upper arc (its trigger point at 0.4 lies under the brow).
  const angle = (u: number) => (190 - 310 * u) * deg
  // Rounded ends: the band narrows over its last few per cent, as a tube's poles do.
  const taper = (u: number) => Math.sqrt(Math.max(0, 1 - Math.pow(2 * u - 1, 8)))
  const planar = (u: number, w: number): [number, number] => {
    const a = angle(u)
    const r = marginAt(a) + 0.002 + 0.009 * w * taper(u)
    return [centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a)]
  }
  const depth = new Map<string, number>()
  const skinZ = (x: number, y: number): number => {
    const key = `${x.toFixed(5)},${y.toFixed(5)}`
    let z = depth.get(key)
    if (z === undefined) {
      z = frontZ(skin, x, y)
      depth.set(key, z)
    }
    return z
  }
  // The band's middle lies 1.8 mm under the skin; where a ray falls through the eye opening,
  // the skin is taken level with the band's middle line.
  const mid = (u: number, w: number): V => {
    const [x, y] = planar(u, w)
    const [x0, y0] = planar(u, 0)
    const z0 = skinZ(x0, y0)
    const z = skinZ(x, y)
    return [x, y, (z > z0 - 0.012 ? z : z0) - 0.0018]
  }
  const toward = (u: number): V => {
    const [x, y] = planar(u, 0)
    const h = 0.002
    const dzdx = (skinZ(x + h, y) - skinZ(x - h, y)) / (2 * h)
    const dzdy = (skinZ(x, y + h) - skinZ(x, y - h)) / (2 * h)
    return Number.isFinite(dzdx) && Number.isFinite(dzdy) && Math.abs(dzdx) < 5 && Math.abs(dzdy) < 5
      ? unit([-dzdx, -dzdy, 1])
      : [0, 0, 1]
  }
  // One direction for the whole loop: the skin's mean normal round it.
  const stations = Array.from({ length: 10 }, (_, i) => 0.05 + 0.1 * i)
  const superficial = unit(
    stations.reduce<V>((s, u) => [s[0] + toward(u)[0], s[1] + toward(u)[1], s[2] + toward(u)[2]], [0, 0, 0]),
  )
  const belly = bandTube(
    {
      mid: (u, w) => {
        // Along the skin normal rather than straight back: offset the middle point.
        const p = mid(u, w)
        const n = toward(u)
        const back = scale(sub(n, [0, 0, 1]), 0.0018)
        return [p[0] - back[0], p[1] - back[1], p[2] - back[2]]
      },
      toward: (u) => toward(u),
      halfThickness: (u) => 0.0012 * (0.5 + 0.5 * Math.pow(Math.sin(Math.PI * u), 0.3)),
      superficial,
      // A loop turns its flat cross-section round 310 degrees: 7 shorter spans of 4-point rings
      // follow it with less pinching than 6 of 5 (93 numbers instead of 99).
    },
    { rings: 7, perRing: 4 },
  )
  console.log(`orbicularis oculi: superficial ${show(superficial)}`)
  return { belly }
}
