/**
 * Builds the lighter body drawn while the camera moves (MotionView.tsx) from the loaded model:
 * the skin with about half of its triangles (every zone edge kept), or an eighth for the
 * backdrop and for a skin with nothing on it, over the skin's own vertex buffers (so its zones,
 * marks and heat read the same labels), and every muscle side simplified and merged into one
 * mesh, one draw instead of 232, with coarser sets of its triangles for the body seen from
 * further off. Runs once per model, after the muscles are drawn, in slices
 * that leave the main thread free between them; meshoptimizer's simplifier (WebAssembly, about
 * 16 KiB brotli-compressed) is fetched only then.
 */
import { BufferAttribute, BufferGeometry, Matrix3, Vector3 } from 'three'
import type { ModelPart } from './modelPart.ts'
import { inSlices } from './inSlices.ts'
import { skinInModelSpace } from './skinInModelSpace.ts'
import {
  bareSkinError,
  coarseMuscleErrors,
  drawnClasses,
  mergeMuscles,
  simplifyMuscle,
  simplifySkin,
  type MotionPart,
  type Simplifier,
} from './motionLod.ts'

/**
 * Shares of the triangles aimed at while moving. The error bounds (motionLod.ts) stop the
 * simplifier first where the shape or a zone edge would go: the skin keeps about half.
 */
export const motionShares = { skin: 0.25, muscles: 0.2 }
/** Each coarser set of muscles asks for this share of the set before; its error bound stops it first. */
const coarserShare = 0.5

export interface MotionBody {
  /** The skin's vertices with fewer triangles, every zone edge kept: the skin while it shows something. */
  skin: BufferGeometry
  /** The skin's vertices with far fewer triangles, no zone edge kept: the backdrop, and the skin showing nothing. */
  bareSkin: BufferGeometry
  /**
   * The skin with only the edges of what is drawn on it now kept (`states`: its state textures'
   * bytes), and elsewhere as bare as the bare skin (within `bareSkinError`). Tens of milliseconds
   * of work, asked for only while the camera moves with something drawn (drawnSkin.ts); it holds
   * the skin's positions and triangles in model space (a few MB) for the body's lifetime. Free
   * what it returns with releaseOwnIndex.
   */
  drawnSkin: (states: readonly Uint8Array[]) => BufferGeometry
  /** Every muscle side in one mesh, `_slot` naming each vertex's side. */
  muscles: BufferGeometry
  /** The same mesh with fewer triangles, within each of coarseMuscleErrors: the body seen from further off. */
  coarserMuscles: readonly CoarserMuscles[]
  /** Slot of each muscle mesh, by its node name (`muscle_<id>_<l|r>`). */
  slotOf: ReadonlyMap<string, number>
  /** The slots of the muscles that lie under others, pushed back while a coarser set is drawn. */
  deepSlots: ReadonlySet<number>
  dispose: () => void
}

/** The merged muscles simplified further: within `error` metres of the full muscles. */
export interface CoarserMuscles {
  error: number
  geometry: BufferGeometry
}

/** A mesh part's vertices in model space (its node matrix applied), and its normals likewise. */
function inModelSpace(part: ModelPart): { positions: Float32Array; normals: Float32Array } {
  const position = part.geometry.getAttribute('position') as BufferAttribute
  const normal = part.geometry.getAttribute('normal') as BufferAttribute
  const normalMatrix = new Matrix3().getNormalMatrix(part.matrix)
  const positions = new Float32Array(position.count * 3)
  const normals = new Float32Array(position.count * 3)
  const v = new Vector3()
  for (let i = 0; i < position.count; i++) {
    v.fromBufferAttribute(position, i)
      .applyMatrix4(part.matrix)
      .toArray(positions, i * 3)
    v.fromBufferAttribute(normal, i)
      .applyMatrix3(normalMatrix)
      .normalize()
      .toArray(normals, i * 3)
  }
  return { positions, normals }
}

/**
 * A one-number-per-vertex attribute as a plain array. Read through the attribute, not its
 * `array`: the loader may hand over attributes interleaved in one buffer.
 */
function perVertex(geometry: BufferGeometry, name: string): Float32Array {
  const attribute = geometry.getAttribute(name)
  return Float32Array.from({ length: attribute.count }, (_, i) => attribute.getX(i))
}

function indexOf(geometry: BufferGeometry): Uint32Array {
  const index = geometry.index
  if (index) return Uint32Array.from(index.array as ArrayLike<number>)
  return Uint32Array.from({ length: geometry.getAttribute('position').count }, (_, i) => i)
}

/**
 * Waits for a task of its own: each of the last steps of the build (merging the muscles, each
 * lighter skin) takes 50 to 150 ms under load, and in one task they made the longest task
 * after the muscles appear (about 240 to 340 ms; issue 13: none over 200 ms).
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** The skin's lighter geometries, each sharing every attribute of the full skin, with simplified triangles. */
async function lighterSkins(
  simplifier: Simplifier,
  skin: ModelPart,
): Promise<Pick<MotionBody, 'skin' | 'bareSkin' | 'drawnSkin'>> {
  // In metres, as the error bounds are; the index is the same either way.
  const mesh = skinInModelSpace(skin.geometry, skin.matrix)
  if (!mesh) throw new Error('the skin has no region labels')
  const index = Uint32Array.from(mesh.indices)
  const { positions, labels } = mesh
  // Only a drawing's edges held (none for the bare skin): between them the skin is one colour.
  const drawnSkin = (states: readonly Uint8Array[]) =>
    withIndex(skin.geometry, simplifySkin(simplifier, positions, index, drawnClasses(labels, states), 0, bareSkinError))
  const everyEdge = withIndex(skin.geometry, simplifySkin(simplifier, positions, index, labels, motionShares.skin))
  await nextTask()
  return { skin: everyEdge, bareSkin: drawnSkin([]), drawnSkin }
}

/**
 * Frees what a lighter geometry over another's attributes owns (its index, its vertex array
 * states: a lighter skin, the coarse muscles) and not the attributes it borrows, which three's
 * dispose() would delete under the geometry they belong to.
 */
export function releaseOwnIndex(geometry: BufferGeometry): void {
  for (const name of Object.keys(geometry.attributes)) geometry.deleteAttribute(name)
  geometry.dispose()
}

/** A geometry over `full`'s attributes with its own triangles. */
function withIndex(full: BufferGeometry, index: Uint32Array): BufferGeometry {
  const geometry = new BufferGeometry()
  for (const [name, attribute] of Object.entries(full.attributes)) geometry.setAttribute(name, attribute)
  geometry.setIndex(new BufferAttribute(index, 1))
  geometry.boundingSphere = full.boundingSphere
  geometry.boundingBox = full.boundingBox
  // Read every moving frame (where the body lies on screen): made here, once.
  if (!geometry.boundingBox) geometry.computeBoundingBox()
  return geometry
}

async function loadSimplifier(): Promise<Simplifier> {
  const { MeshoptSimplifier } = await import('meshoptimizer/simplifier')
  await MeshoptSimplifier.ready
  return MeshoptSimplifier
}

/**
 * The lighter body for a loaded model. `muscles` lists every muscle side by node name, and
 * whether it lies under others; the result's slots follow that order. `cancel` stops between
 * slices (the promise then never settles).
 */
export function buildMotionBody(
  skin: ModelPart,
  muscles: readonly { name: string; part: ModelPart; deep: boolean }[],
): { done: Promise<MotionBody>; cancel: () => void } {
  let cancelled = false
  let slicing: { cancel: () => void } | null = null
  const done = loadSimplifier().then(async (simplifier) => {
    const parts: MotionPart[] = []
    const job = inSlices(muscles, ({ part }) => {
      const { positions, normals } = inModelSpace(part)
      const index = simplifyMuscle(simplifier, positions, indexOf(part.geometry), motionShares.muscles)
      const coarseIndices: Uint32Array[] = []
      for (const error of coarseMuscleErrors)
        coarseIndices.push(simplifyMuscle(simplifier, positions, coarseIndices.at(-1) ?? index, coarserShare, error))
      parts.push({
        positions,
        normals,
        index,
        coarseIndices,
        tendon: part.geometry.hasAttribute('_tendon') ? perVertex(part.geometry, '_tendon') : null,
        slot: parts.length,
        mirrored: part.matrix.determinant() < 0,
      })
    })
    slicing = job
    if (cancelled) job.cancel()
    await job.done
    if (cancelled) return new Promise<never>(() => {})
    await nextTask()
    if (cancelled) return new Promise<never>(() => {})
    const merged = mergeMuscles(parts)
    const musclesGeometry = new BufferGeometry()
    musclesGeometry.setAttribute('position', new BufferAttribute(merged.positions, 3))
    musclesGeometry.setAttribute('normal', new BufferAttribute(merged.normals, 3))
    musclesGeometry.setAttribute('_tendon', new BufferAttribute(merged.tendon, 1))
    musclesGeometry.setAttribute('_slot', new BufferAttribute(merged.slots, 1))
    musclesGeometry.setIndex(new BufferAttribute(merged.index, 1))
    musclesGeometry.computeBoundingSphere()
    const coarserMuscles = coarseMuscleErrors.map((error, level) => ({
      error,
      geometry: withIndex(musclesGeometry, merged.coarseIndices[level] ?? merged.index),
    }))
    await nextTask()
    const skins = await lighterSkins(simplifier, skin)
    const dispose = () => {
      releaseOwnIndex(skins.skin)
      releaseOwnIndex(skins.bareSkin)
      for (const { geometry } of coarserMuscles) releaseOwnIndex(geometry)
      musclesGeometry.dispose()
    }
    if (cancelled) {
      dispose()
      return new Promise<never>(() => {})
    }
    return {
      ...skins,
      muscles: musclesGeometry,
      coarserMuscles,
      slotOf: new Map(muscles.map(({ name }, slot) => [name, slot])),
      deepSlots: new Set(muscles.flatMap(({ deep }, slot) => (deep ? [slot] : []))),
      dispose,
    }
  })
  return {
    done,
    cancel: () => {
      cancelled = true
      slicing?.cancel()
    },
  }
}
