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
  NearestFilter,
  NoBlending,
  OrthographicCamera,
  Scene,
  ShaderMaterial,
  SRGBColorSpace,
  Vector4,
  WebGLRenderTarget,
} from 'three'
import type { ScreenRect } from './boxOnScreen.ts'

export interface FrameCopy {
  target: WebGLRenderTarget
  /** Draws `target` onto the canvas, within the rectangle last given to `setRect`. */
  scene: Scene
  /** Where on the canvas the copy draws (the body's part of the frame); the rest stays clear. */
  setRect: (rect: ScreenRect) => void
  camera: OrthographicCamera
  dispose: () => void
}

export function createFrameCopy(): FrameCopy {
  // Nearest texels when stretched (motionResolution.ts): the stipple's dots stay red instead of
  // blurring into the skin.
  const target = new WebGLRenderTarget(1, 1, {
    samples: 0,
    colorSpace: SRGBColorSpace,
    depthBuffer: true,
    magFilter: NearestFilter,
    minFilter: NearestFilter,
  })
  // A unit square stretched over the rectangle: copying only where the body is saves most of
  // the copy's cost under a software rasteriser, which shades every pixel it covers.
  const geometry = new BufferGeometry()
  geometry.setAttribute(
    'position',
    new Float32BufferAttribute([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0], 3),
  )
  const rect = new Vector4(0, 0, 1, 1)
  const material = new ShaderMaterial({
    uniforms: { uFrame: { value: target.texture }, uRect: { value: rect } },
    vertexShader: /* glsl */ `
      uniform vec4 uRect;
      varying vec2 vUv;
      void main() {
        vUv = mix(uRect.xy, uRect.zw, position.xy);
        gl_Position = vec4(vUv * 2.0 - 1.0, 0.0, 1.0);
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
    setRect: ({ x0, y0, x1, y1 }) => void rect.set(x0, y0, x1, y1),
    dispose: () => {
      target.dispose()
      geometry.dispose()
      material.dispose()
    },
  }
}
