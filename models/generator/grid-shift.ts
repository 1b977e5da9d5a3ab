/**
 * Moving vertices of a muscle's grid (muscle-shape.ts: a pole, rings of `around`, a pole) by
 * per-vertex shifts, for the build steps that keep muscles under the skin and in their layers.
 * A shift carried across the thickness (around 0.5 - v: the deep face under a superficial one)
 * moves a thin part in whole instead of squashing it.
 */
import { vertexNormals } from './mesh.ts'

/** The grid layout of a tube or sheet mesh: `along` rings of `around` vertices between two poles. */
export interface GridLayout {
  along: number
  around: number
}

/** Per-vertex shifts (xyz) and their lengths; a length of 0 means the vertex stays. */
export interface Shifts {
  shift: Float64Array
  size: Float64Array
}

export function noShifts(vertices: number): Shifts {
  return { shift: new Float64Array(vertices * 3), size: new Float64Array(vertices) }
}

/** Gives each ring vertex across the thickness the larger of its own shift and its partner's. */
export function carryAcross(s: Shifts, layout: GridLayout): void {
  const { along, around } = layout
  const own = Float64Array.from(s.size)
  for (let r = 1; r <= along; r++) {
    for (let j = 0; j < around; j++) {
      const i = 1 + (r - 1) * around + j
      const across = 1 + (r - 1) * around + ((((Math.round(around / 2) - j) % around) + around) % around)
      if (own[i]! > s.size[across]!) {
        for (let k = 0; k < 3; k++) s.shift[across * 3 + k] = s.shift[i * 3 + k]!
        s.size[across] = own[i]!
      }
    }
  }
}

/** Applies the shifts, recomputes the normals when anything moved, and returns how many moved. */
export function applyShifts(
  mesh: { positions: Float32Array; normals: Float32Array; indices: ArrayLike<number> },
  s: Shifts,
): number {
  let moved = 0
  for (let i = 0; i < s.size.length; i++) {
    if (s.size[i] === 0) continue
    for (let k = 0; k < 3; k++) mesh.positions[i * 3 + k] = mesh.positions[i * 3 + k]! + s.shift[i * 3 + k]!
    moved++
  }
  if (moved > 0) mesh.normals.set(vertexNormals(mesh.positions, mesh.indices))
  return moved
}
