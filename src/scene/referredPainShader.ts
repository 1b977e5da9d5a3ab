/**
 * The referred-pain shader: one material on the skin draws every zone in one draw call.
 *
 * Each skin vertex carries a region label (`_region` = regionIndex * 2 + side). A tiny data
 * texture holds one texel per label; its red channel says none / spillover / essential. The
 * vertex shader reads it, so a new selection costs one texture upload of a few hundred bytes.
 * Following Travell & Simons, the essential zone is solid red and the spillover zone the same
 * red, stippled, so the two stay distinguishable without colour. Elsewhere the skin is a faint
 * translucent shell, or nothing when the skin layer is hidden.
 *
 * Two more layers share the draw. Compare: a second texture holds, per label, the zone state of
 * up to four muscles (one per channel); each is drawn in its own colour and at its own hatch
 * angle (a wide band with a pale fill for the essential zone, a thin line for spillover), so
 * overlapping patterns stay readable, and apart without colour. Heat ("where it hurt most" over
 * saved drawings): the zone texture's blue channel, drawn on a yellow-to-blue scale that shares
 * nothing with the reds of pain or the violet of the person's marks.
 */
import { Color, DataTexture, FrontSide, RGBAFormat, ShaderMaterial, UnsignedByteType } from 'three'
import { compareAngles, compareColors, heatScale } from '../state/palette.ts'
import { outside } from './meshArrays.ts'
import { labelCount } from './referredPainZones.ts'
import { skinColor, skinLightGlsl } from './skinLook.ts'

/** The screen direction across a muscle's bands, as a GLSL vec2, for bands at `degrees`. */
function bandNormal(degrees: number): string {
  const r = (degrees * Math.PI) / 180
  return `vec2(${(-Math.sin(r)).toFixed(4)}, ${Math.cos(r).toFixed(4)})`
}

const vertexShader = /* glsl */ `
  uniform sampler2D uZones;
  uniform sampler2D uCompare;
  uniform float uOutset;
  attribute float _region;
  varying vec4 vCompareEssential;
  varying vec4 vCompareSpillover;
  varying float vHeat;
  varying float vHeatOn;
  varying float vEssential;
  varying float vSpillover;
  varying float vMarked;
  varying vec3 vNormal;
  void main() {
    // Look the zone state up per vertex and let it interpolate: the fragment shader cuts at
    // 0.5, so zone borders run smoothly across triangles instead of along their edges.
    vec4 texel = texelFetch(uZones, ivec2(int(_region + 0.5), 0), 0);
    float state = texel.r;
    vEssential = step(0.75, state);
    vSpillover = step(0.25, state) * (1.0 - vEssential);
    vMarked = step(0.5, texel.g);
    vHeat = texel.b;
    vHeatOn = step(0.5 / 255.0, texel.b);
    vec4 compare = texelFetch(uCompare, ivec2(int(_region + 0.5), 0), 0);
    vCompareEssential = step(vec4(0.75), compare);
    vCompareSpillover = step(vec4(0.25), compare) * (1.0 - vCompareEssential);
    vNormal = normalize(normalMatrix * normal);
    // uOutset lifts the skin off the body (metres, along its normal; 0 but while the lighter
    // body is drawn in motion, whose simplified skin could otherwise dip under a muscle).
    vec4 world = modelMatrix * vec4(position, 1.0);
    world.xyz += normalize(mat3(modelMatrix) * normal) * uOutset;
    gl_Position = projectionMatrix * viewMatrix * world;
  }
`

const fragmentShader = /* glsl */ `
  ${skinLightGlsl}
  uniform vec3 uSkinColor;
  uniform vec3 uPainColor;
  uniform float uSkinOpacity;
  uniform float uDotSpacing;
  uniform vec3 uMarkColor;
  uniform vec3 uCompareColors[4];
  uniform vec3 uHeatScale[3];
  varying vec4 vCompareEssential;
  varying vec4 vCompareSpillover;
  varying float vHeat;
  varying float vHeatOn;
  varying float vEssential;
  varying float vSpillover;
  varying float vMarked;
  varying vec3 vNormal;

  float edge(float v) {
    float aa = max(fwidth(v), 1e-4);
    return smoothstep(0.5 - aa, 0.5 + aa, v);
  }
  vec4 edge4(vec4 v) {
    vec4 aa = max(fwidth(v), vec4(1e-4));
    return smoothstep(vec4(0.5) - aa, vec4(0.5) + aa, v);
  }

  /** A screen-space band pattern at one muscle's angle: 1 on the band, 0 between bands. */
  float hatch(vec2 direction, float width) {
    float period = 1.7 * uDotSpacing;
    float t = fract(dot(gl_FragCoord.xy, direction) / period);
    float aa = 1.0 / period;
    return smoothstep(0.0, aa, t) * (1.0 - smoothstep(width - aa, width, t));
  }

  void main() {
    float essential = edge(vEssential);
    float spillover = edge(vSpillover) * (1.0 - essential);

    // Stipple: a screen-space dot grid, so dots keep their size at any zoom.
    vec2 cell = mod(gl_FragCoord.xy, uDotSpacing) - 0.5 * uDotSpacing;
    float dotMask = 1.0 - smoothstep(0.3 * uDotSpacing - 0.6, 0.3 * uDotSpacing + 0.6, length(cell));

    vec3 paleRed = mix(uPainColor, vec3(1.0), 0.72);
    vec3 color = uSkinColor;
    float alpha = uSkinOpacity;

    // Heat: how often the person marked this area over the chosen drawings (under everything else).
    float heatOn = edge(vHeatOn);
    float heat = clamp(vHeat / max(vHeatOn, 1e-3), 0.0, 1.0);
    vec3 heatColor = heat < 0.5
      ? mix(uHeatScale[0], uHeatScale[1], heat * 2.0)
      : mix(uHeatScale[1], uHeatScale[2], heat * 2.0 - 1.0);
    color = mix(color, heatColor, heatOn);
    alpha = mix(alpha, 0.92, heatOn);

    // Compare: pale fills of every essential zone first, then each muscle's bands over them, so
    // one pattern never hides another. Angles 45, 135, 0 and 90 degrees.
    vec4 ess = edge4(vCompareEssential);
    vec4 spill = edge4(vCompareSpillover) * (1.0 - ess);
    vec2 angles[4] = vec2[4](${compareAngles.map(bandNormal).join(', ')});
    for (int i = 0; i < 4; i++) {
      color = mix(color, mix(uCompareColors[i], vec3(1.0), 0.72), ess[i] * 0.8);
      alpha = mix(alpha, 0.9, ess[i]);
    }
    for (int i = 0; i < 4; i++) {
      float band = hatch(angles[i], 0.45) * ess[i] + hatch(angles[i], 0.16) * spill[i];
      color = mix(color, uCompareColors[i], band);
      alpha = mix(alpha, 0.95, max(band, spill[i] * 0.5));
    }
    color = mix(color, uPainColor, essential);
    alpha = mix(alpha, 0.9, essential);
    color = mix(color, mix(paleRed, uPainColor, dotMask), spillover);
    alpha = mix(alpha, mix(0.55, 0.95, dotMask), spillover);

    // The person's own pain marks: violet diagonal hatching drawn over any zone, so where a
    // muscle's zone and the marks overlap both stay visible.
    float marked = edge(vMarked);
    float stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / (1.6 * uDotSpacing)));
    vec3 paleMark = mix(uMarkColor, vec3(1.0), 0.7);
    vec3 markFill = mix(paleMark, uMarkColor, stripe);
    // Over any zone (one muscle's or a compared one) the marks are stripes only, so the zone shows between.
    vec4 compared = ess + spill;
    float overZone = max(max(essential, spillover), max(max(compared.x, compared.y), max(compared.z, compared.w)));
    color = mix(color, mix(markFill, uMarkColor, overZone), marked * mix(1.0, stripe, overZone));
    alpha = mix(alpha, max(alpha, mix(0.6, 0.95, stripe)), marked);
    if (alpha < 0.01) discard;

    float light = skinLight(vNormal);
    gl_FragColor = vec4(color * light, alpha);
    #include <colorspace_fragment>
  }
`

/** Colours of the skin shell and of pain (the only red in the app). */
export const painColor = '#c62828'
/** The person's own pain marks: violet, distinct from the red zones and the teal accent. */
export const markColor = '#5b2ea6'

/** The zone texture: one RGBA texel per region-and-side label. */
export function createZoneTexture(): DataTexture {
  const texture = new DataTexture(new Uint8Array(labelCount * 4), labelCount, 1, RGBAFormat, UnsignedByteType)
  texture.needsUpdate = true
  return texture
}

/**
 * Writes zone states (red channel), pain marks (green) and heat (blue), one byte per label each.
 * Heat 0 is none; 1-255 runs from "marked once" to "marked in every drawing".
 */
export function writeSkinStates(
  texture: DataTexture,
  zones: Uint8Array,
  marks: Uint8Array,
  heat: Uint8Array = new Uint8Array(zones.length),
): void {
  const data = texture.image.data as Uint8Array
  zones.forEach((zone, i) => {
    data[i * 4] = zone
    data[i * 4 + 1] = marks[i] ?? outside(marks, i)
    data[i * 4 + 2] = heat[i] ?? outside(heat, i)
  })
  texture.needsUpdate = true
}

/** Writes the zone states of up to four compared muscles, one channel each (absent: none). */
export function writeCompareStates(texture: DataTexture, muscles: readonly Uint8Array[]): void {
  const data = texture.image.data as Uint8Array
  data.fill(0)
  muscles.slice(0, 4).forEach((states, channel) => {
    states.forEach((state, i) => (data[i * 4 + channel] = state))
  })
  texture.needsUpdate = true
}

/**
 * Whether state textures (writeSkinStates, writeCompareStates) put nothing on the skin: no zone,
 * mark, heat or compared pattern, every byte 0. The skin is then one colour all over, and only
 * its shape shows.
 */
export function statesBlank(...textures: readonly DataTexture[]): boolean {
  return textures.every((texture) => (texture.image.data as Uint8Array).every((byte) => byte === 0))
}

/**
 * The skin material; `uSkinOpacity` 0 hides the skin but keeps the zones. Its uniforms keep
 * their names in the type, so the skin sets its opacity and stipple without a lookup by string.
 */
export function createReferredPainMaterial(zones: DataTexture, compare: DataTexture) {
  const uniforms = {
    uZones: { value: zones },
    uCompare: { value: compare },
    uCompareColors: { value: compareColors.map((c) => new Color(c)) },
    uHeatScale: { value: heatScale.map((c) => new Color(c)) },
    uSkinColor: { value: new Color(skinColor) },
    uPainColor: { value: new Color(painColor) },
    uMarkColor: { value: new Color(markColor) },
    uSkinOpacity: { value: 0.22 },
    uDotSpacing: { value: 7 },
    uOutset: { value: 0 },
  }
  const material = new ShaderMaterial({
    vertexShader,
    fragmentShader,
    transparent: true,
    depthWrite: false,
    side: FrontSide,
    uniforms,
  })
  // ShaderMaterial keeps this very object as its uniforms; assigning it again gives it its type.
  return Object.assign(material, { uniforms })
}
