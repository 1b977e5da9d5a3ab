/**
 * A mark on the body drawn by a shader on one camera-facing quad: ink over a white halo, at full
 * strength while the mark's face of the body turns toward the viewer and faint while it turns
 * away. The trigger point's X (markerMaterial.ts) and the tender point's ring
 * (tenderPointMaterial.ts) are two shapes of it. The quad is made a billboard in the vertex
 * shader, from the mark's own orientation (the mesh's +Z is the surface normal there), so one
 * material and one quad serve every mark of a kind and a selection compiles nothing.
 */
import { Color, ShaderMaterial } from 'three'

/** A number as a GLSL float literal. */
export const glslFloat = (v: number) => v.toFixed(6)

/** What a kind of mark draws: GLSL that gives the halo's and the ink's coverage at `vLocal`. */
export interface MarkShape {
  /** The material's name (shown in three's inspector and in the precompile list). */
  name: string
  /** The ink's colour; the halo is white. */
  ink: string
  /** GLSL functions the two coverages use. */
  functions: string
  /** GLSL expressions in `vLocal` (metres on the quad), each between 0 and 1. */
  halo: string
  inkCoverage: string
}

/** The material for one kind of mark. Dispose it with the scene. */
export function createBillboardMarkMaterial(shape: MarkShape): ShaderMaterial {
  return new ShaderMaterial({
    name: shape.name,
    uniforms: {
      uHalo: { value: new Color('#ffffff') },
      uInk: { value: new Color(shape.ink) },
    },
    vertexShader: /* glsl */ `
      varying vec2 vLocal;
      varying float vOpacity;
      void main() {
        vec3 centre = (modelMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
        vec3 surfaceNormal = normalize(mat3(modelMatrix) * vec3(0.0, 0.0, 1.0));
        // Faint when its face of the body turns away, so a mark on the back never passes for one on the front.
        vOpacity = dot(normalize(cameraPosition - centre), surfaceNormal) > 0.05 ? 1.0 : 0.25;
        vLocal = position.xy;
        // Billboard: the quad lies in the view plane, at the mark's distance.
        vec4 view = viewMatrix * vec4(centre, 1.0);
        view.xy += position.xy;
        gl_Position = projectionMatrix * view;
      }`,
    fragmentShader: /* glsl */ `
      uniform vec3 uHalo;
      uniform vec3 uInk;
      varying vec2 vLocal;
      varying float vOpacity;
      ${shape.functions}
      /** A colour as a basic material writes it: tone-mapped, then in the output colour space. */
      vec3 toOutput(vec3 colour) {
        vec4 c = vec4(colour, 1.0);
        #if defined( TONE_MAPPING )
          c.rgb = toneMapping(c.rgb);
        #endif
        return linearToOutputTexel(c).rgb;
      }
      void main() {
        float h = (${shape.halo}) * vOpacity;
        float k = (${shape.inkCoverage}) * vOpacity;
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
