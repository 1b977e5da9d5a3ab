/**
 * The masseter has no reference mesh, so it is shaped from its textbook description and placed
 * on skull landmarks measured in the reference skeleton: it arises from the lower border of
 * the zygomatic arch (its anterior two thirds, from the zygomatic process of the maxilla back
 * toward the articular tubercle) and inserts on the lateral surface of the ramus and the angle
 * of the mandible. A thick quadrilateral belly, about a centimetre thick, lying on the ramus.
 */
import type { TubeFigure } from '../generator/figures.ts'
import type { ReferenceMesh } from '../scripts/reference.ts'
import { bandTube } from './band.ts'
import { add, cross, mean, part, points, scale, show, sub, unit, type V } from './landmarks.ts'
import type { DescribedRefs } from './described-types.ts'

/** Skull landmarks (left side) that place the masseter. */
export function masseterLandmarks(skeleton: Map<string, ReferenceMesh>): { archLow: V; gonion: V; ramusX: number } {
  const arch = [
    ...points(part(skeleton, 'zygomatic_bone_l'), (p) => p[0] > 0.045),
    ...points(part(skeleton, 'temporal_bone_l'), (p) => p[0] > 0.045 && p[1] < 1.52),
  ]
  const mandible = points(part(skeleton, 'mandible'), (p) => p[0] > 0.005)
  const zmin = Math.min(...mandible.map((p) => p[2]))
  // Lowest point of the arch in 5 mm bands from 1.5 cm to 5 cm in front of the condyle.
  const lows: V[] = []
  for (let z = zmin + 0.015; z <= zmin + 0.05; z += 0.005) {
    const band = arch.filter((p) => Math.abs(p[2] - z) < 0.0025)
    if (band.length) lows.push(band.reduce((a, b) => (b[1] < a[1] ? b : a)))
  }
  // The angle: the most posterior-inferior point of the mandible's left half.
  const gonion = mandible.reduce((a, b) => (-b[1] - b[2] > -a[1] - a[2] ? b : a))
  const ramus = mandible.filter((p) => Math.abs(p[1] - (gonion[1] + 0.012)) < 0.006 && p[2] < gonion[2] + 0.03)
  return { archLow: mean(lows), gonion, ramusX: Math.max(...ramus.map((p) => p[0])) }
}

/** The masseter's tube (left side). */
export function shapeMasseter(refs: DescribedRefs): Record<string, TubeFigure> {
  const { archLow, gonion, ramusX } = masseterLandmarks(refs.skeleton)
  console.log(`masseter landmarks: arch ${show(archLow)} gonion ${show(gonion)} ramus x ${ramusX.toFixed(4)}`)
  // Origin just under the arch; insertion at the angle, on the lateral face of the ramus.
  const origin: V = [archLow[0] - 0.003, archLow[1] - 0.001, archLow[2]]
  const insertion: V = [ramusX + 0.003, gonion[1] + 0.003, gonion[2] + 0.004]
  const d = sub(insertion, origin)
  const axis = unit(d)
  // Width runs front to back across the fibres (in the sagittal plane); thickness laterally.
  const across = unit([0, -axis[2], axis[1]])
  const b = cross(axis, across)
  const lateral: V = b[0] >= 0 ? b : scale(b, -1)
  const width = (u: number) => 0.013 + 0.004 * u + 0.002 * Math.sin(Math.PI * u)
  const half = (u: number) => 0.0015 + 0.0045 * Math.pow(Math.sin(Math.PI * u), 0.7)
  // The deep face lies on the bone: the middle sits most of a half-thickness lateral of it.
  const belly = bandTube({
    mid: (u, w) => add(add(origin, scale(d, u)), add(scale(across, w * width(u)), scale(lateral, half(u) * 0.6))),
    toward: () => lateral,
    halfThickness: half,
    superficial: lateral,
  })
  return { belly: { ...belly, origin, insertion } }
}
