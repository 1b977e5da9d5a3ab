/**
 * Writes the body model as two binary glTF files, so the app can draw the body's outline while
 * the muscles still download (a sixth of the bytes, then the rest): `body-skin.glb`, the `skin`
 * node (with the `_REGION` vertex label), and `body-muscles.glb`, one node per muscle side, each
 * one mesh with one primitive (with a `_PART` vertex label when the muscle has several parts,
 * `_FIBRE` coordinates for the fibre striation and `_TENDON` shares).
 * The muscles carry no normals: theirs are the area-weighted vertex normals of their own
 * triangles (mesh.ts), which the app computes on load (src/scene/bodyModel.ts), saving a quarter
 * of the compressed file; the skin keeps its normals (its seams' are made by hand, skin.ts).
 * Positions are quantised per mesh (KHR_mesh_quantization, see POSITION_BITS) and everything is
 * meshopt-compressed (EXT_meshopt_compression);
 * `_REGION`, `_PART`, `_FIBRE` and `_TENDON` are left as exact whole numbers. No clocks or random numbers: same
 * input, same bytes.
 */
import { Document, Logger, PropertyType, WebIO, type Mesh, type Node } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { dedup, reorder } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import type { BodyModel } from './body-model.ts'
import type { ModelFile } from './model-files.ts'
import { bounds, type TriangleMesh } from './mesh.ts'

/** A custom vertex attribute, written exactly as given (whole numbers, not normalised). */
interface Extra {
  name: string
  type: 'SCALAR' | 'VEC2'
  array: Uint16Array | Int16Array | Uint8Array
}

/**
 * Bits per position component, per mesh. Each mesh is quantised over its own largest half-extent
 * h, so a vertex moves by at most h / (2^(bits-1) - 1) / 2 along each axis.
 * - Muscles, 12 bits: at most 0.06 mm along each axis on the longest (0.12 mm at most in all, which
 *   gltf.test.ts measures on the shipped file), a tenth of the fit's millimetre; 14 bits cost
 *   47 KiB more compressed.
 * - The skin, 14 bits (0.05 mm along each axis): at 12 bits (0.21 mm) the skin region nearest three trigger
 *   points changes (src/data/trigger-point-skin.ts, which the ranking reads), and 14 bits
 *   cost only 10 KiB.
 */
export const POSITION_BITS = { skin: 14, muscle: 12 } as const

/**
 * The grid a mesh's positions are quantised on: 2^bits steps across its largest extent, centred
 * on its bounds. A position v lies at grid index round((v - centre) / half * levels).
 */
export function quantisationGrid(
  positions: ArrayLike<number>,
  bits: number,
): { centre: [number, number, number]; half: number; levels: number } {
  const { min, max } = bounds(positions)
  const centre: [number, number, number] = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2]
  const half = Math.max(max[0] - min[0], max[1] - min[1], max[2] - min[2]) / 2
  return { centre, half, levels: 2 ** (bits - 1) - 1 }
}

/**
 * Stores a node's positions as 16-bit whole numbers on their quantisation grid
 * (KHR_mesh_quantization, normalised), the node's scale and translation mapping them back to
 * metres. Small numbers, not spread over the 16 bits, so the meshopt codec packs them tightly.
 */
function quantisePositions(node: Node, bits: number): void {
  const position = node.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!
  const p = position.getArray() as Float32Array
  const { centre, half, levels } = quantisationGrid(p, bits)
  position
    .setArray(Int16Array.from(p, (v, i) => Math.round(((v - centre[i % 3]!) / half) * levels)))
    .setNormalized(true)
  // A normalised int16 reads as n / 32767: scale it back to n / levels of the half-extent.
  const scale = (half * 32767) / levels
  node.setTranslation(centre).setScale([scale, scale, scale])
}

function addMesh(
  doc: Document,
  name: string,
  mesh: TriangleMesh,
  extras: readonly Extra[] = [],
  withNormals = false,
): Mesh {
  const buffer = doc.getRoot().listBuffers()[0]!
  const prim = doc
    .createPrimitive()
    .setAttribute(
      'POSITION',
      doc
        .createAccessor(`${name}_position`)
        .setType('VEC3')
        .setArray(Float32Array.from(mesh.positions))
        .setBuffer(buffer),
    )
  if (withNormals)
    prim.setAttribute(
      'NORMAL',
      doc.createAccessor(`${name}_normal`).setType('VEC3').setArray(Float32Array.from(mesh.normals)).setBuffer(buffer),
    )
  prim.setIndices(
    doc.createAccessor(`${name}_indices`).setType('SCALAR').setArray(Uint32Array.from(mesh.indices)).setBuffer(buffer),
  )
  for (const extra of extras)
    prim.setAttribute(
      extra.name,
      doc
        .createAccessor(`${name}${extra.name.toLowerCase()}`)
        .setType(extra.type)
        .setArray(extra.array.slice())
        .setBuffer(buffer),
    )
  return doc.createMesh(name).addPrimitive(prim)
}

function muscleExtras(node: BodyModel['muscles'][number]): Extra[] {
  const out: Extra[] = []
  if (node.partLabels) out.push({ name: '_PART', type: 'SCALAR', array: node.partLabels })
  if (node.fibres) out.push({ name: '_FIBRE', type: 'VEC2', array: node.fibres })
  if (node.tendons) out.push({ name: '_TENDON', type: 'SCALAR', array: node.tendons })
  return out
}

/** One file of the model as a glTF document, not yet compressed. */
export function bodyDocument(model: BodyModel, file: ModelFile): Document {
  // Warnings only: the transforms' progress notes would clutter the build output.
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN))
  doc.createBuffer()
  // Not named after a node: the app finds nodes by name, and a scene is an object too.
  const scene = doc.createScene(`body_${file}`)
  doc.getRoot().setDefaultScene(scene)
  if (file === 'skin')
    scene.addChild(
      doc
        .createNode('skin')
        .setMesh(
          addMesh(doc, 'skin', model.skin, [{ name: '_REGION', type: 'SCALAR', array: model.skin.regionLabels }], true),
        ),
    )
  else
    for (const node of model.muscles)
      scene.addChild(doc.createNode(node.name).setMesh(addMesh(doc, node.name, node.mesh, muscleExtras(node))))
  return doc
}

/** One file of the model as compressed glb bytes. */
export async function encodeBodyGlb(model: BodyModel, file: ModelFile): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const doc = bodyDocument(model, file)
  // What gltf-transform's meshopt() does, with each mesh's position bits of our own choosing:
  // vertices reordered for the codec, positions quantised, the skin's normals 8-bit octahedral
  // (the writer's filter), everything meshopt-compressed.
  await doc.transform(reorder({ encoder: MeshoptEncoder, target: 'size' }))
  for (const node of doc.getRoot().listNodes())
    quantisePositions(node, node.getName() === 'skin' ? POSITION_BITS.skin : POSITION_BITS.muscle)
  // A muscle's two sides share their triangles and labels (not their positions: each side is
  // kept under its own side of the skin): stored, and uploaded to the GPU, once. The picking
  // BVHs are built `indirect` for this (src/scene/pickingBvh.ts).
  await doc.transform(dedup({ propertyTypes: [PropertyType.ACCESSOR] }))
  doc.createExtension(KHRMeshQuantization).setRequired(true)
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER })
  const io = new WebIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder })
  return io.writeBinary(doc)
}
