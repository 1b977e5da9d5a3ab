/**
 * The muscle material: three's standard material with two additions in its shader.
 * - Fibre striation: each vertex carries `_fibre` (the generator's `_FIBRE`: the number of
 *   fibre bundles round its part times the direction of its place around it, ×100), and the
 *   fragment shader darkens a faint stripe per bundle, so the shading runs with the fibres and
 *   converges into the tendons as in an atlas drawing. Stripes finer than a few pixels fade
 *   out instead of shimmering.
 * - Tendons: `_tendon` (the generator's `_TENDON`, 0-255) blends the colour toward a pale
 *   grey where the belly narrows into tendon.
 * - Outlines: surfaces seen edge-on darken, so neighbouring bellies part visibly.
 * - Part highlight: multi-part muscles carry `_part` (the generator's `_PART`); while `uPart`
 *   names a part (-1: none), every other part is painted `uOtherColor`.
 * One material per muscle side; every muscle shares one compiled program.
 */
import { Color, MeshStandardMaterial } from 'three'

export interface MuscleMaterial {
  material: MeshStandardMaterial
  /** Part index to stand out, or -1 for none (multi-part muscles only). */
  setPart: (index: number) => void
  /** Colour of the muscle's other parts while one stands out. */
  otherColor: Color
}

/** How dark a fibre stripe is, as a share of the colour. */
const striation = 0.08
/** Tendon colour (linear RGB): a pale, slightly warm grey. */
const tendonColour = '0.80, 0.78, 0.74'
/** How dark a muscle's silhouette edge gets (1: not at all). */
const edgeShade = 0.6

/** Fragment code: tendons (`vTendon`, 0–1) pale and silvery, as atlas plates draw them. */
export const tendonShading = `diffuseColor.rgb = mix(diffuseColor.rgb, mix(diffuseColor.rgb, vec3(${tendonColour}), 0.8), vTendon);`

/**
 * Fragment code: edges that turn away from the viewer darken, so each belly has a soft outline
 * against the one beneath it, as the borders in an atlas plate.
 */
export const edgeShading = `float facing = abs(dot(normalize(normal), normalize(vViewPosition)));
outgoingLight *= mix(${edgeShade.toFixed(2)}, 1.0, smoothstep(0.0, 0.5, facing));`

export function createMuscleMaterial(hasParts: boolean): MuscleMaterial {
  const material = new MeshStandardMaterial({ roughness: 0.72, metalness: 0 })
  const uniforms = { uPart: { value: -1 }, uOtherColor: { value: new Color() } }
  material.defines = { HAS_PARTS: hasParts ? 1 : 0 }
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute vec2 _fibre;
attribute float _tendon;
varying vec2 vFibre;
varying float vTendon;
#if HAS_PARTS
attribute float _part;
varying float vPart;
#endif`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
vFibre = _fibre / 100.0;
vTendon = _tendon / 255.0;
#if HAS_PARTS
vPart = _part;
#endif`,
      )
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform float uPart;
uniform vec3 uOtherColor;
varying vec2 vFibre;
varying float vTendon;
#if HAS_PARTS
varying float vPart;
#endif`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
#if HAS_PARTS
// Labels are whole numbers; 0.5 absorbs interpolation noise.
if (uPart >= 0.0 && abs(vPart - uPart) > 0.5) diffuseColor.rgb = uOtherColor;
#endif
{
  float phase = atan(vFibre.y, vFibre.x) * length(vFibre);
  float stripe = 0.5 + 0.5 * cos(phase);
  stripe = mix(stripe, 0.5, clamp(fwidth(phase) * 0.4, 0.0, 1.0));
  diffuseColor.rgb *= 1.0 - ${striation.toFixed(2)} * stripe;
}
${tendonShading}`,
      )
      .replace(
        '#include <opaque_fragment>',
        `${edgeShading}
#include <opaque_fragment>`,
      )
  }
  material.customProgramCacheKey = () => `muscle-${hasParts ? 1 : 0}`
  return {
    material,
    setPart: (index) => {
      uniforms.uPart.value = index
    },
    otherColor: uniforms.uOtherColor.value,
  }
}
