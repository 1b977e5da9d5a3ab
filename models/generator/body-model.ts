/**
 * Assembles the body model from the data and the figures: the skin, every data muscle on
 * each side as one mesh (its parts merged, each vertex labelled with its part), and the
 * manifest with each trigger point's anchor and each tender point's (on both sides).
 * Pure: no file access; models/scripts/build-model.ts writes the result.
 */
import type { Muscle, MusclePosition } from '../../src/data/types.ts'
import { sideParts, type FigureSet, type MuscleFigure } from './figures.ts'
import {
  manifestFrame,
  roundVec,
  type BodyManifest,
  type ManifestAnchor,
  type ManifestMuscleSide,
  type ManifestPair,
} from './manifest.ts'
import { bounds, surfaceCentroid, type TriangleMesh } from './mesh.ts'
import { mergeMeshes, mirrorX } from './mesh.ts'
import { partIds, tubeMesh, type TubeGrid } from './muscle-shape.ts'
import { anchorOnTube } from './trigger-point-anchor.ts'
import { regionCentres } from './region-centres.ts'
import { fibreCoordinates, tendonShares } from './fibres.ts'
import { coveredBy, keepUnder } from './layer-order.ts'
import { keepUnderSkin, skinProbe, type SkinProbe } from './skin-clearance.ts'

/** The skin as the skin generator returns it: a mesh plus a region label per vertex. */
export interface SkinMesh extends TriangleMesh {
  /** regionIndex * 2 + sideBit per vertex (see the manifest). */
  regionLabels: Uint16Array
}

/** One glb node: a name and its mesh. */
export interface ModelNode {
  name: string
  mesh: TriangleMesh
  /**
   * For a muscle of several parts: the part index (into the manifest's `parts`) of each
   * vertex, written as `_PART`, so that a click tells which part was touched.
   */
  partLabels?: Uint16Array
  /** Per vertex, where it lies around the muscle's fibres (see `fibreCoordinates`), as `_FIBRE`. */
  fibres?: Int16Array
  /** Per vertex, how much of a tendon it is, 0-255 (see `tendonShares`), as `_TENDON`. */
  tendons?: Uint8Array
}

/** Everything the build writes. */
export interface BodyModel {
  skin: SkinMesh
  /** Muscle nodes, sorted by name. */
  muscles: ModelNode[]
  manifest: BodyManifest
}

/** Inputs: the data's muscles, the fitted figures, the skin and the region order. */
export interface BodyModelInput {
  muscles: Readonly<Record<string, Muscle>>
  figures: FigureSet
  skin: SkinMesh
  regionIds: readonly string[]
  /**
   * Places that are not trigger points but are drawn on a muscle the same way (the ACR 1990
   * tender points): id -> a position on a data muscle. Each gets an anchor on both sides.
   */
  tenderPoints?: Readonly<Record<string, MusclePosition & { muscle: string }>>
}

/** Node name of one side of a muscle, as the contract fixes it. */
export function muscleNodeName(id: string, side: 'left' | 'right'): string {
  return `muscle_${id}_${side === 'left' ? 'l' : 'r'}`
}

function checkParts(id: string, muscle: Muscle, figure: MuscleFigure | undefined): MuscleFigure {
  if (!figure) throw new Error(`body model: no figure for muscle "${id}" (models/generator/figures/muscles.json)`)
  const want = muscle.parts.map((p) => p.id).sort()
  for (const parts of [figure.parts, figure.rightParts ?? figure.parts]) {
    const have = Object.keys(parts).sort()
    if (want.join() !== have.join())
      throw new Error(
        `body model: ${id} has parts [${want.join(', ')}] in the data but [${have.join(', ')}] in the figures`,
      )
  }
  return figure
}

/** Per-vertex attributes of a muscle (parts merged in `partIds` order), the same on both sides. */
interface MuscleAttributes {
  partLabels: Uint16Array
  fibres: Int16Array
  tendons: Uint8Array
}

function muscleAttributes(figure: MuscleFigure, grids: Map<string, TubeGrid>): MuscleAttributes {
  const ids = partIds(figure)
  const vertices = ids.reduce((n, p) => n + grids.get(p)!.positions.length / 3, 0)
  const out = {
    partLabels: new Uint16Array(vertices),
    fibres: new Int16Array(vertices * 2),
    tendons: new Uint8Array(vertices),
  }
  let at = 0
  ids.forEach((p, i) => {
    const grid = grids.get(p)!
    const n = grid.positions.length / 3
    out.partLabels.fill(i, at, at + n)
    out.fibres.set(fibreCoordinates(grid), at * 2)
    out.tendons.set(tendonShares(grid), at)
    at += n
  })
  return out
}

/**
 * One side's mesh, its parts merged in `partIds` order, from that side's grids (left frame).
 * The left grids are already under the skin; the skin is not quite symmetric, so each mirrored
 * right grid is kept under it on its own.
 */
function sideMesh(
  figure: MuscleFigure,
  grids: Map<string, TubeGrid>,
  which: 'left' | 'right',
  underSkin: SkinProbe,
): TriangleMesh {
  return mergeMeshes(
    partIds(figure).map((p) => {
      const grid = grids.get(p)!
      if (which === 'left') return grid
      const mirrored = mirrorX(grid)
      keepUnderSkin(underSkin, mirrored, undefined, grid)
      return mirrored
    }),
  )
}

/** The manifest anchor of a parametric position on one side of a muscle (`what` names it in errors). */
function anchorOn(
  id: string,
  muscle: Muscle,
  figure: MuscleFigure,
  grids: Map<string, TubeGrid>,
  which: 'left' | 'right',
  what: string,
  position: MusclePosition,
): ManifestAnchor {
  const partId = position.part ?? muscle.parts[0]!.id
  const grid = grids.get(partId)
  const fig = sideParts(figure, which)[partId]
  if (!grid || !fig) throw new Error(`body model: ${id}.${what} names part "${partId}", which ${id} lacks`)
  const a = anchorOnTube(grid, fig, position.along, position.around, which)
  return { position: roundVec(a.position), normal: roundVec(a.normal) }
}

function side(
  id: string,
  muscle: Muscle,
  figure: MuscleFigure,
  grids: Map<string, TubeGrid>,
  attributes: MuscleAttributes,
  which: 'left' | 'right',
  underSkin: SkinProbe,
): { node: ModelNode; manifest: ManifestMuscleSide } {
  const mesh = sideMesh(figure, grids, which, underSkin)
  const { partLabels, fibres, tendons } = attributes
  const name = muscleNodeName(id, which)
  const triggerPoints: Record<string, ManifestAnchor> = {}
  for (const trp of [...muscle.triggerPoints].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    triggerPoints[trp.id] = anchorOn(id, muscle, figure, grids, which, trp.id, trp.position)
  }
  const b = bounds(mesh.positions)
  return {
    node: { name, mesh, fibres, tendons, ...(muscle.parts.length > 1 ? { partLabels } : {}) },
    manifest: {
      node: name,
      centroid: roundVec(surfaceCentroid(mesh.positions, mesh.indices).centroid),
      bounds: { min: roundVec(b.min), max: roundVec(b.max) },
      triggerPoints,
    },
  }
}

/** Builds the whole model in memory. Deterministic: muscles and keys are sorted. */
export function buildBodyModel(input: BodyModelInput): BodyModel {
  const nodes: ModelNode[] = []
  const manifestMuscles: BodyManifest['muscles'] = {}
  // Trigger points are placed on the left grids, so those are kept under the skin first.
  const underSkin = skinProbe(input.skin)
  const ids = Object.keys(input.muscles).sort()
  const tender = Object.entries(input.tenderPoints ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  for (const [tp, marker] of tender)
    if (!input.muscles[marker.muscle])
      throw new Error(`body model: tender point ${tp} sits on "${marker.muscle}", which is not a data muscle`)
  const tenderPoints: Record<string, ManifestPair> = {}
  const gridsOf = new Map<string, Map<string, TubeGrid>>()
  for (const id of ids) {
    const figure = checkParts(id, input.muscles[id]!, input.figures.muscles[id])
    const grids = new Map(Object.entries(figure.parts).map(([p, f]) => [p, tubeMesh(f)]))
    for (const grid of grids.values()) keepUnderSkin(underSkin, grid, undefined, grid)
    gridsOf.set(id, grids)
  }
  for (const [deep, cover] of coveredBy) {
    if (gridsOf.has(deep) && gridsOf.has(cover))
      keepUnder(underSkin, [...gridsOf.get(deep)!.values()], [...gridsOf.get(cover)!.values()])
  }
  for (const id of ids) {
    const muscle = input.muscles[id]!
    const figure = input.figures.muscles[id]!
    const grids = gridsOf.get(id)!
    const attributes = muscleAttributes(figure, grids)
    const left = side(id, muscle, figure, grids, attributes, 'left', underSkin)
    // A muscle whose sides are not mirror images has its own right grids (left frame, as the
    // left ones: kept under the skin there first, then mirrored). Layer order acts on the left grids.
    const rightGrids = figure.rightParts
      ? new Map(Object.entries(figure.rightParts).map(([p, f]) => [p, tubeMesh(f)]))
      : grids
    if (figure.rightParts) for (const grid of rightGrids.values()) keepUnderSkin(underSkin, grid, undefined, grid)
    const right = side(
      id,
      muscle,
      figure,
      rightGrids,
      figure.rightParts ? muscleAttributes(figure, rightGrids) : attributes,
      'right',
      underSkin,
    )
    nodes.push(left.node, right.node)
    // Tender points on this muscle: placed as its trigger points are, on the same built grids.
    for (const [tp, marker] of tender) {
      if (marker.muscle !== id) continue
      tenderPoints[tp] = {
        left: anchorOn(id, muscle, figure, grids, 'left', tp, marker),
        right: anchorOn(id, muscle, figure, rightGrids, 'right', tp, marker),
      }
    }
    manifestMuscles[id] = {
      layer: muscle.layer,
      measured: figure.measured,
      parts: partIds(figure),
      left: left.manifest,
      right: right.manifest,
    }
  }
  const sb = bounds(input.skin.positions)
  return {
    skin: input.skin,
    muscles: nodes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    manifest: {
      version: 1,
      frame: manifestFrame,
      regions: [...input.regionIds],
      skin: {
        node: 'skin',
        attribute: '_REGION',
        bounds: { min: roundVec(sb.min), max: roundVec(sb.max) },
        regionCentres: regionCentres(input.skin.positions, input.skin.regionLabels, input.regionIds),
      },
      muscles: manifestMuscles,
      tenderPoints: Object.fromEntries(tender.map(([tp]) => [tp, tenderPoints[tp]!])),
    },
  }
}
