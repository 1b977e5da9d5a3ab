/**
 * Occipitofrontalis has no reference mesh. Textbook description: two thin quadrilateral
 * bellies joined by the galea aponeurotica. The frontalis (origin: the galea, in front of the
 * coronal suture; insertion: the skin of the eyebrows and the root of the nose, blending with
 * procerus, corrugator and orbicularis oculi) covers the forehead; the two sides meet in the
 * midline above the nose. The occipitalis (origin: the lateral two thirds of the superior
 * nuchal line and the mastoid part of the temporal bone; insertion: the galea) is a smaller
 * sheet over the back of the skull, the two sides apart in the midline. Both lie on the skull
 * under the scalp skin, 1 to 2 mm thick.
 *
 * Measured: the skull's outer surface and the skin along rays from the centre of the skull
 * (midway between glabella and inion); each belly is a band on the skull between given angles
 * (azimuth from the front toward the body's left, elevation above the glabella-inion line).
 */
import type { TubeFigure } from '../generator/figures.ts'
import type { ReferenceMesh } from '../scripts/reference.ts'
import { bandTube } from './band.ts'
import { add, extreme, lerp, part, points, rayHits, scale, show, type V } from './landmarks.ts'
import type { DescribedRefs } from './described-types.ts'

const deg = Math.PI / 180

/** Unit direction at azimuth `az` (0 = anterior, 90 = the body's left) and elevation `el`, degrees. */
function direction(az: number, el: number): V {
  return [Math.cos(el * deg) * Math.sin(az * deg), Math.sin(el * deg), Math.cos(el * deg) * Math.cos(az * deg)]
}

/** Skull landmarks: glabella, inion and the centre between them. */
export function scalpLandmarks(refs: DescribedRefs): { glabella: V; inion: V; centre: V } {
  const glabella = extreme(
    points(part(refs.skeleton, 'frontal_bone'), (p) => Math.abs(p[0]) < 0.01),
    [0, 0, 1],
  )
  // The external occipital protuberance: the most posterior midline point of the occipital
  // bone below the level of the glabella plus 2 cm (above it the vault bulges back further).
  const inion = extreme(
    points(part(refs.skeleton, 'occipital_bone'), (p) => Math.abs(p[0]) < 0.01 && p[1] < glabella[1] + 0.02),
    [0, 0, -1],
  )
  const mid = lerp(glabella, inion, 0.5)
  return { glabella, inion, centre: [0, mid[1], mid[2]] }
}

/**
 * A thin band on the skull between azimuths `az0` (w = -1) and `az1` (w = 1) and elevations
 * `el0(az)` (u = 0) to `el1(az)` (u = 1), its middle 1 to 3 mm out from the bone (half way to
 * the skin where the scalp is thin).
 */
function skullBand(
  skull: readonly ReferenceMesh[],
  skin: ReferenceMesh,
  centre: V,
  az0: number,
  az1: number,
  el0: (az: number) => number,
  el1: (az: number) => number,
  half: number,
  superficial: V,
): TubeFigure {
  const cache = new Map<string, V>()
  // Rounded ends: the band narrows over its last few per cent, as a tube's poles do.
  const taper = (u: number) => Math.sqrt(Math.max(0, 1 - Math.pow(2 * u - 1, 8)))
  const onSkull = (u: number, w: number): V => {
    const az = az0 + ((w * taper(u) + 1) / 2) * (az1 - az0)
    const el = el0(az) + u * (el1(az) - el0(az))
    const key = `${az.toFixed(4)},${el.toFixed(4)}`
    const hit = cache.get(key)
    if (hit) return hit
    const d = direction(az, el)
    const bone = rayHits(skull, centre, d)
    const skinHits = rayHits([skin], centre, d)
    const rBone = bone[bone.length - 1]!
    const gap = skinHits.length ? skinHits[skinHits.length - 1]! - rBone : 0.004
    const p = add(centre, scale(d, rBone + Math.min(0.003, Math.max(0.001, gap / 2))))
    cache.set(key, p)
    return p
  }
  return bandTube({
    mid: onSkull,
    toward: (u, w) => {
      const p = onSkull(u, w)
      const r: V = [p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]]
      const l = Math.hypot(...r)
      return [r[0] / l, r[1] / l, r[2] / l]
    },
    halfThickness: (u) => half * (0.4 + 0.6 * Math.pow(Math.sin(Math.PI * u), 0.5)),
    superficial,
  })
}

/** The occipitofrontalis (left side): parts `frontalis` and `occipitalis`. */
export function shapeOccipitofrontalis(refs: DescribedRefs): Record<string, TubeFigure> {
  const { glabella, inion, centre } = scalpLandmarks(refs)
  console.log(
    `occipitofrontalis landmarks: glabella ${show(glabella)} inion ${show(inion)} skull centre ${show(centre)}`,
  )
  const skull = ['frontal_bone', 'parietal_bone_l', 'occipital_bone', 'temporal_bone_l', 'sphenoid'].map((n) =>
    part(refs.skeleton, n),
  )
  // Elevations are measured from the horizontal through the centre: the glabella lies at
  // `tilt` seen from the front, the inion at -`tilt` seen from the back.
  const tilt = Math.atan2(glabella[1] - inion[1], glabella[2] - inion[2]) / deg
  // Frontalis: from just off the midline to above the lateral end of the eyebrow (~40 degrees),
  // from the eyebrows (the glabella's level) up ~6 cm, to where the galea takes over.
  // Origin (u = 0) is the galea at the top.
  const frontalis = skullBand(
    skull,
    refs.skin,
    centre,
    1.5,
    40,
    () => 38 + tilt,
    () => -4 + tilt,
    0.0008,
    [0, 0.3, 1],
  )
  // Occipitalis: lateral two thirds of the superior nuchal line, which runs from the inion
  // outward and ~1 cm down toward the mastoid; about 3.5 cm tall. Origin (u = 0) is the line.
  const nuchal = (az: number) => -tilt - 8 * ((180 - az) / 52)
  const occipitalis = skullBand(
    skull,
    refs.skin,
    centre,
    165,
    128,
    (az) => nuchal(az) + 1,
    (az) => nuchal(az) + 25,
    0.00125,
    [0.3, 0.2, -1],
  )
  return { frontalis, occipitalis }
}
