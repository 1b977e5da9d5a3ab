import type { BufferGeometry, Matrix4 } from 'three'

/** One mesh of the body model as the parts that draw it need it (Body.tsx hands them out). */
export interface ModelPart {
  geometry: BufferGeometry
  /** The node's matrix: it carries the de-quantisation of the compressed positions. */
  matrix: Matrix4
}
