/**
 * Builds the lighter body drawn while the camera moves (MotionView.tsx) from the loaded model:
 * the skin with a quarter of its triangles over the skin's own vertex buffers (so its zones,
 * marks and heat read the same labels), and every muscle side simplified and merged into one
 * mesh, one draw instead of 232. Runs once per model, after the muscles are drawn, in slices
 * that leave the main thread free between them; meshoptimizer's simplifier (WebAssembly, about
 * 16 KiB brotli-compressed) is fetched only then.
 */
import { BufferAttribute, BufferGeometry, Matrix3, Vector3 } from 'three'
import type { ModelPart } from './modelPart.ts'
import { inSlices } from './inSlices.ts'
import { skinInModelSpace } from './skinInModelSpace.ts'
import { mergeMuscles, simplifyMuscle, simplifySkin, type MotionPart, type Simplifier } from './motionLod.ts'

/**
 * Shares of the triangles kept while moving, chosen by measuring orbit frames under a software
 * rasteriser (`npm run bench`): the body's shape and every zone edge hold, and the frame costs
 * about what an empty canvas's does.
 */
export const motionShares = { skin: 0.25, muscles: 0.2 }

export interface MotionBody {
  /** The skin's vertices with fewer triangles: for the skin and the backdrop while moving. */
  skin: BufferGeometry
  /** Every muscle side in one mesh, `_slot` naming each vertex's side. */
  muscles: BufferGeometry
  /** Slot of each muscle mesh, by its node name (`muscle_<id>_<l|r>`). */
  slotOf: ReadonlyMap<string, number>
  dispose: () => void
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

/** The skin's geometry sharing every attribute of the full skin, with the simplified triangles. */
function lighterSkin(simplifier: Simplifier, skin: ModelPart): BufferGeometry {
  const full = skin.geometry
  // In metres, as the error bound is; the index is the same either way.
  const mesh = skinInModelSpace(full, skin.matrix)
  if (!mesh) throw new Error('the skin has no region labels')
  const index = simplifySkin(simplifier, mesh.positions, Uint32Array.from(mesh.indices), mesh.labels, motionShares.skin)
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
 * The lighter body for a loaded model. `muscles` lists every muscle side by node name; the
 * result's slots follow that order. `cancel` stops between slices (the promise then never settles).
 */
export function buildMotionBody(
  skin: ModelPart,
  muscles: readonly { name: string; part: ModelPart }[],
): { done: Promise<MotionBody>; cancel: () => void } {
  let cancelled = false
  let slicing: { cancel: () => void } | null = null
  const done = loadSimplifier().then(async (simplifier) => {
    const parts: MotionPart[] = []
    const job = inSlices(muscles, ({ part }) => {
      const { positions, normals } = inModelSpace(part)
      parts.push({
        positions,
        normals,
        index: simplifyMuscle(simplifier, positions, indexOf(part.geometry), motionShares.muscles),
        tendon: part.geometry.hasAttribute('_tendon') ? perVertex(part.geometry, '_tendon') : null,
        slot: parts.length,
        mirrored: part.matrix.determinant() < 0,
      })
    })
    slicing = job
    if (cancelled) job.cancel()
    await job.done
    if (cancelled) return new Promise<never>(() => {})
    const merged = mergeMuscles(parts)
    const musclesGeometry = new BufferGeometry()
    musclesGeometry.setAttribute('position', new BufferAttribute(merged.positions, 3))
    musclesGeometry.setAttribute('normal', new BufferAttribute(merged.normals, 3))
    musclesGeometry.setAttribute('_tendon', new BufferAttribute(merged.tendon, 1))
    musclesGeometry.setAttribute('_slot', new BufferAttribute(merged.slots, 1))
    musclesGeometry.setIndex(new BufferAttribute(merged.index, 1))
    musclesGeometry.computeBoundingSphere()
    const skinGeometry = lighterSkin(simplifier, skin)
    return {
      skin: skinGeometry,
      muscles: musclesGeometry,
      slotOf: new Map(muscles.map(({ name }, slot) => [name, slot])),
      dispose: () => {
        // The skin's lighter geometry shares the full skin's buffers, which its dispose() would
        // delete under the full skin: it is left to the garbage collector instead (three keeps
        // its small index buffer until the page goes; this runs only when the model changes).
        skinGeometry.setIndex(null)
        musclesGeometry.dispose()
      },
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
