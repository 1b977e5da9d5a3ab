/**
 * The lateral pterygoid has no reference mesh. Textbook description: two heads, the upper from
 * the infratemporal surface of the greater wing of the sphenoid, the lower (larger) from the
 * lateral surface of the lateral pterygoid plate; they converge backward and outward, nearly
 * horizontally, onto the pterygoid fovea at the front of the neck of the mandible's condyle
 * (and the joint capsule and disc). A short, thick muscle: about 3.5 cm long, 2 cm tall at its
 * origin, 1 cm thick. It lies deep to the ramus and the temporalis, in the infratemporal fossa.
 */
import type { TubeFigure } from '../generator/figures.ts'
import { bandTube } from './band.ts'
import { add, cross, extreme, lerp, mean, part, points, scale, show, sub, unit, type V } from './landmarks.ts'
import type { DescribedRefs } from './described-types.ts'

/** Landmarks (left side): the top of the condyle, the lateral pterygoid plate, the infratemporal crest. */
export function lateralPterygoidLandmarks(refs: DescribedRefs): { condyle: V; plate: V; crest: V } {
  const mandible = points(part(refs.skeleton, 'mandible'), (p) => p[0] > 0.02)
  const condyle = extreme(mandible, [0, 1, -0.3])
  const sphenoid = points(part(refs.skeleton, 'sphenoid'), (p) => p[0] > 0.005)
  // The lateral plate hangs 1 to 2.4 cm below the condyle's top and over 1.2 cm in front of it;
  // its lateral surface is the outer centimetre of what is there (the medial plate lies inside).
  const low = sphenoid.filter((p) => p[1] < condyle[1] - 0.01 && p[1] > condyle[1] - 0.024 && p[2] > condyle[2] + 0.012)
  const maxX = Math.max(...low.map((p) => p[0]))
  const plate = mean(low.filter((p) => p[0] > maxX - 0.01))
  // The infratemporal surface of the greater wing: the roof of the fossa, level with the
  // condyle's top, lateral of the plate and between the condyle and the plate front to back.
  const crest = mean(
    sphenoid.filter(
      (p) =>
        p[1] > condyle[1] - 0.006 &&
        p[1] < condyle[1] + 0.002 &&
        p[0] > plate[0] + 0.005 &&
        p[2] > condyle[2] + 0.005 &&
        p[2] < plate[2] + 0.003,
    ),
  )
  return { condyle, plate, crest }
}

/** The lateral pterygoid's tube (left side): one belly, its two heads side by side at the origin. */
export function shapeLateralPterygoid(refs: DescribedRefs): Record<string, TubeFigure> {
  const { condyle, plate, crest } = lateralPterygoidLandmarks(refs)
  console.log(
    `lateral pterygoid landmarks: condyle ${show(condyle)} lateral plate ${show(plate)} infratemporal crest ${show(crest)}`,
  )
  // Origin: between the two heads, on the bone (a few mm lateral of the plate and the crest).
  const lowerHead: V = add(plate, [0.003, 0, 0])
  const upperHead: V = add(crest, [0, -0.003, 0])
  const origin = lerp(lowerHead, upperHead, 0.45)
  // Insertion: the pterygoid fovea, in front of the neck about 8 mm below the condyle's top.
  const insertion: V = add(condyle, [-0.003, -0.008, 0.005])
  const d = sub(insertion, origin)
  const axis = unit(d)
  // Across the fibres: from the lower head up to the upper one (nearly vertical).
  const up0 = sub(upperHead, lowerHead)
  const across = unit(sub(up0, scale(axis, up0[0] * axis[0] + up0[1] * axis[1] + up0[2] * axis[2])))
  const n = cross(axis, across)
  const lateral: V = n[0] >= 0 ? n : scale(n, -1)
  const headGap = Math.hypot(...up0)
  // The two heads fan out over ~2 cm at the origin and converge to ~8 mm at the fovea.
  const halfWidth = (u: number) => (0.5 * headGap + 0.004) * (1 - u) + 0.004 * u
  const half = (u: number) => 0.002 + 0.0035 * Math.pow(Math.sin(Math.PI * u), 0.6)
  const belly = bandTube({
    mid: (u, w) => add(add(origin, scale(d, u)), scale(across, w * halfWidth(u))),
    toward: () => lateral,
    halfThickness: half,
    superficial: lateral,
  })
  return { belly }
}
