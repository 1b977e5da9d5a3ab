/**
 * The muscle figures: the few numbers per muscle part from which the generator builds its
 * mesh (src/anatomy/figures/muscles.json, fitted by scripts/fit-muscles.ts). The JSON is read
 * through `parseFigures`, which checks its shape, so the rest of the code gets typed data.
 */
import figuresJson from './figures/muscles.json'

/** A point or direction in the model frame (metres, +Y up, +Z anterior, +X body's left). */
export type Vec3 = readonly [number, number, number]

/**
 * One muscle part as a closed cubic B-spline tube, always for the body's LEFT side (the right
 * side is its mirror image). `rings` run from the origin end to the insertion end; the points
 * of a ring run so that (along x around) points out of the muscle.
 */
export interface TubeFigure {
  /** Control point at the origin end (the surface passes through it). */
  origin: Vec3
  /** Control point at the insertion end. */
  insertion: Vec3
  /** K rings of m control points each, origin to insertion. */
  rings: readonly (readonly Vec3[])[]
  /** Unit direction of the part's superficial face (toward the skin): "around" 0. */
  superficial: Vec3
}

/** A muscle: its parts (ids as in src/data) and whether the shape was measured. */
export interface MuscleFigure {
  /** False when shaped from anatomical description, with no reference mesh to measure. */
  measured: boolean
  parts: Readonly<Record<string, TubeFigure>>
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
  if (!isVec3(t.origin) || !isVec3(t.insertion) || !isVec3(t.superficial)) throw new Error(`${where}: bad origin/insertion/superficial`)
  if (!Array.isArray(t.rings) || t.rings.length < 2) throw new Error(`${where}: needs at least 2 rings`)
  const perRing = (t.rings[0] as unknown[]).length
  for (const ring of t.rings as unknown[]) {
    if (!Array.isArray(ring) || ring.length !== perRing || perRing < 4 || !ring.every(isVec3)) throw new Error(`${where}: bad ring`)
  }
  return { origin: t.origin, insertion: t.insertion, superficial: t.superficial, rings: t.rings as Vec3[][] }
}

/** Checks and types a parsed figure file; throws naming the first bad entry. */
export function parseFigures(json: unknown): FigureSet {
  const root = json as { version?: unknown; muscles?: Record<string, unknown> }
  if (root.version !== 1 || typeof root.muscles !== 'object' || root.muscles === null) throw new Error('figures: expected version 1 with muscles')
  const muscles: Record<string, MuscleFigure> = {}
  for (const [id, m] of Object.entries(root.muscles)) {
    const mf = m as { measured?: unknown; parts?: Record<string, unknown> }
    if (typeof mf.measured !== 'boolean' || typeof mf.parts !== 'object' || mf.parts === null) throw new Error(`figures: ${id}: bad muscle`)
    const parts: Record<string, TubeFigure> = {}
    for (const [partId, p] of Object.entries(mf.parts)) parts[partId] = parseTube(`figures: ${id}.${partId}`, p)
    muscles[id] = { measured: mf.measured, parts }
  }
  return { version: 1, muscles }
}

/** The committed figures, checked. */
export const figures: FigureSet = parseFigures(figuresJson)
