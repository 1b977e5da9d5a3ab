/**
 * Bulbospongiosus and ischiocavernosus have no reference mesh (the reference is male). Textbook
 * description:
 * - Bulbospongiosus: in the midline of the perineum, wrapped round the bulb of the penis; its
 *   fibres arise from the perineal body and the median raphe under the bulb, and pass forward
 *   and outward round the bulb and the corpus spongiosum to the perineal membrane and the
 *   dorsum of the penis. Each half is a curved sheet about 5 cm long, 3 mm thick.
 * - Ischiocavernosus: covers the crus of the penis along the ischiopubic ramus; it arises from
 *   the inner surface of the ischial tuberosity and the ischial ramus and runs forward and
 *   inward to an aponeurosis on the sides and underside of the crus, near the pubic symphysis.
 *   About 5 to 6 cm long, 1 cm wide, 5 mm thick.
 * - Superficial transverse perineal muscle (transverse perinei): a narrow strip, about 3 cm
 *   long, 5 to 10 mm wide and 2 to 3 mm thick, from the inner, front part of the ischial
 *   tuberosity straight inward to the perineal body, in front of the anus, where it meets its
 *   partner and blends with the external anal sphincter and the bulbospongiosus; it lies in
 *   the superficial perineal pouch, its flat faces up and down.
 *
 * Measured on the hip bone: the lowest point of the ischial tuberosity, the lower end of the
 * symphysis, and the lower inner edge of the ischiopubic ramus between them. The perineal body
 * lies in the midline between the two tuberosities, 1 cm above their lowest points.
 */
import type { TubeFigure } from '../generator/figures.ts'
import { bandTube } from './band.ts'
import { add, extreme, lerp, part, points, scale, show, sub, unit, cross, dot, type V } from './landmarks.ts'
import type { DescribedRefs } from './described-types.ts'

/** Pelvic landmarks (left side): tuberosity, symphysis, and the ramus edge from one to the other. */
export function perineumLandmarks(refs: DescribedRefs): { tuberosity: V; symphysis: V; ramus: V[] } {
  const hip = points(part(refs.skeleton, 'hip_bone_l'))
  const tuberosity = extreme(hip, [0, -1, 0])
  const symphysis = extreme(
    hip.filter((p) => p[0] < 0.012),
    [0, -1, 0],
  )
  // The ramus's lower inner edge: in 6 slices front to back, the point furthest down and in
  // (slices 1.2 cm thick, as the mesh is coarse there), then smoothed with its neighbours.
  const raw: V[] = []
  for (let i = 0; i <= 5; i++) {
    const z = tuberosity[2] + ((symphysis[2] - tuberosity[2]) * i) / 5
    const slice = hip.filter((p) => Math.abs(p[2] - z) < 0.006 && p[1] < symphysis[1] + 0.01)
    raw.push(extreme(slice, unit([-1, -1, 0])))
  }
  const ramus = raw.map((p, i) =>
    i === 0 || i === raw.length - 1 ? p : scale(add(add(raw[i - 1]!, scale(p, 2)), raw[i + 1]!), 0.25),
  )
  return { tuberosity, symphysis, ramus }
}

/** A point along a polyline at fraction t of its length. */
function along(line: readonly V[], t: number): V {
  const lengths = line.slice(1).map((p, i) => Math.hypot(...sub(p, line[i]!)))
  let s = t * lengths.reduce((a, b) => a + b, 0)
  for (let i = 0; i < lengths.length; i++) {
    if (s <= lengths[i]! || i === lengths.length - 1) return lerp(line[i]!, line[i + 1]!, Math.min(1, s / lengths[i]!))
    s -= lengths[i]!
  }
  return line[line.length - 1]!
}

const taper = (u: number) => Math.sqrt(Math.max(0, 1 - Math.pow(2 * u - 1, 8)))

/** Bulbospongiosus (left half). */
export function shapeBulbospongiosus(refs: DescribedRefs): Record<string, TubeFigure> {
  const { tuberosity, symphysis } = perineumLandmarks(refs)
  const perinealBody: V = [0, tuberosity[1] + 0.008, tuberosity[2] - 0.004]
  console.log(`bulbospongiosus landmarks: perineal body ${show(perinealBody)} symphysis (lower end) ${show(symphysis)}`)
  // The bulb: from over the perineal body forward to the root of the penis 1 cm below and
  // behind the symphysis's lower end, about 9 mm in radius behind, 6 mm in front.
  const back: V = [0, perinealBody[1] + 0.002, perinealBody[2] + 0.004]
  const front: V = [0, symphysis[1] - 0.01, symphysis[2] - 0.008]
  const radius = (u: number) => 0.009 - 0.003 * u
  // Round the bulb from under it (5 degrees off the midline) to its side (85 degrees), half way
  // through its 3 mm thickness.
  const angle = (w: number) => ((45 + 40 * w) * Math.PI) / 180
  const radial = (w: number): V => [Math.sin(angle(w)), -Math.cos(angle(w)), 0]
  const belly = bandTube({
    mid: (u, w) => add(lerp(back, front, u), scale(radial(w * taper(u)), radius(u) + 0.0015)),
    toward: (u, w) => radial(w * taper(u)),
    halfThickness: (u) => 0.0015 * (0.5 + 0.5 * Math.pow(Math.sin(Math.PI * u), 0.4)),
    superficial: unit([0.5, -1, 0]),
  })
  return { belly }
}

/** Ischiocavernosus (left side). */
export function shapeIschiocavernosus(refs: DescribedRefs): Record<string, TubeFigure> {
  const { ramus } = perineumLandmarks(refs)
  console.log(`ischiocavernosus landmarks: ischiopubic ramus edge ${ramus.map(show).join(' ')}`)
  // On the crus, just below and inside the ramus's edge: from the tuberosity (origin) to about
  // 8 mm short of the symphysis, where the crus leaves the bone.
  const inward = unit([-0.5, -0.85, 0])
  const path = ramus.map((p) => add(p, scale(inward, 0.007)))
  const centre = (u: number) => along(path, 0.85 * u)
  const tangent = (u: number) => unit(sub(centre(Math.min(1, u + 0.02)), centre(Math.max(0, u - 0.02))))
  const across = (u: number) => {
    const t = tangent(u)
    return unit(cross(t, inward))
  }
  const toward = (u: number) => {
    const t = tangent(u)
    return unit(sub(inward, scale(t, dot(inward, t))))
  }
  const belly = bandTube({
    mid: (u, w) => add(centre(u), scale(across(u), 0.005 * w * taper(u))),
    toward,
    halfThickness: (u) => 0.0025 * (0.4 + 0.6 * Math.pow(Math.sin(Math.PI * u), 0.5)),
    superficial: inward,
  })
  return { belly }
}

/** Transverse perinei (left side): the superficial transverse perineal muscle. */
export function shapeTransversePerinei(refs: DescribedRefs): Record<string, TubeFigure> {
  const { tuberosity, ramus } = perineumLandmarks(refs)
  // Origin: the inner face of the tuberosity where its ramus begins, 4 mm in from the bone's edge;
  // insertion: the perineal body (as for the bulbospongiosus), 3 mm short of the midline, where
  // the right side's strip meets it.
  const origin = add(ramus[0]!, scale(unit([-1, 0.3, 0]), 0.004))
  const perinealBody: V = [0.003, tuberosity[1] + 0.008, tuberosity[2] - 0.004]
  console.log(`transverse perinei landmarks: origin ${show(origin)} perineal body ${show(perinealBody)}`)
  const down: V = [0, -1, 0]
  const run = unit(sub(perinealBody, origin))
  const across = unit(cross(run, down))
  const belly = bandTube({
    mid: (u, w) => add(lerp(origin, perinealBody, u), scale(across, 0.004 * w * taper(u))),
    toward: () => down,
    halfThickness: (u) => 0.0013 * (0.5 + 0.5 * Math.pow(Math.sin(Math.PI * u), 0.5)),
    superficial: down,
  })
  return { belly }
}
