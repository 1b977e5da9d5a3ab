/**
 * The trigger-point marker: an X drawn dark on a white halo, as Travell & Simons mark a TrP.
 * One material and one quad serve every marker, so a selection creates and compiles nothing:
 * the X is drawn by the fragment shader on a camera-facing quad (the billboard is made in the
 * vertex shader), and the fade of a marker whose face of the muscle turns away is worked out
 * there too, from the marker's own orientation: the mesh's +Z is the surface normal at the TrP.
 *
 * What it draws is what the earlier meshes drew: two crosses of two bars each (halo: length
 * 1.25 × size, width 0.42 × size; ink: length size, width 0.2 × size), ink over halo, both at
 * full opacity while the marker's face turns toward the viewer and at 0.25 while it turns away,
 * tone-mapped and colour-converted as a basic material is. The two layers are composited
 * in the shader exactly as two blended draws would be.
 */
import { Color, PlaneGeometry, ShaderMaterial } from 'three'

/** Marker size in metres: big enough to see on a phone, small enough to sit on a muscle. */
export const markerSize = 0.018

const halo = { length: markerSize * 1.25, width: markerSize * 0.42 }
const ink = { length: markerSize, width: markerSize * 0.2 }
/** Half the quad's side: the halo's corners reach (length + width) / 2 / √2, plus room for edge smoothing. */
const half = ((halo.length + halo.width) / 2) * Math.SQRT1_2 + 0.003

const glsl = (v: number) => v.toFixed(6)

/** The one quad every marker draws (metres, centred on the trigger point). */
export function createMarkerGeometry(): PlaneGeometry {
  return new PlaneGeometry(half * 2, half * 2)
}

/** The material the markers share, the X in `inkColour` (a compared muscle's colour). Dispose it with the scene. */
export function createMarkerMaterial(inkColour = '#1d1d1f'): ShaderMaterial {
  return new ShaderMaterial({
    name: 'trigger-point-marker',
    uniforms: {
      uHalo: { value: new Color('#ffffff') },
      uInk: { value: new Color(inkColour) },
    },
    vertexShader: /* glsl */ `
      varying vec2 vLocal;
      varying float vOpacity;
      void main() {
        vec3 centre = (modelMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
        vec3 surfaceNormal = normalize(mat3(modelMatrix) * vec3(0.0, 0.0, 1.0));
        // Faint when this face of the muscle turns away, so a TrP on the back never passes for one on the front.
        vOpacity = dot(normalize(cameraPosition - centre), surfaceNormal) > 0.05 ? 1.0 : 0.25;
        vLocal = position.xy;
        // Billboard: the quad lies in the view plane, at the marker's distance.
        vec4 view = viewMatrix * vec4(centre, 1.0);
        view.xy += position.xy;
        gl_Position = projectionMatrix * view;
      }`,
    fragmentShader: /* glsl */ `
      uniform vec3 uHalo;
      uniform vec3 uInk;
      varying vec2 vLocal;
      varying float vOpacity;

      /** Coverage of a bar along the diagonal d, smoothed over a pixel at its edges. */
      float bar(vec2 p, vec2 d, float len, float width) {
        vec2 q = vec2(abs(dot(p, d)) - len * 0.5, abs(dot(p, vec2(-d.y, d.x))) - width * 0.5);
        float dist = max(q.x, q.y);
        float aa = max(fwidth(dist), 1e-6);
        return 1.0 - smoothstep(-0.5 * aa, 0.5 * aa, dist);
      }
      float crossMark(vec2 p, float len, float width) {
        return max(bar(p, vec2(0.70710678, 0.70710678), len, width), bar(p, vec2(0.70710678, -0.70710678), len, width));
      }
      /** A colour as a basic material writes it: tone-mapped, then in the output colour space. */
      vec3 toOutput(vec3 colour) {
        vec4 c = vec4(colour, 1.0);
        #if defined( TONE_MAPPING )
          c.rgb = toneMapping(c.rgb);
        #endif
        return linearToOutputTexel(c).rgb;
      }
      void main() {
        float h = crossMark(vLocal, ${glsl(halo.length)}, ${glsl(halo.width)}) * vOpacity;
        float k = crossMark(vLocal, ${glsl(ink.length)}, ${glsl(ink.width)}) * vOpacity;
        // Halo drawn first, ink blended over it: the same result as two draws with normal blending.
        float alpha = 1.0 - (1.0 - h) * (1.0 - k);
        if (alpha < 0.002) discard;
        vec3 colour = (toOutput(uHalo) * h * (1.0 - k) + toOutput(uInk) * k) / alpha;
        gl_FragColor = vec4(colour, alpha);
      }`,
    transparent: true,
    depthTest: false,
    depthWrite: false,
  })
}
