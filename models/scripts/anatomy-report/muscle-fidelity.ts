/**
 * How closely each generated muscle matches its BodyParts3D reference (Node only; used by
 * `npm run anatomy:report` and by the fidelity test). Each data muscle is matched through its
 * parts' FMA ids, parts combined, on each side, and measured as displayed (the build's mesh):
 * - mean symmetric surface distance: points spread evenly by area over each surface, each
 *   measured to the nearest point of the other surface; the mean of the two directions' means;
 * - area-weighted surface-centroid distance (the measure the reference manifest uses);
 * - enclosed volume, ours over the reference's (the reference's pieces each counted positive:
 *   models/scripts/reference-volume.ts).
 */
import type { Muscle } from '../../../src/data/types.ts'
import type { FigureSet } from '../../generator/figures.ts'
import { mergeMeshes, surfaceCentroid, type TriangleMesh } from '../../generator/mesh.ts'
import { muscleMesh } from '../../generator/muscle-shape.ts'
import type { ReferenceMesh } from '../reference.ts'
import { referenceSide } from '../../fit/half.ts'
import { pieceVolume, volumeAbout } from '../reference-volume.ts'
import { sampleSurface } from '../surface-distance.ts'
import { nearestSurface } from '../../generator/nearest-surface.ts'

/** One muscle side's figures, millimetres and a ratio. */
export interface MuscleFidelity {
  muscle: string
  side: 'left' | 'right'
  parts: string[]
  /** Mean symmetric surface distance, mm. */
  surfaceMm: number
  /** Mean distance from our surface to the reference and back, mm (the two halves of the above). */
  oursToReferenceMm: number
  referenceToOursMm: number
  /** 90th percentile of all the point distances, mm. */
  p90Mm: number
  centroidMm: number
  /** Our enclosed volume over the reference's. */
  volumeRatio: number
  referenceVolumeCm3: number
}

/** About one sample per `areaPerPoint` m², between `minPoints` and `maxPoints` per surface. */
export interface SamplingOptions {
  areaPerPoint: number
  minPoints: number
  maxPoints: number
}

export const reportSampling: SamplingOptions = { areaPerPoint: 1e-6, minPoints: 3000, maxPoints: 40000 }

function samplesFor(
  mesh: { positions: ArrayLike<number>; indices: ArrayLike<number> },
  area: number,
  o: SamplingOptions,
  seed: number,
): number[][] {
  const want = Math.min(o.maxPoints, Math.max(o.minPoints, area / o.areaPerPoint))
  return sampleSurface(mesh.positions, mesh.indices, area / want, seed).points
}

/**
 * Compares one generated mesh with one reference mesh (`refVolume`: the reference's volume
 * where it is known, as for half a midline mesh; measured piece by piece otherwise).
 */
export function compareSurfaces(
  ours: TriangleMesh,
  ref: { positions: ArrayLike<number>; indices: ArrayLike<number> },
  o: SamplingOptions = reportSampling,
  refVolume = pieceVolume(ref.positions, ref.indices),
): Omit<MuscleFidelity, 'muscle' | 'side' | 'parts'> {
  const a = surfaceCentroid(ours.positions, ours.indices)
  const b = surfaceCentroid(ref.positions, ref.indices)
  const toRef = nearestSurface(ref)
  const toOurs = nearestSurface(ours)
  const fwd = samplesFor(ours, a.area, o, 11).map((p) => toRef(p).distance)
  const back = samplesFor(ref, b.area, o, 12).map((p) => toOurs(p).distance)
  const mean = (x: number[]) => x.reduce((s, d) => s + d, 0) / x.length
  const all = [...fwd, ...back].sort((x, y) => x - y)
  return {
    // Each direction has equal say (the skin figure is defined the same way).
    surfaceMm: 500 * (mean(fwd) + mean(back)),
    oursToReferenceMm: 1000 * mean(fwd),
    referenceToOursMm: 1000 * mean(back),
    p90Mm: 1000 * all[Math.floor(all.length * 0.9)]!,
    centroidMm:
      1000 * Math.hypot(a.centroid[0] - b.centroid[0], a.centroid[1] - b.centroid[1], a.centroid[2] - b.centroid[2]),
    volumeRatio: volumeAbout(ours.positions, ours.indices, a.centroid) / refVolume,
    referenceVolumeCm3: refVolume * 1e6,
  }
}

/** The reference mesh for a set of FMA ids on one side, merged, with its volume. */
function referenceFor(
  fmas: readonly string[],
  side: 'left' | 'right',
  byFma: ReadonlyMap<string, readonly ReferenceMesh[]>,
): { mesh: TriangleMesh; volume: number } {
  const refs = fmas.map((f) => {
    const r = referenceSide(byFma, f, side)
    if (!r) throw new Error(`anatomy report: no ${side} reference mesh for ${f}`)
    return r
  })
  return {
    mesh: mergeMeshes(
      refs.map((r) => ({
        positions: Float32Array.from(r.positions),
        indices: r.indices,
        normals: new Float32Array(r.positions.length),
      })),
    ),
    volume: refs.reduce((v, r) => v + (r.volume ?? pieceVolume(r.positions, r.indices)), 0),
  }
}

/** Our mesh of one muscle side; by default the figure's tubes, parts merged. */
export type MeshOf = (id: string, side: 'left' | 'right') => TriangleMesh

/**
 * Every measured data muscle on both sides (muscles without FMA ids are left out: see
 * `unmeasuredMuscles`). Pass `meshOf` to measure the built model's meshes (kept under the skin).
 */
export function measureMuscles(
  data: Readonly<Record<string, Muscle>>,
  figureSet: FigureSet,
  byFma: ReadonlyMap<string, readonly ReferenceMesh[]>,
  o: SamplingOptions = reportSampling,
  meshOf: MeshOf = (id, side) => muscleMesh(figureSet.muscles[id]!, side),
): MuscleFidelity[] {
  const out: MuscleFidelity[] = []
  for (const id of Object.keys(data).sort()) {
    const muscle = data[id]!
    const figure = figureSet.muscles[id]
    if (!figure || !figure.measured || muscle.parts.some((p) => !p.fma)) continue
    for (const side of ['left', 'right'] as const) {
      const ref = referenceFor(
        muscle.parts.map((p) => p.fma![side]),
        side,
        byFma,
      )
      out.push({
        muscle: id,
        side,
        parts: muscle.parts.map((p) => p.id),
        ...compareSurfaces(meshOf(id, side), ref.mesh, o, ref.volume),
      })
    }
  }
  return out
}

/** Data muscles with no reference mesh, shaped from anatomical description instead. */
export function unmeasuredMuscles(data: Readonly<Record<string, Muscle>>, figureSet: FigureSet): string[] {
  return Object.keys(data)
    .filter((id) => !figureSet.muscles[id]?.measured || data[id]!.parts.some((p) => !p.fma))
    .sort()
}
