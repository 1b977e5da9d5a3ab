/**
 * Per-vertex surface attributes for drawing muscles as an atlas does: which way the fibres run
 * (`_FIBRE`, for the striation) and where the belly gives way to tendon (`_TENDON`, drawn pale).
 * Both are read off a part's grid (muscle-shape.ts): fibres run along it, origin to insertion.
 */
import type { TubeGrid } from './muscle-shape.ts'

/** Spacing of the fibre striation drawn on the muscles, metres (at a part's widest). */
const fibreSpacing = 0.004
/** `_FIBRE` holds the coordinates times this, as whole numbers. */
export const fibreScale = 100

/**
 * Fibres run along a part from origin to insertion, so a fibre is a line of constant `around`.
 * Each vertex gets N * (cos 2πv, sin 2πv), v its place around the part and N the number of
 * fibre stripes round it (its widest girth over `fibreSpacing`): the shader takes the angle
 * times the length and draws a faint stripe per fibre bundle, converging into the tendons.
 * An angle, not v itself, so the stripes run on across the seam where v wraps from 1 to 0.
 */
export function fibreCoordinates(grid: TubeGrid): Int16Array {
  const { along, around, positions: p } = grid
  let girth = 0
  for (let r = 1; r <= along; r++) {
    let perimeter = 0
    for (let j = 0; j < around; j++) {
      const a = (1 + (r - 1) * around + j) * 3,
        b = (1 + (r - 1) * around + ((j + 1) % around)) * 3
      perimeter += Math.hypot(p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!)
    }
    girth = Math.max(girth, perimeter)
  }
  const stripes = Math.max(6, Math.round(girth / fibreSpacing))
  const out = new Int16Array((p.length / 3) * 2)
  for (let r = 1; r <= along; r++) {
    for (let j = 0; j < around; j++) {
      const i = 1 + (r - 1) * around + j
      out[i * 2] = Math.round(stripes * fibreScale * Math.cos((2 * Math.PI * j) / around))
      out[i * 2 + 1] = Math.round(stripes * fibreScale * Math.sin((2 * Math.PI * j) / around))
    }
  }
  return out
}

/**
 * How much of a tendon each vertex is, 0 (belly) to 255 (tendon): a ring whose cross-section
 * is under about a quarter of the part's widest (by the square root of its area, so a radius
 * ratio) is tendon, over about 45 % belly, with a smooth change between. Poles take their
 * neighbouring ring's share.
 */
export function tendonShares(grid: TubeGrid): Uint8Array {
  const { along, around, positions: p } = grid
  const radius: number[] = []
  for (let r = 1; r <= along; r++) {
    // Vector area of the ring polygon: half the sum of cross products round it.
    let sx = 0,
      sy = 0,
      sz = 0
    for (let j = 0; j < around; j++) {
      const a = (1 + (r - 1) * around + j) * 3,
        b = (1 + (r - 1) * around + ((j + 1) % around)) * 3
      sx += p[a + 1]! * p[b + 2]! - p[a + 2]! * p[b + 1]!
      sy += p[a + 2]! * p[b]! - p[a]! * p[b + 2]!
      sz += p[a]! * p[b + 1]! - p[a + 1]! * p[b]!
    }
    radius.push(Math.sqrt(Math.hypot(sx, sy, sz) / 2))
  }
  const widest = Math.max(...radius)
  const share = radius.map((x) => {
    const t = Math.min(1, Math.max(0, (0.45 - x / widest) / 0.2))
    return Math.round(255 * t * t * (3 - 2 * t))
  })
  const out = new Uint8Array(p.length / 3)
  out[0] = share[0]!
  out[out.length - 1] = share[along - 1]!
  for (let r = 1; r <= along; r++) out.fill(share[r - 1]!, 1 + (r - 1) * around, 1 + r * around)
  return out
}
