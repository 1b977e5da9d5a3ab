/**
 * The muscle figures: the few numbers per muscle part from which the generator builds its
 * mesh (models/generator/figures/muscles.json, fitted by models/scripts/fit-muscles.ts). The JSON is read
 * through `parseFigures`, which checks its shape, so the rest of the code gets typed data.
 */
import figuresJson from './figures/muscles.json'
import type { Vec3 } from './vec3.ts'

/** A point or direction in the model frame (metres, +Y up, +Z anterior, +X body's left). */
export type { Vec3 }

/**
 * One muscle part as a closed cubic B-spline tube, always for the body's LEFT side (the right
 * side is its mirror image). `rings` run from the origin end to the insertion end; the points
 * of a ring run so that (along x around) points out of the muscle.
 */
export interface TubeFigure {
  /** Optional tag; entries without one are tubes. */
  kind?: 'tube'
  /** Control point at the origin end (the surface passes through it). */
  origin: Vec3
  /** Control point at the insertion end. */
  insertion: Vec3
  /** K rings of m control points each, origin to insertion. */
  rings: readonly (readonly Vec3[])[]
  /** Unit direction of the part's superficial face (toward the skin): "around" 0. */
  superficial: Vec3
}

/**
 * One broad, thin muscle part (the flank sheets) as a slab, for the body's LEFT side: a clamped
 * cubic B-spline mid-surface on a grid of control points and a thickness at each, closed by
 * edge and end walls. Rows run from the origin end to the insertion end ("along"), columns
 * across the sheet, ordered so that (along x across) points to the superficial face.
 */
export interface SheetFigure {
  kind: 'sheet'
  /** Mid-surface control points, rows (origin to insertion) of columns. */
  mid: readonly (readonly Vec3[])[]
  /** Thickness (metres) at each control point, same grid as `mid`. */
  thickness: readonly (readonly number[])[]
  /** Unit direction of the part's superficial face (toward the skin): "around" 0. */
  superficial: Vec3
}

/** The shape of one muscle part. */
export type PartFigure = TubeFigure | SheetFigure

/** True when the part is a sheet (tubes may carry no `kind` at all). */
export function isSheet(f: PartFigure): f is SheetFigure {
  return f.kind === 'sheet'
}

/** A muscle: its parts (ids as in src/data) and whether the shape was measured. */
export interface MuscleFigure {
  /** False when shaped from anatomical description, with no reference mesh to measure. */
  measured: boolean
  parts: Readonly<Record<string, PartFigure>>
  /**
   * The right side's own parts, for a muscle whose two sides are not mirror images (the
   * diaphragm: its right dome rides higher, over the liver). Stored mirrored into the left
   * frame like `parts`, so the right side is their mirror image (x -> -x). When absent, the
   * right side is the mirror image of `parts`.
   */
  rightParts?: Readonly<Record<string, PartFigure>>
}

/** The parts that shape one side of a muscle (left frame: the right side is their mirror image). */
export function sideParts(figure: MuscleFigure, side: 'left' | 'right'): Readonly<Record<string, PartFigure>> {
  return side === 'right' && figure.rightParts ? figure.rightParts : figure.parts
}

/** The whole figure file. */
export interface FigureSet {
  version: 1
  muscles: Readonly<Record<string, MuscleFigure>>
}

function isVec3(x: unknown): x is Vec3 {
  return Array.isArray(x) && x.length === 3 && x.every((n) => typeof n === 'number' && Number.isFinite(n))
}

function parseTube(where: string, x: unknown): TubeFigure {
  const t = x as Partial<Record<keyof TubeFigure, unknown>>
  if (!isVec3(t.origin) || !isVec3(t.insertion) || !isVec3(t.superficial))
    throw new Error(`${where}: bad origin/insertion/superficial`)
  if (!Array.isArray(t.rings) || t.rings.length < 2) throw new Error(`${where}: needs at least 2 rings`)
  const perRing = (t.rings[0] as unknown[]).length
  for (const ring of t.rings as unknown[]) {
    if (!Array.isArray(ring) || ring.length !== perRing || perRing < 4 || !ring.every(isVec3))
      throw new Error(`${where}: bad ring`)
  }
  return { origin: t.origin, insertion: t.insertion, superficial: t.superficial, rings: t.rings as Vec3[][] }
}

function parseSheet(where: string, x: unknown): SheetFigure {
  const t = x as Partial<Record<keyof SheetFigure, unknown>>
  if (!isVec3(t.superficial)) throw new Error(`${where}: bad superficial`)
  // A cubic clamped grid needs at least 4 control points each way.
  const rows = Array.isArray(t.mid) ? t.mid.length : 0
  const cols = rows ? ((t.mid as unknown[][])[0]?.length ?? 0) : 0
  if (rows < 4 || cols < 4) throw new Error(`${where}: sheet needs at least 4 x 4 control points`)
  for (const row of t.mid as unknown[])
    if (!Array.isArray(row) || row.length !== cols || !row.every(isVec3)) throw new Error(`${where}: bad mid row`)
  const okThickness =
    Array.isArray(t.thickness) &&
    t.thickness.length === rows &&
    (t.thickness as unknown[]).every(
      (r) =>
        Array.isArray(r) && r.length === cols && r.every((n) => typeof n === 'number' && Number.isFinite(n) && n > 0),
    )
  if (!okThickness) throw new Error(`${where}: thickness must match the mid grid, every value > 0`)
  return { kind: 'sheet', mid: t.mid as Vec3[][], thickness: t.thickness as number[][], superficial: t.superficial }
}

function parsePart(where: string, x: unknown): PartFigure {
  const kind = (x as { kind?: unknown }).kind
  if (kind === 'sheet') return parseSheet(where, x)
  if (kind !== undefined && kind !== 'tube') throw new Error(`${where}: unknown kind ${JSON.stringify(kind)}`)
  return parseTube(where, x)
}

/** Checks and types a parsed figure file; throws naming the first bad entry. */
export function parseFigures(json: unknown): FigureSet {
  const root = json as { version?: unknown; muscles?: Record<string, unknown> }
  if (root.version !== 1 || typeof root.muscles !== 'object' || root.muscles === null)
    throw new Error('figures: expected version 1 with muscles')
  const muscles: Record<string, MuscleFigure> = {}
  for (const [id, m] of Object.entries(root.muscles)) {
    const mf = m as { measured?: unknown; parts?: Record<string, unknown>; rightParts?: Record<string, unknown> }
    if (typeof mf.measured !== 'boolean' || typeof mf.parts !== 'object' || mf.parts === null)
      throw new Error(`figures: ${id}: bad muscle`)
    const parts: Record<string, PartFigure> = {}
    for (const [partId, p] of Object.entries(mf.parts)) parts[partId] = parsePart(`figures: ${id}.${partId}`, p)
    if (mf.rightParts === undefined) {
      muscles[id] = { measured: mf.measured, parts }
      continue
    }
    if (
      typeof mf.rightParts !== 'object' ||
      mf.rightParts === null ||
      Object.keys(mf.rightParts).sort().join() !== Object.keys(parts).sort().join()
    )
      throw new Error(`figures: ${id}: rightParts must have the same parts as parts`)
    const rightParts: Record<string, PartFigure> = {}
    for (const [partId, p] of Object.entries(mf.rightParts))
      rightParts[partId] = parsePart(`figures: ${id}.rightParts.${partId}`, p)
    muscles[id] = { measured: mf.measured, parts, rightParts }
  }
  return { version: 1, muscles }
}

/** The committed figures, checked. */
export const figures: FigureSet = parseFigures(figuresJson)
