/**
 * Fits one measured part: samples its reference mesh, fits the tube (or the sheet), quantises it, and
 * measures how well the generated mesh matches (centroid distance, surface distances both
 * ways, area ratio) for the report.
 */
import type { PartFigure, SheetFigure, TubeFigure, Vec3 } from '../generator/figures.ts'
import { surfaceCentroid } from '../generator/mesh.ts'
import { pointIndex } from '../generator/point-index.ts'
import { tubeMesh } from '../generator/muscle-shape.ts'
import type { ReferenceMesh } from '../scripts/reference.ts'
import type { PartSpec } from './parts.ts'
import { sampleSurface, type SurfaceSamples } from './sampling.ts'
import { fitSheet, matchSheetVolume } from './sheet-fit.ts'
import { fitTube } from './tube-fit.ts'
import { matchVolume } from './volume-match.ts'
import { pieceVolume } from '../scripts/reference-volume.ts'
import type { SideReference } from './half.ts'

/** Fit settings shared by every part. */
export interface FitSettings {
  iterations: number
  centroidWeight: number
}

/** A fitted part with its quality figures. */
export interface PartFit {
  figure: PartFigure
  samples: SurfaceSamples
  /** Generated-to-reference centroid distance, metres. */
  centroidError: number
  /** Reference samples to the figure's surface, metres: median and 90th percentile. */
  refToFig: [number, number]
  /** Figure's surface to the reference samples, metres: median and 90th percentile. */
  figToRef: [number, number]
  areaRatio: number
  length: number
}

/** Unit direction from `p` to the nearest skin vertex: where the skin is closest. */
export function towardSkin(p: Vec3, skin: ReferenceMesh): Vec3 {
  let best = 0,
    bd = Infinity
  const s = skin.positions
  for (let i = 0; i < s.length; i += 3) {
    const d = (s[i]! - p[0]) ** 2 + (s[i + 1]! - p[1]) ** 2 + (s[i + 2]! - p[2]) ** 2
    if (d < bd) {
      bd = d
      best = i
    }
  }
  const v: Vec3 = [s[best]! - p[0], s[best + 1]! - p[1], s[best + 2]! - p[2]]
  const l = Math.hypot(...v)
  return [v[0] / l, v[1] / l, v[2] / l]
}

/** The samples moved `by` metres along their (outward) normals. */
function inflated(s: SurfaceSamples, by: number): SurfaceSamples {
  const points = Float64Array.from(s.points)
  for (let i = 0; i < points.length; i++) points[i] = points[i]! + by * s.normals[i]!
  return { points, normals: s.normals, count: s.count }
}

/** Rounds a figure: positions to 0.1 mm, the superficial direction to 3 decimals. */
export function quantise(f: TubeFigure): TubeFigure {
  const q = (v: Vec3): Vec3 => [
    Math.round(v[0] * 1e4) / 1e4,
    Math.round(v[1] * 1e4) / 1e4,
    Math.round(v[2] * 1e4) / 1e4,
  ]
  const l = Math.hypot(...f.superficial)
  const s: Vec3 = [
    Math.round((f.superficial[0] / l) * 1e3) / 1e3,
    Math.round((f.superficial[1] / l) * 1e3) / 1e3,
    Math.round((f.superficial[2] / l) * 1e3) / 1e3,
  ]
  return { origin: q(f.origin), insertion: q(f.insertion), rings: f.rings.map((r) => r.map(q)), superficial: s }
}

/** Rounds a sheet: positions and thicknesses to 0.1 mm, the superficial direction to 3 decimals. */
export function quantiseSheet(f: SheetFigure): SheetFigure {
  const q = (x: number) => Math.round(x * 1e4) / 1e4
  const l = Math.hypot(...f.superficial)
  return {
    kind: 'sheet',
    mid: f.mid.map((r) => r.map((p) => [q(p[0]), q(p[1]), q(p[2])] as Vec3)),
    thickness: f.thickness.map((r) => r.map((t) => Math.max(1e-4, q(t)))),
    superficial: [
      Math.round((f.superficial[0] / l) * 1e3) / 1e3,
      Math.round((f.superficial[1] / l) * 1e3) / 1e3,
      Math.round((f.superficial[2] / l) * 1e3) / 1e3,
    ],
  }
}

/** The sheet for a spec that asks for one: fitted, quantised, its volume matched to the reference's. */
function sheetPart(
  spec: PartSpec,
  samples: SurfaceSamples,
  ref: SideReference,
  skin: ReferenceMesh,
  superficial: Vec3,
  settings: FitSettings,
  refCentroid: Vec3,
): { figure: SheetFigure; length: number } {
  // A sheet has ~2.5 times the tube's unknowns per step and needs a few more steps to settle its rim.
  const iterations = Math.max(40, settings.iterations)
  const centroid = spec.sheetCentroid ? { target: refCentroid, weight: settings.centroidWeight } : undefined
  const fit = fitSheet(samples, {
    originToward: spec.originToward,
    superficial,
    skin,
    iterations,
    centroid,
    domeAxisY: spec.domeAxisY,
    flat: spec.flat,
  })
  const q = quantiseSheet(fit.figure)
  return { figure: spec.keepVolume ? q : quantiseSheet(matchSheetVolume(q, referenceVolume(ref))), length: fit.length }
}

/** The reference's volume: a midline mesh's half carries its own (its cut face is open). */
function referenceVolume(ref: SideReference): number {
  return ref.volume ?? pieceVolume(ref.positions, ref.indices)
}

/** Nearest-point distances from a's points (every `stride`-th) to b's, sorted; for the report. */
function nearestDistances(a: ArrayLike<number>, b: ArrayLike<number>, stride: number): number[] {
  const index = pointIndex(b)
  const out: number[] = []
  for (let i = 0; i < a.length; i += 3 * stride) out.push(Math.sqrt(index.nearest(a[i]!, a[i + 1]!, a[i + 2]!).d2))
  return out.sort((x, y) => x - y)
}

/** Fits `spec`'s left reference mesh `ref`; `skin` gives the superficial side when the spec does not. */
export function fitPart(spec: PartSpec, ref: SideReference, skin: ReferenceMesh, settings: FitSettings): PartFit {
  const refStats = surfaceCentroid(ref.positions, ref.indices)
  const count = Math.min(20000, Math.max(4000, Math.round(refStats.area / 2e-6)))
  const samples = sampleSurface(ref.positions, ref.indices, count, 7)
  const superficial = spec.superficial ?? towardSkin(refStats.centroid, skin)
  let figure: PartFigure
  let length: number
  if (spec.sheet) {
    ;({ figure, length } = sheetPart(spec, samples, ref, skin, superficial, settings, refStats.centroid))
  } else {
    const target = spec.inflate ? inflated(samples, spec.inflate) : samples
    const fit = fitTube(target, {
      originToward: spec.originToward,
      superficial,
      axis: spec.axis,
      iterations: settings.iterations,
      centroid: refStats.centroid,
      centroidWeight: settings.centroidWeight,
    })
    // Quantised before and after the volume step, so that the step's input is what is committed.
    figure = quantise(
      spec.keepVolume ? quantise(fit.figure) : matchVolume(quantise(fit.figure), referenceVolume(ref)).figure,
    )
    length = fit.length
  }
  const mesh = tubeMesh(figure)
  const c = surfaceCentroid(mesh.positions, mesh.indices)
  const fine = tubeMesh(figure, { along: 80, around: 48 })
  const fwd = nearestDistances(samples.points, fine.positions, 4)
  const back = nearestDistances(fine.positions, samples.points, 2)
  const pick = (a: number[]): [number, number] => [a[Math.floor(a.length / 2)]!, a[Math.floor(a.length * 0.9)]!]
  return {
    figure,
    samples,
    centroidError: Math.hypot(
      c.centroid[0] - refStats.centroid[0],
      c.centroid[1] - refStats.centroid[1],
      c.centroid[2] - refStats.centroid[2],
    ),
    refToFig: pick(fwd),
    figToRef: pick(back),
    areaRatio: c.area / refStats.area,
    length,
  }
}

/** One report line for a fitted part. */
export function reportLine(spec: PartSpec, f: PartFit): string {
  const mm = (x: number) => (x * 1000).toFixed(1)
  return `${(spec.muscle + '.' + spec.part).padEnd(52)} centroid ${mm(f.centroidError).padStart(5)} mm  ref->fig med ${mm(f.refToFig[0])} p90 ${mm(f.refToFig[1])}  fig->ref med ${mm(f.figToRef[0])} p90 ${mm(f.figToRef[1])}  area ${f.areaRatio.toFixed(2)}  len ${(f.length * 100).toFixed(1)} cm${spec.note ? `  (${spec.note})` : ''}`
}
