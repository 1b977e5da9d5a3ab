/**
 * Unit directions on the body's LEFT side, for the per-part tables: +x lateral (away from the
 * midline), +y superior, +z anterior.
 */
import type { Vec3 } from '../generator/figures.ts'

export const SUP: Vec3 = [0, 1, 0]
export const INF: Vec3 = [0, -1, 0]
export const MED: Vec3 = [-1, 0, 0]
export const LAT: Vec3 = [1, 0, 0]
export const ANT: Vec3 = [0, 0, 1]
export const POST: Vec3 = [0, 0, -1]
