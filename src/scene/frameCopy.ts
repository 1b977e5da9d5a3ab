/**
 * A render target and the pass that copies it onto the canvas: the moving frames of
 * MotionView.tsx are drawn into the target without multisampling, then copied. The target
 * stores sRGB (eight bits per channel without banding in the darks); the copy applies the
 * renderer's tone mapping and output colour space, which three leaves out when drawing into a
 * render target, so a moving frame has the colours of a still one.
 */
import {
  BufferGeometry,
  Float32BufferAttribute,
  Mesh,
  NoBlending,
  OrthographicCamera,
  Scene,
  ShaderMaterial,
  SRGBColorSpace,
  WebGLRenderTarget,
} from 'three'

export interface FrameCopy {
  target: WebGLRenderTarget
  /** Draws `target` over the whole canvas. */
  scene: Scene
  camera: OrthographicCamera
  dispose: () => void
}

export function createFrameCopy(): FrameCopy {
  const target = new WebGLRenderTarget(1, 1, { samples: 0, colorSpace: SRGBColorSpace, depthBuffer: true })
  // One triangle larger than the screen: no seam along a diagonal.
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new Float32BufferAttribute([-1, -1, 0, 3, -1, 0, -1, 3, 0], 3))
  const material = new ShaderMaterial({
    uniforms: { uFrame: { value: target.texture } },
    vertexShader: /* glsl */ `
      varying vec2 vUv;
      void main() {
        vUv = position.xy * 0.5 + 0.5;
        gl_Position = vec4(position.xy, 0.0, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      uniform sampler2D uFrame;
      varying vec2 vUv;
      void main() {
        gl_FragColor = texture2D(uFrame, vUv);
        // Most of the canvas is background: nothing to tone-map there.
        if (gl_FragColor.a == 0.0) return;
        #include <tonemapping_fragment>
        #include <colorspace_fragment>
      }`,
    blending: NoBlending,
    depthTest: false,
    depthWrite: false,
  })
  const mesh = new Mesh(geometry, material)
  mesh.frustumCulled = false
  const scene = new Scene()
  scene.add(mesh)
  return {
    target,
    scene,
    camera: new OrthographicCamera(),
    dispose: () => {
      target.dispose()
      geometry.dispose()
      material.dispose()
    },
  }
}
