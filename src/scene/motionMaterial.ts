/**
 * The material of the merged muscles drawn while the camera moves (MotionView.tsx): the muscle
 * material's tendons and outlines under diffuse (Lambert) light, without the standard
 * material's sheen or the fibre striation (too fine to read in motion; together they cost a
 * third of a moving frame under a software rasteriser). Coloured per muscle side from a
 * palette texture, so a hover or a selection needs no new geometry: each vertex carries
 * `_slot`, its muscle side's texel; a texel with alpha 0 is a muscle side that is not shown (a
 * hidden layer), whose vertices the vertex shader moves out of view.
 */
import { DataTexture, FloatType, MeshLambertMaterial, RGBAFormat, ShaderChunk, Vector4 } from 'three'
import { edgeShading, tendonShading } from './muscleShader.ts'
import { skinLightGlsl } from './skinLook.ts'

export interface MotionMaterial {
  material: MeshLambertMaterial
  /**
   * One RGBA texel per slot: linear colour, alpha 0 hidden, 1 shown, or 1 plus how far (metres)
   * to push it back along the line of sight. Set `needsUpdate` after writing.
   */
  palette: DataTexture
  /**
   * The skin as a veil over the muscles (linear colour, opacity), for a moving frame that draws no
   * skin because it shows nothing: lit as the skin is, mixed in after tone mapping as the skin's
   * blend would. Opacity 0 otherwise.
   */
  veil: Vector4
  dispose: () => void
}

export function createMotionMaterial(slots: number): MotionMaterial {
  const palette = new DataTexture(new Float32Array(slots * 4), slots, 1, RGBAFormat, FloatType)
  palette.needsUpdate = true
  const veil = new Vector4(0, 0, 0, 0)
  const material = new MeshLambertMaterial()
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uPalette = { value: palette }
    shader.uniforms.uVeil = { value: veil }
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
uniform sampler2D uPalette;
attribute float _slot;
attribute float _tendon;
varying vec3 vSlotColor;
varying float vTendon;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
vec4 slotTexel = texelFetch(uPalette, ivec2(int(_slot + 0.5), 0), 0);
vSlotColor = slotTexel.rgb;
vTendon = _tendon / 255.0;`,
      )
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>
// Alpha over 1: pushed back that far (metres) along the line of sight, which leaves its place on
// screen as it is; a deep muscle then stays under the one over it where both stray (MotionView).
if (slotTexel.a > 1.0) {
  mvPosition.xyz *= 1.0 + (slotTexel.a - 1.0) / length(mvPosition.xyz);
  gl_Position = projectionMatrix * mvPosition;
}
// A hidden muscle side: outside the clip volume, so its triangles are dropped before raster.
if (slotTexel.a < 0.5) gl_Position = vec4(2.0, 2.0, 2.0, 1.0);`,
      )
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
varying vec3 vSlotColor;
varying float vTendon;
uniform vec4 uVeil;
${skinLightGlsl}
#ifndef TONE_MAPPING
${ShaderChunk.tonemapping_pars_fragment}
#endif`,
      )
      // Drawn into a render target, where three leaves tone mapping out: the full muscles are
      // tone-mapped (React Three Fiber's ACES) on the canvas, so these are, here.
      .replace(
        '#include <tonemapping_fragment>',
        `#ifdef TONE_MAPPING
#include <tonemapping_fragment>
#else
gl_FragColor.rgb = ACESFilmicToneMapping(gl_FragColor.rgb);
#endif
gl_FragColor.rgb = mix(gl_FragColor.rgb, uVeil.rgb * skinLight(normal), uVeil.a);`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
diffuseColor.rgb = vSlotColor;
${tendonShading}`,
      )
      .replace(
        '#include <opaque_fragment>',
        `${edgeShading}
#include <opaque_fragment>`,
      )
  }
  material.customProgramCacheKey = () => 'muscles-in-motion'
  return {
    material,
    palette,
    veil,
    dispose: () => {
      material.dispose()
      palette.dispose()
    },
  }
}
