/**
 * The skin's model file (models/body-skin.glb) read without three.js, for the body's first paint
 * (src/firstPaint.ts): its one mesh's quantised arrays, decoded from meshopt, and the node's transform.
 * It reads only what that file holds (one node, one triangle mesh, every view meshopt-compressed,
 * KHR_mesh_quantization) and throws on anything else: the scene's own loader then draws the body.
 */

/** meshoptimizer's decoder, as its `decodeGltfBuffer` (passed in: the tests use the same one). */
export interface MeshoptDecoding {
  decodeGltfBuffer(
    target: Uint8Array,
    count: number,
    size: number,
    source: Uint8Array,
    mode: string,
    filter?: string,
  ): void
}

/** One vertex attribute as WebGL reads it: bytes, their component type, stride and normalisation. */
export interface SkinAttribute {
  bytes: Uint8Array
  /** WebGL's component type (gl.SHORT, gl.BYTE, ...), as glTF numbers them. */
  componentType: number
  components: number
  stride: number
  normalized: boolean
}

export interface SkinArrays {
  position: SkinAttribute
  normal: SkinAttribute
  /** Triangle indices (glTF componentType 5123). */
  index: Uint16Array
  /** The node's translation and uniform scale: model space from the positions as WebGL reads them (normalised). */
  translation: [number, number, number]
  scale: number
  /**
   * The skin's bounds in model space from its quantised extremes, rounded to 0.1 mm as the body's
   * manifest keeps the bounds the scene frames by (those come from the mesh before quantising, so
   * a figure may differ by 0.1 mm: a hundredth of a pixel on a phone's screen).
   */
  bounds: { min: [number, number, number]; max: [number, number, number] }
}

interface GltfJson {
  nodes: { mesh?: number; translation?: number[]; scale?: number[]; rotation?: number[] }[]
  meshes: { primitives: { attributes: Record<string, number>; indices?: number; mode?: number }[] }[]
  accessors: {
    bufferView: number
    byteOffset?: number
    componentType: number
    type: string
    count: number
    normalized?: boolean
    min?: number[]
    max?: number[]
  }[]
  bufferViews: {
    byteStride?: number
    extensions?: {
      EXT_meshopt_compression?: {
        buffer: number
        byteOffset?: number
        byteLength: number
        byteStride: number
        count: number
        mode: string
        filter?: string
      }
    }
  }[]
}

const GLB_MAGIC = 0x46546c67
const CHUNK_JSON = 0x4e4f534a
const CHUNK_BIN = 0x004e4942
const components: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 }
/** The largest value of a normalised signed component type (glTF: 5120 byte, 5122 short). */
const signedMax: Record<number, number> = { 5120: 127, 5122: 32767 }

function fail(what: string): never {
  throw new Error(`first paint: the skin's file ${what}`)
}

/** The JSON and binary chunks of a GLB. */
function chunks(buffer: ArrayBuffer): { json: GltfJson; bin: Uint8Array } {
  const view = new DataView(buffer)
  if (buffer.byteLength < 20 || view.getUint32(0, true) !== GLB_MAGIC) fail('is not a GLB')
  let json: GltfJson | null = null
  let bin: Uint8Array | null = null
  for (let at = 12; at + 8 <= buffer.byteLength;) {
    const length = view.getUint32(at, true)
    const type = view.getUint32(at + 4, true)
    if (at + 8 + length > buffer.byteLength) fail('is cut short')
    const body = new Uint8Array(buffer, at + 8, length)
    if (type === CHUNK_JSON) json = JSON.parse(new TextDecoder().decode(body)) as GltfJson
    else if (type === CHUNK_BIN) bin = body
    at += 8 + length
  }
  if (!json || !bin) fail('has no JSON or no binary chunk')
  return { json, bin }
}

/** An accessor's bytes, decoded from its meshopt-compressed view, with the view's stride. */
function decodeView(json: GltfJson, bin: Uint8Array, accessor: number, decoder: MeshoptDecoding) {
  const a = json.accessors[accessor] ?? fail(`has no accessor ${accessor}`)
  const ext = json.bufferViews[a.bufferView]?.extensions?.EXT_meshopt_compression
  if (!ext || ext.buffer !== 0) fail('has a view not compressed into its binary chunk')
  const bytes = new Uint8Array(ext.count * ext.byteStride)
  const source = bin.subarray(ext.byteOffset ?? 0, (ext.byteOffset ?? 0) + ext.byteLength)
  decoder.decodeGltfBuffer(bytes, ext.count, ext.byteStride, source, ext.mode, ext.filter)
  return { accessor: a, bytes: bytes.subarray(a.byteOffset ?? 0), stride: ext.byteStride }
}

function attribute(json: GltfJson, bin: Uint8Array, accessor: number, decoder: MeshoptDecoding): SkinAttribute {
  const { accessor: a, bytes, stride } = decodeView(json, bin, accessor, decoder)
  return {
    bytes,
    componentType: a.componentType,
    components: components[a.type] ?? fail(`has an accessor of type ${a.type}`),
    stride,
    normalized: a.normalized === true,
  }
}

const round = (v: number) => Math.round(v * 1e4) / 1e4

/** Reads the skin's arrays from the GLB in `buffer`; throws on a file it does not expect. */
export function readSkinGlb(buffer: ArrayBuffer, decoder: MeshoptDecoding): SkinArrays {
  const { json, bin } = chunks(buffer)
  const node = json.nodes.find((n) => n.mesh !== undefined) ?? fail('has no mesh node')
  if (node.rotation) fail('has a rotated node')
  const s = node.scale ?? [1, 1, 1]
  if (s[0] !== s[1] || s[1] !== s[2]) fail('has a node scaled unevenly')
  const primitive = json.meshes[node.mesh ?? 0]?.primitives[0] ?? fail('has no primitive')
  if ((primitive.mode ?? 4) !== 4 || primitive.indices === undefined) fail('has no indexed triangles')
  const { POSITION, NORMAL } = primitive.attributes
  if (POSITION === undefined || NORMAL === undefined) fail('has no positions or normals')
  const position = attribute(json, bin, POSITION, decoder)
  const index = decodeView(json, bin, primitive.indices, decoder)
  if (index.accessor.componentType !== 5123) fail('has indices that are not 16-bit')
  const scale = s[0] ?? 1
  const translation = (node.translation ?? [0, 0, 0]) as [number, number, number]
  const p = json.accessors[POSITION] ?? fail('has no position accessor')
  const unit = position.normalized ? (signedMax[position.componentType] ?? fail('has unsigned positions')) : 1
  if (!p.min || !p.max) fail('has positions without bounds')
  const along = (v: readonly number[], i: 0 | 1 | 2) => round(translation[i] + (scale * (v[i] ?? 0)) / unit)
  return {
    position,
    normal: attribute(json, bin, NORMAL, decoder),
    index: new Uint16Array(index.bytes.buffer, index.bytes.byteOffset, index.accessor.count),
    translation,
    scale,
    bounds: {
      min: [along(p.min, 0), along(p.min, 1), along(p.min, 2)],
      max: [along(p.max, 0), along(p.max, 1), along(p.max, 2)],
    },
  }
}
