/**
 * The lighter body drawn while the camera moves (see MotionView.tsx), as plain arrays: which
 * skin vertices must stay where they are, and every muscle merged into one mesh. Pure functions
 * over typed arrays; the simplification itself is meshoptimizer's (passed in, so the tests and
 * the app share these without loading its WebAssembly twice).
 */
import type { MeshoptSimplifier } from 'meshoptimizer/simplifier'

export type Simplifier = Pick<typeof MeshoptSimplifier, 'simplify' | 'simplifyWithAttributes'>

/**
 * Vertices of a triangle whose corners carry different labels: the skin's zone edges run
 * through these triangles, so the simplified skin keeps them and draws each zone's outline where
 * the full skin does.
 */
export function labelBorders(index: ArrayLike<number>, labels: ArrayLike<number>, vertexCount: number): Uint8Array {
  const locked = new Uint8Array(vertexCount)
  for (let t = 0; t + 2 < index.length; t += 3) {
    const corners = [index[t] ?? 0, index[t + 1] ?? 0, index[t + 2] ?? 0]
    const [a, b, c] = corners.map((v) => labels[v])
    if (a !== b || b !== c) for (const v of corners) locked[v] = 1
  }
  return locked
}

/**
 * How far a simplified surface may stray from the full one, in metres (the model's unit). Not a
 * share of each mesh's size: a broad thin sheet (latissimus, trapezius) lies a millimetre or two
 * over the muscles beneath it, and 2 % of its size would sink it under them.
 */
export const maxError = 0.0005

/**
 * How far a skin with only a drawing's edges kept (drawnClasses), or none, may stray, metres:
 * four times the muscles' bound. Between those edges it is one colour, an outline a few pixels
 * wide on screen, and it is lifted off the body (or, as the backdrop, pulled under it) by more
 * than this.
 */
export const bareSkinError = 0.002

/**
 * The muscles' coarser sets for a moving frame, by how far each may stray (metres), each
 * simplified from the one before: a frame draws the coarsest whose error is under half a pixel
 * of it (MotionView.tsx). The body seen whole turns with the last (about 0.4 px on a phone or the
 * benchmark's desktop canvas), a framed pattern with the first; zoomed in further, the muscles
 * within maxError.
 */
export const coarseMuscleErrors = [0.001, 0.002] as const

/** A triangle count that is a whole number of triangles, at least one. */
const indexTarget = (indexCount: number, share: number) => Math.max(3, Math.round((indexCount * share) / 3) * 3)

/**
 * The skin with about `share` of its triangles: zone edges locked (labelBorders) and the mesh's
 * open borders too (its seams), so nothing shifts that the pain patterns draw.
 */
export function simplifySkin(
  simplifier: Simplifier,
  positions: Float32Array,
  index: Uint32Array,
  labels: ArrayLike<number>,
  share: number,
  error = maxError,
): Uint32Array {
  const locked = labelBorders(index, labels, positions.length / 3)
  const [simplified] = simplifier.simplifyWithAttributes(
    index,
    positions,
    3,
    new Float32Array(positions.length / 3),
    1,
    [0],
    locked,
    indexTarget(index.length, share),
    error,
    ['LockBorder', 'ErrorAbsolute'],
  )
  return simplified
}

/**
 * Each vertex's class by what the skin draws at its label: labels whose state bytes (`states`:
 * textures' bytes, four per label, as writeSkinStates and writeCompareStates lay them out) are
 * all the same share a class. simplifySkin given these instead of the region labels keeps only
 * the edges that show (a zone's, a mark's), not every region's; given no states, none (the bare
 * skin: one class, only its seams kept).
 */
export function drawnClasses(labels: ArrayLike<number>, states: readonly Uint8Array[]): Uint32Array {
  const classOf = new Map<string, number>()
  const labelClass = new Map<number, number>()
  const classes = new Uint32Array(labels.length)
  for (let v = 0; v < labels.length; v++) {
    const label = labels[v] ?? 0
    let found = labelClass.get(label)
    if (found === undefined) {
      const key = states.map((bytes) => bytes.subarray(label * 4, label * 4 + 4).join()).join(' ')
      found = classOf.get(key) ?? classOf.size
      classOf.set(key, found)
      labelClass.set(label, found)
    }
    classes[v] = found
  }
  return classes
}

/** One muscle on one side, in model space, with its simplified triangles. */
export interface MotionPart {
  positions: Float32Array
  normals: Float32Array
  index: Uint32Array
  /** Fewer triangles again, over vertices `index` uses: one set per coarseMuscleErrors entry. */
  coarseIndices: readonly Uint32Array[]
  /** Tendon share per vertex, 0–255 (the muscle shader's `_tendon`). */
  tendon: ArrayLike<number> | null
  /** Its place in the palette that colours the merged mesh. */
  slot: number
  /** Its matrix mirrors (a negative determinant): its triangles turn the other way once in model space. */
  mirrored: boolean
}

/** Every muscle in one mesh: only the vertices the simplified triangles use. */
export interface MergedMuscles {
  positions: Float32Array
  normals: Float32Array
  tendon: Uint8Array
  slots: Uint16Array
  index: Uint32Array
  /** The parts' coarser triangles, set by set, over the same vertices. */
  coarseIndices: Uint32Array[]
}

/** A muscle side with about `share` of its triangles, within `error` of its shape. */
export function simplifyMuscle(
  simplifier: Simplifier,
  positions: Float32Array,
  index: Uint32Array,
  share: number,
  error = maxError,
): Uint32Array {
  return simplifier.simplify(index, positions, 3, indexTarget(index.length, share), error, ['ErrorAbsolute'])[0]
}

/** Merges the parts (each already simplified), keeping only the vertices their triangles use. */
export function mergeMuscles(parts: readonly MotionPart[]): MergedMuscles {
  // Renumber each part's used vertices after those of the parts before it.
  let vertexCount = 0
  let indexCount = 0
  const levels = Math.max(0, ...parts.map((part) => part.coarseIndices.length))
  const coarseCounts = new Array<number>(levels).fill(0)
  const remaps = parts.map((part) => {
    const remap = new Int32Array(part.positions.length / 3).fill(-1)
    for (const v of part.index) if (remap[v] === -1) remap[v] = vertexCount++
    // Simplified from `index`, the coarser triangles use its vertices; any other is kept too.
    part.coarseIndices.forEach((coarse, level) => {
      for (const v of coarse) if (remap[v] === -1) remap[v] = vertexCount++
      coarseCounts[level] = (coarseCounts[level] ?? 0) + coarse.length
    })
    indexCount += part.index.length
    return remap
  })
  const merged: MergedMuscles = {
    positions: new Float32Array(vertexCount * 3),
    normals: new Float32Array(vertexCount * 3),
    tendon: new Uint8Array(vertexCount),
    slots: new Uint16Array(vertexCount),
    index: new Uint32Array(indexCount),
    coarseIndices: coarseCounts.map((count) => new Uint32Array(count)),
  }
  let at = 0
  const coarseAt = coarseCounts.map(() => 0)
  parts.forEach((part, p) => {
    const remap = remaps[p] ?? new Int32Array()
    // Plain loops: per vertex, subarray views and closures cost a third of the merge.
    const { positions, normals } = merged
    for (let from = 0; from < remap.length; from++) {
      const to = remap[from] ?? -1
      if (to < 0) continue
      for (let k = 0; k < 3; k++) {
        positions[to * 3 + k] = part.positions[from * 3 + k] ?? 0
        normals[to * 3 + k] = part.normals[from * 3 + k] ?? 0
      }
      merged.tendon[to] = part.tendon?.[from] ?? 0
      merged.slots[to] = part.slot
    }
    // A mirrored part's triangles wind the other way in model space: two corners swap.
    const order = part.mirrored ? [0, 2, 1] : [0, 1, 2]
    for (let t = 0; t < part.index.length; t += 3)
      for (const corner of order) merged.index[at++] = remap[part.index[t + corner] ?? 0] ?? 0
    part.coarseIndices.forEach((coarse, level) => {
      const into = merged.coarseIndices[level]
      if (!into) return
      let to = coarseAt[level] ?? 0
      for (let t = 0; t < coarse.length; t += 3)
        for (const corner of order) into[to++] = remap[coarse[t + corner] ?? 0] ?? 0
      coarseAt[level] = to
    })
  })
  return merged
}
