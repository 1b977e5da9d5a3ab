/**
 * Writes the body model as a binary glTF: a `skin` node (with the `_REGION` vertex label) and
 * one node per muscle side, each one mesh with one primitive (with a `_PART` vertex label when
 * the muscle has several parts, `_FIBRE` coordinates for the fibre striation and `_TENDON` shares). Positions are
 * quantised
 * (KHR_mesh_quantization) and everything is meshopt-compressed (EXT_meshopt_compression);
 * `_REGION`, `_PART`, `_FIBRE` and `_TENDON` are left as exact whole numbers. No clocks or random numbers: same
 * input, same bytes.
 */
import { Document, Logger, WebIO, type Mesh } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { meshopt } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import type { BodyModel } from './body-model.ts'
import type { TriangleMesh } from './mesh.ts'

/** A custom vertex attribute, written exactly as given (whole numbers, not normalised). */
interface Extra {
  name: string
  type: 'SCALAR' | 'VEC2'
  array: Uint16Array | Int16Array | Uint8Array
}

function addMesh(doc: Document, name: string, mesh: TriangleMesh, extras: readonly Extra[] = []): Mesh {
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
    .setAttribute(
      'NORMAL',
      doc.createAccessor(`${name}_normal`).setType('VEC3').setArray(Float32Array.from(mesh.normals)).setBuffer(buffer),
    )
    .setIndices(
      doc
        .createAccessor(`${name}_indices`)
        .setType('SCALAR')
        .setArray(Uint32Array.from(mesh.indices))
        .setBuffer(buffer),
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

/** The model as a glTF document, not yet compressed. */
export function bodyDocument(model: BodyModel): Document {
  // Warnings only: the transforms' progress notes would clutter the build output.
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN))
  doc.createBuffer()
  const scene = doc.createScene('body')
  doc.getRoot().setDefaultScene(scene)
  scene.addChild(
    doc
      .createNode('skin')
      .setMesh(addMesh(doc, 'skin', model.skin, [{ name: '_REGION', type: 'SCALAR', array: model.skin.regionLabels }])),
  )
  for (const node of model.muscles)
    scene.addChild(doc.createNode(node.name).setMesh(addMesh(doc, node.name, node.mesh, muscleExtras(node))))
  return doc
}

/** The model as compressed glb bytes. */
export async function encodeBodyGlb(model: BodyModel): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const doc = bodyDocument(model)
  // 14-bit positions (per mesh: under 0.1 mm on the largest muscle), 8-bit octahedral normals.
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high', quantizePosition: 14 }))
  const io = new WebIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder })
  return io.writeBinary(doc)
}
