/**
 * The trigger-point marker: an X drawn dark on a white halo, as Travell & Simons mark a TrP.
 * One material and one quad serve every marker, so a selection creates and compiles nothing:
 * the X is one shape of the billboard mark (billboardMark.ts), which fades a marker whose face
 * of the muscle turns away.
 *
 * What it draws is what the earlier meshes drew: two crosses of two bars each (halo: length
 * 1.25 × size, width 0.42 × size; ink: length size, width 0.2 × size), ink over halo, both at
 * full opacity while the marker's face turns toward the viewer and at 0.25 while it turns away,
 * tone-mapped and colour-converted as a basic material is. The two layers are composited
 * in the shader exactly as two blended draws would be.
 */
import { PlaneGeometry, type ShaderMaterial } from 'three'
import { createBillboardMarkMaterial, glslFloat } from './billboardMark.ts'

/** Marker size in metres: big enough to see on a phone, small enough to sit on a muscle. */
export const markerSize = 0.018

const halo = { length: markerSize * 1.25, width: markerSize * 0.42 }
const ink = { length: markerSize, width: markerSize * 0.2 }
/** Half the quad's side: the halo's corners reach (length + width) / 2 / √2, plus room for edge smoothing. */
const half = ((halo.length + halo.width) / 2) * Math.SQRT1_2 + 0.003

/** The one quad every marker draws (metres, centred on the trigger point). */
export function createMarkerGeometry(): PlaneGeometry {
  return new PlaneGeometry(half * 2, half * 2)
}

/** The material the markers share, the X in `inkColour` (a compared muscle's colour). Dispose it with the scene. */
export function createMarkerMaterial(inkColour = '#1d1d1f'): ShaderMaterial {
  return createBillboardMarkMaterial({
    name: 'trigger-point-marker',
    ink: inkColour,
    functions: /* glsl */ `
      /** Coverage of a bar along the diagonal d, smoothed over a pixel at its edges. */
      float bar(vec2 p, vec2 d, float len, float width) {
        vec2 q = vec2(abs(dot(p, d)) - len * 0.5, abs(dot(p, vec2(-d.y, d.x))) - width * 0.5);
        float dist = max(q.x, q.y);
        float aa = max(fwidth(dist), 1e-6);
        return 1.0 - smoothstep(-0.5 * aa, 0.5 * aa, dist);
      }
      float crossMark(vec2 p, float len, float width) {
        return max(bar(p, vec2(0.70710678, 0.70710678), len, width), bar(p, vec2(0.70710678, -0.70710678), len, width));
      }`,
    halo: `crossMark(vLocal, ${glslFloat(halo.length)}, ${glslFloat(halo.width)})`,
    inkCoverage: `crossMark(vLocal, ${glslFloat(ink.length)}, ${glslFloat(ink.width)})`,
  })
}
