/**
 * Draws the body as the 3D view's first frame shows it (the skin's faint shell over the pale body
 * behind the muscles, from the front) with plain WebGL 2, before three.js and React have loaded:
 * the same arrays, the same camera and the same arithmetic as the scene's materials
 * (referredPainShader.ts with nothing on the skin, BodyBackdrop.tsx), so the scene's own first
 * frame, drawn over it, changes nothing a person can see. See src/firstPaint.ts.
 */
import { backdropColor, backdropInset, skinColor, skinLightGlsl } from '../skinLook.ts'
import type { ViewBasis } from '../framing.ts'
import type { Vec3 } from '../bodyManifest.ts'
import type { SkinArrays } from './skinGlb.ts'

/** Where the camera is and how it sees, as the scene's camera would after its first framing. */
export interface PaintCamera {
  position: Vec3
  basis: ViewBasis
  /** Vertical field of view, radians. */
  fovY: number
  aspect: number
  near: number
  far: number
}

/** What the first frame shows: the skin's opacity and whether the body behind the muscles is drawn. */
export interface PaintLook {
  skinOpacity: number
  backdrop: boolean
}

/** The scene's camera projection (three's `makePerspective`), column-major. */
export function perspective(fovY: number, aspect: number, near: number, far: number): Float32Array {
  const top = near * Math.tan(fovY / 2)
  const right = top * aspect
  return new Float32Array([
    near / right, 0, 0, 0,
    0, near / top, 0, 0,
    0, 0, -(far + near) / (far - near), -1,
    0, 0, (-2 * far * near) / (far - near), 0,
  ]) // prettier-ignore
}

/** The view matrix of a camera at `position` whose axes are `basis` (it looks along `forward`), column-major. */
export function viewMatrix(position: Vec3, basis: ViewBasis): Float32Array {
  const { right: r, up: u, forward: f } = basis
  const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
  return new Float32Array([
    r[0], u[0], -f[0], 0,
    r[1], u[1], -f[1], 0,
    r[2], u[2], -f[2], 0,
    -dot(r, position), -dot(u, position), dot(f, position), 1,
  ]) // prettier-ignore
}

/** An sRGB hex colour in three's linear working space (`new Color(hex)` with colour management on). */
export function linearColor(hex: string): [number, number, number] {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c < 0.04045 ? c * 0.0773993808 : Math.pow(c * 0.9478672986 + 0.0521327014, 2.4)
  }
  return [channel(0), channel(1), channel(2)]
}

const vertexPrelude = /* glsl */ `#version 300 es
  precision highp float;
  uniform mat4 modelMatrix;
  uniform mat4 viewMatrix;
  uniform mat4 projectionMatrix;
  in vec3 position;
  in vec3 normal;
  out vec3 vNormal;
`

/** BodyBackdrop.tsx's material: the skin pulled in along its normal, one flat colour, no encoding (as there). */
const backdropProgram = {
  vertex: `${vertexPrelude}
  uniform float uInset;
  void main() {
    vec4 world = modelMatrix * vec4(position, 1.0);
    vec3 n = normalize(mat3(modelMatrix) * normal);
    gl_Position = projectionMatrix * viewMatrix * vec4(world.xyz - n * uInset, 1.0);
  }`,
  fragment: /* glsl */ `#version 300 es
  precision highp float;
  uniform vec3 uColor;
  out vec4 fragColor;
  void main() { fragColor = vec4(uColor, 1.0); }`,
}

/** referredPainShader.ts's material with no zone, mark, heat or compared pattern: the shell, lit, sRGB-encoded. */
const skinProgram = {
  vertex: `${vertexPrelude}
  void main() {
    vNormal = normalize(mat3(viewMatrix) * normal);
    gl_Position = projectionMatrix * viewMatrix * modelMatrix * vec4(position, 1.0);
  }`,
  fragment: /* glsl */ `#version 300 es
  precision highp float;
  ${skinLightGlsl}
  uniform vec3 uSkinColor;
  uniform float uSkinOpacity;
  in vec3 vNormal;
  out vec4 fragColor;
  void main() {
    vec4 c = vec4(uSkinColor * skinLight(vNormal), uSkinOpacity);
    // three's sRGB output encoding (colorspace_fragment).
    fragColor = vec4(mix(pow(c.rgb, vec3(0.41666)) * 1.055 - vec3(0.055), c.rgb * 12.92,
      vec3(lessThanEqual(c.rgb, vec3(0.0031308)))), c.a);
  }`,
}

function compile(gl: WebGL2RenderingContext, source: { vertex: string; fragment: string }): WebGLProgram {
  const program = gl.createProgram()
  for (const [type, text] of [
    [gl.VERTEX_SHADER, source.vertex],
    [gl.FRAGMENT_SHADER, source.fragment],
  ] as const) {
    const shader = gl.createShader(type)
    if (!shader) throw new Error('first paint: no shader')
    gl.shaderSource(shader, text)
    gl.compileShader(shader)
    gl.attachShader(program, shader)
  }
  // Both attributes at fixed places, so one vertex array serves both programs.
  gl.bindAttribLocation(program, 0, 'position')
  gl.bindAttribLocation(program, 1, 'normal')
  gl.linkProgram(program)
  if (gl.getProgramParameter(program, gl.LINK_STATUS)) return program
  const log = gl.getProgramInfoLog(program) ?? ''
  gl.getAttachedShaders(program)?.forEach((shader) => gl.deleteShader(shader))
  gl.deleteProgram(program)
  throw new Error(`first paint: a shader did not link: ${log}`)
}

/**
 * Paints the body into `gl`'s whole drawing buffer, then deletes what it made and leaves WebGL's
 * state as a new context has it, for three to take the context over (handOver.ts). Throws if a
 * shader will not build.
 */
export function paintSkin(gl: WebGL2RenderingContext, skin: SkinArrays, camera: PaintCamera, look: PaintLook): void {
  const made: { buffers: WebGLBuffer[]; programs: WebGLProgram[] } = { buffers: [], programs: [] }
  const vao = gl.createVertexArray()
  gl.bindVertexArray(vao)
  const buffer = (target: number, data: Uint8Array | Uint16Array) => {
    const b = gl.createBuffer()
    made.buffers.push(b)
    gl.bindBuffer(target, b)
    gl.bufferData(target, data, gl.STATIC_DRAW)
  }
  const attribute = (location: number, a: SkinArrays['position']) => {
    buffer(gl.ARRAY_BUFFER, a.bytes)
    gl.enableVertexAttribArray(location)
    gl.vertexAttribPointer(location, a.components, a.componentType, a.normalized, a.stride, 0)
  }
  try {
    attribute(0, skin.position)
    attribute(1, skin.normal)
    buffer(gl.ELEMENT_ARRAY_BUFFER, skin.index)
    draw(gl, skin, camera, look, made.programs)
  } finally {
    gl.bindVertexArray(null)
    gl.deleteVertexArray(vao)
    gl.bindBuffer(gl.ARRAY_BUFFER, null)
    made.buffers.forEach((b) => gl.deleteBuffer(b))
    gl.useProgram(null)
    made.programs.forEach((p) => {
      gl.getAttachedShaders(p)?.forEach((shader) => gl.deleteShader(shader))
      gl.deleteProgram(p)
    })
    gl.disable(gl.CULL_FACE)
    gl.disable(gl.BLEND)
    gl.blendFunc(gl.ONE, gl.ZERO)
    gl.depthMask(true)
  }
}

function draw(
  gl: WebGL2RenderingContext,
  skin: SkinArrays,
  camera: PaintCamera,
  look: PaintLook,
  programs: WebGLProgram[],
): void {
  const [tx, ty, tz] = skin.translation
  const s = skin.scale
  const model = new Float32Array([s, 0, 0, 0, 0, s, 0, 0, 0, 0, s, 0, tx, ty, tz, 1])
  const view = viewMatrix(camera.position, camera.basis)
  const projection = perspective(camera.fovY, camera.aspect, camera.near, camera.far)
  const program = (source: { vertex: string; fragment: string }) => {
    const made = compile(gl, source)
    programs.push(made)
    gl.useProgram(made)
    gl.uniformMatrix4fv(gl.getUniformLocation(made, 'modelMatrix'), false, model)
    gl.uniformMatrix4fv(gl.getUniformLocation(made, 'viewMatrix'), false, view)
    gl.uniformMatrix4fv(gl.getUniformLocation(made, 'projectionMatrix'), false, projection)
    return (name: string) => gl.getUniformLocation(made, name)
  }

  gl.viewport(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight)
  gl.clearColor(0, 0, 0, 0)
  gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT)
  // As three draws both: front faces only, neither writing depth.
  gl.enable(gl.CULL_FACE)
  gl.cullFace(gl.BACK)
  gl.depthMask(false)
  if (look.backdrop) {
    const at = program(backdropProgram)
    gl.uniform3fv(at('uColor'), linearColor(backdropColor))
    gl.uniform1f(at('uInset'), backdropInset)
    gl.disable(gl.BLEND)
    gl.drawElements(gl.TRIANGLES, skin.index.length, gl.UNSIGNED_SHORT, 0)
  }
  if (look.skinOpacity > 0) {
    const at = program(skinProgram)
    gl.uniform3fv(at('uSkinColor'), linearColor(skinColor))
    gl.uniform1f(at('uSkinOpacity'), look.skinOpacity)
    // three's normal blending of a material that is not premultiplied.
    gl.enable(gl.BLEND)
    gl.blendEquation(gl.FUNC_ADD)
    gl.blendFuncSeparate(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA)
    gl.drawElements(gl.TRIANGLES, skin.index.length, gl.UNSIGNED_SHORT, 0)
  }
}
