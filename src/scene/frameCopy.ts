/**
 * A render target and the pass that copies it onto the canvas: the moving frames of
 * MotionView.tsx are drawn into the target without multisampling, then copied. The target
 * stores sRGB (eight bits per channel without banding in the darks); the copy encodes for the
 * canvas, which three leaves out when drawing into a render target. Tone mapping, also left
 * out there, the muscles of the moving frame do themselves (motionMaterial.ts), so a moving
 * frame has the colours of a still one.
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
        vec4 frame = texture2D(uFrame, vUv);
        // Most of the canvas is background: nothing to encode there.
        if (frame.a == 0.0) {
          gl_FragColor = vec4(0.0);
          return;
        }
        // The target holds premultiplied colour (the translucent skin over the background at
        // the body's outline); encoding works on the colour itself, and the canvas takes it
        // premultiplied again, as a frame drawn straight onto it is.
        gl_FragColor = vec4(frame.rgb / frame.a, 1.0);
        #include <colorspace_fragment>
        gl_FragColor = vec4(gl_FragColor.rgb * frame.a, frame.a);
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
