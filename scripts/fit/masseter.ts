/**
 * The masseter has no reference mesh, so it is shaped from its textbook description and placed
 * on skull landmarks measured in the reference skeleton: it arises from the lower border of
 * the zygomatic arch (its anterior two thirds, from the zygomatic process of the maxilla back
 * toward the articular tubercle) and inserts on the lateral surface of the ramus and the angle
 * of the mandible. A thick quadrilateral belly, about a centimetre thick, lying on the ramus.
 */
import type { TubeFigure, Vec3 } from '../../src/anatomy/figures.ts'
import type { ReferenceMesh } from '../reference.ts'
import type { SurfaceSamples } from './sampling.ts'
import { fitTube } from './tube-fit.ts'

type V = [number, number, number]

function find(skeleton: Map<string, ReferenceMesh>, fragment: string): ReferenceMesh {
  for (const [name, m] of skeleton) if (name.includes(fragment)) return m
  throw new Error(`masseter: no skeleton node matching ${fragment}`)
}

function points(m: ReferenceMesh, keep: (p: V) => boolean): V[] {
  const out: V[] = []
  for (let i = 0; i < m.positions.length; i += 3) {
    const p: V = [m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]
    if (keep(p)) out.push(p)
  }
  return out
}

const mean = (ps: V[]): V => ps.reduce<V>((s, p) => [s[0] + p[0] / ps.length, s[1] + p[1] / ps.length, s[2] + p[2] / ps.length], [0, 0, 0])

/** Skull landmarks (left side) that place the masseter. */
export function masseterLandmarks(skeleton: Map<string, ReferenceMesh>): { archLow: V; gonion: V; ramusX: number } {
  const arch = [...points(find(skeleton, 'zygomatic_bone_l'), (p) => p[0] > 0.045), ...points(find(skeleton, 'temporal_bone_l'), (p) => p[0] > 0.045 && p[1] < 1.52)]
  const zmin = Math.min(...points(find(skeleton, 'mandible'), (p) => p[0] > 0.005).map((p) => p[2]))
  // Lowest point of the arch in 5 mm bands from 1.5 cm to 5 cm in front of the condyle.
  const lows: V[] = []
  for (let z = zmin + 0.015; z <= zmin + 0.05; z += 0.005) {
    const band = arch.filter((p) => Math.abs(p[2] - z) < 0.0025)
    if (band.length) lows.push(band.reduce((a, b) => (b[1] < a[1] ? b : a)))
  }
  const mandible = points(find(skeleton, 'mandible'), (p) => p[0] > 0.005)
  // The angle: the most posterior-inferior point of the mandible's left half.
  const gonion = mandible.reduce((a, b) => (-b[1] - b[2] > -a[1] - a[2] ? b : a))
  const ramus = mandible.filter((p) => Math.abs(p[1] - (gonion[1] + 0.012)) < 0.006 && p[2] < gonion[2] + 0.03)
  return { archLow: mean(lows), gonion, ramusX: Math.max(...ramus.map((p) => p[0])) }
}

/** The masseter's tube (left side), from an analytic belly fitted like a measured one. */
export async function fitMasseter(skeleton: Map<string, ReferenceMesh>): Promise<TubeFigure> {
  const { archLow, gonion, ramusX } = masseterLandmarks(skeleton)
  console.log(`masseter landmarks: arch ${archLow.map((x) => x.toFixed(4))} gonion ${gonion.map((x) => x.toFixed(4))} ramus x ${ramusX.toFixed(4)}`)
  // Origin just under the arch; insertion at the angle, on the lateral face of the ramus.
  const origin: V = [archLow[0] - 0.003, archLow[1] - 0.001, archLow[2]]
  const insertion: V = [ramusX + 0.003, gonion[1] + 0.003, gonion[2] + 0.004]
  const d: V = [insertion[0] - origin[0], insertion[1] - origin[1], insertion[2] - origin[2]]
  const len = Math.hypot(...d)
  const axis: V = [d[0] / len, d[1] / len, d[2] / len]
  // Width runs front to back across the fibres; thickness runs laterally.
  // Perpendicular to the axis within the sagittal plane.
  let a: V = [0, -axis[2], axis[1]]
  const al = Math.hypot(...a)
  a = [a[0] / al, a[1] / al, a[2] / al]
  const b: V = [axis[1] * a[2] - axis[2] * a[1], axis[2] * a[0] - axis[0] * a[2], axis[0] * a[1] - axis[1] * a[0]]
  const lateral: V = b[0] >= 0 ? b : [-b[0], -b[1], -b[2]]
  const n = 6000
  const pts = new Float64Array(n * 3)
  const nrm = new Float64Array(n * 3)
  let k = 0
  const steps = 60
  for (let i = 0; i < steps; i++) {
    const s = (i + 0.5) / steps
    const width = 0.013 + 0.004 * s + 0.002 * Math.sin(Math.PI * s)
    const half = 0.0015 + 0.0045 * Math.pow(Math.sin(Math.PI * s), 0.7)
    // The deep face lies on the bone: the centre sits one half-thickness lateral of it.
    const c: V = [origin[0] + d[0] * s + lateral[0] * half * 0.6, origin[1] + d[1] * s + lateral[1] * half * 0.6, origin[2] + d[2] * s + lateral[2] * half * 0.6]
    for (let j = 0; j < n / steps; j++) {
      const th = (2 * Math.PI * j) / (n / steps)
      for (let q = 0; q < 3; q++) {
        pts[k * 3 + q] = c[q]! + width * Math.cos(th) * a[q]! + half * Math.sin(th) * lateral[q]!
        nrm[k * 3 + q] = Math.cos(th) * a[q]! + Math.sin(th) * lateral[q]!
      }
      k++
    }
  }
  // Close the ends at the attachments so the slices see the full length.
  const samples: SurfaceSamples = { points: pts.subarray(0, k * 3), normals: nrm.subarray(0, k * 3), count: k }
  const superficial: Vec3 = lateral
  const fit = fitTube(samples, { originToward: [0, 1, 0], superficial, axis, iterations: 0 })
  return { ...fit.figure, origin, insertion }
}
