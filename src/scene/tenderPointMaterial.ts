/**
 * The tender-point marker: an open ring, drawn unlike a trigger point's X so the two are never
 * confused (a tender point is a place that hurts when pressed, not a knot that refers pain).
 * Dark teal ink on a white outline, so it reads on skin and on muscle; never red (red is pain).
 * One quad and one material serve all 18 rings, made the way the trigger-point marker is
 * (markerMaterial.ts): a camera-facing quad whose fragment shader draws the ring, full strength
 * while the marker's face of the body turns toward the viewer and faint while it turns away.
 */
import { Color, PlaneGeometry, ShaderMaterial } from 'three'

/** Ring radius to the middle of the ink, metres: a little wider than a fingertip's press. */
export const ringRadius = 0.014
/** Ink ring width, and the white outline's width each side of it, metres. */
const inkWidth = 0.004
const outline = 0.002
/** Half the quad's side: the outline's outer edge plus room for edge smoothing. */
const half = ringRadius + inkWidth / 2 + outline + 0.002

/** The ring's ink, darker than the app's accent (#1f6f75) so it holds contrast on pale skin. */
export const ringInk = '#0f4c52'

const glsl = (v: number) => v.toFixed(6)

/** The one quad every ring draws (metres, centred on the tender point). */
export function createRingGeometry(): PlaneGeometry {
  return new PlaneGeometry(half * 2, half * 2)
}

/** The one material every ring shares. Dispose it with the scene. */
export function createRingMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    name: 'tender-point-ring',
    uniforms: {
      uHalo: { value: new Color('#ffffff') },
      uInk: { value: new Color(ringInk) },
    },
    vertexShader: /* glsl */ `
      varying vec2 vLocal;
      varying float vOpacity;
      void main() {
        vec3 centre = (modelMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
        vec3 surfaceNormal = normalize(mat3(modelMatrix) * vec3(0.0, 0.0, 1.0));
        // Faint when its face of the body turns away, so a ring on the back never passes for one on the front.
        vOpacity = dot(normalize(cameraPosition - centre), surfaceNormal) > 0.05 ? 1.0 : 0.25;
        vLocal = position.xy;
        vec4 view = viewMatrix * vec4(centre, 1.0);
        view.xy += position.xy;
        gl_Position = projectionMatrix * view;
      }`,
    fragmentShader: /* glsl */ `
      uniform vec3 uHalo;
      uniform vec3 uInk;
      varying vec2 vLocal;
      varying float vOpacity;

      /** Coverage of a ring of radius r and width w, smoothed over a pixel at its edges. */
      float ring(vec2 p, float r, float w) {
        float dist = abs(length(p) - r) - w * 0.5;
        float aa = max(fwidth(dist), 1e-6);
        return 1.0 - smoothstep(-0.5 * aa, 0.5 * aa, dist);
      }
      vec3 toOutput(vec3 colour) {
        vec4 c = vec4(colour, 1.0);
        #if defined( TONE_MAPPING )
          c.rgb = toneMapping(c.rgb);
        #endif
        return linearToOutputTexel(c).rgb;
      }
      void main() {
        float h = ring(vLocal, ${glsl(ringRadius)}, ${glsl(inkWidth + outline * 2)}) * vOpacity;
        float k = ring(vLocal, ${glsl(ringRadius)}, ${glsl(inkWidth)}) * vOpacity;
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
