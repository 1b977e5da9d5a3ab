/**
 * The referred-pain shader: one material on the skin draws every zone in one draw call.
 *
 * Each skin vertex carries a region label (`_region` = regionIndex * 2 + side). A tiny data
 * texture holds one texel per label; its red channel says none / spillover / essential. The
 * vertex shader reads it, so a new selection costs one texture upload of a few hundred bytes.
 * Following Travell & Simons, the essential zone is solid red and the spillover zone the same
 * red, stippled, so the two stay distinguishable without colour. Elsewhere the skin is a faint
 * translucent shell, or nothing when the skin layer is hidden.
 */
import { Color, DataTexture, FrontSide, RGBAFormat, ShaderMaterial, UnsignedByteType } from 'three'
import { labelCount } from './referredPainZones.ts'

const vertexShader = /* glsl */ `
  uniform sampler2D uZones;
  attribute float _region;
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
    vNormal = normalize(normalMatrix * normal);
    gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  }
`

const fragmentShader = /* glsl */ `
  uniform vec3 uSkinColor;
  uniform vec3 uPainColor;
  uniform float uSkinOpacity;
  uniform float uDotSpacing;
  uniform vec3 uMarkColor;
  varying float vEssential;
  varying float vSpillover;
  varying float vMarked;
  varying vec3 vNormal;

  float edge(float v) {
    float aa = max(fwidth(v), 1e-4);
    return smoothstep(0.5 - aa, 0.5 + aa, v);
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
    float overZone = max(essential, spillover);
    color = mix(color, mix(markFill, uMarkColor, overZone), marked * mix(1.0, stripe, overZone));
    alpha = mix(alpha, max(alpha, mix(0.6, 0.95, stripe)), marked);
    if (alpha < 0.01) discard;

    // Soft light from the viewer's upper left, so the zones keep the body's shape.
    vec3 n = normalize(vNormal);
    float light = 0.62 + 0.38 * max(dot(n, normalize(vec3(-0.3, 0.5, 1.0))), 0.0);
    gl_FragColor = vec4(color * light, alpha);
    #include <colorspace_fragment>
  }
`

/** Colours of the skin shell and of pain (the only red in the app). */
export const painColor = '#c62828'
/** The person's own pain marks: violet, distinct from the red zones and the teal accent. */
export const markColor = '#5b2ea6'
const skinColor = '#d9c2b0'

/** The zone texture: one RGBA texel per region-and-side label. */
export function createZoneTexture(): DataTexture {
  const texture = new DataTexture(new Uint8Array(labelCount * 4), labelCount, 1, RGBAFormat, UnsignedByteType)
  texture.needsUpdate = true
  return texture
}

/** Writes zone states (red channel) and pain marks (green channel), one byte per label each. */
export function writeSkinStates(texture: DataTexture, zones: Uint8Array, marks: Uint8Array): void {
  const data = texture.image.data as Uint8Array
  for (let i = 0; i < zones.length; i++) {
    data[i * 4] = zones[i]!
    data[i * 4 + 1] = marks[i]!
  }
  texture.needsUpdate = true
}

/** The skin material; `skinOpacity` 0 hides the skin but keeps the zones. */
export function createReferredPainMaterial(zones: DataTexture): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader,
    fragmentShader,
    transparent: true,
    depthWrite: false,
    side: FrontSide,
    uniforms: {
      uZones: { value: zones },
      uSkinColor: { value: new Color(skinColor) },
      uPainColor: { value: new Color(painColor) },
      uMarkColor: { value: new Color(markColor) },
      uSkinOpacity: { value: 0.22 },
      uDotSpacing: { value: 7 },
    },
  })
}
