/**
 * The tender-point marker: an open ring, drawn unlike a trigger point's X so the two are never
 * confused (a tender point is a place that hurts when pressed, not a knot that refers pain).
 * Dark teal ink on a white outline, so it reads on skin and on muscle; never red (red is pain).
 * One quad and one material serve all 18 rings: the ring is one shape of the billboard mark
 * (billboardMark.ts), as the trigger point's X is another.
 */
import { PlaneGeometry, type ShaderMaterial } from 'three'
import { createBillboardMarkMaterial, glslFloat } from './billboardMark.ts'

/** Ring radius to the middle of the ink, metres: a little wider than a fingertip's press. */
export const ringRadius = 0.014
/** Ink ring width, and the white outline's width each side of it, metres. */
const inkWidth = 0.004
const outline = 0.002
/** Half the quad's side: the outline's outer edge plus room for edge smoothing. */
const half = ringRadius + inkWidth / 2 + outline + 0.002

/** The ring's ink, darker than the app's accent (#1f6f75) so it holds contrast on pale skin. */
export const ringInk = '#0f4c52'

/** The one quad every ring draws (metres, centred on the tender point). */
export function createRingGeometry(): PlaneGeometry {
  return new PlaneGeometry(half * 2, half * 2)
}

/** The one material every ring shares. Dispose it with the scene. */
export function createRingMaterial(): ShaderMaterial {
  return createBillboardMarkMaterial({
    name: 'tender-point-ring',
    ink: ringInk,
    functions: /* glsl */ `
      /** Coverage of a ring of radius r and width w, smoothed over a pixel at its edges. */
      float ring(vec2 p, float r, float w) {
        float dist = abs(length(p) - r) - w * 0.5;
        float aa = max(fwidth(dist), 1e-6);
        return 1.0 - smoothstep(-0.5 * aa, 0.5 * aa, dist);
      }`,
    halo: `ring(vLocal, ${glslFloat(ringRadius)}, ${glslFloat(inkWidth + outline * 2)})`,
    inkCoverage: `ring(vLocal, ${glslFloat(ringRadius)}, ${glslFloat(inkWidth)})`,
  })
}
