/**
 * How the skin and the body behind the muscles look, in numbers and GLSL that need neither React
 * nor three: the scene's materials (referredPainShader.ts, BodyBackdrop.tsx) and the body's first
 * paint, drawn before three has loaded (src/firstPaint.ts), take them from here, so the two look the same.
 */

/**
 * The skin's soft light from the viewer's upper left, so its colour keeps the body's shape (`n`:
 * a normal in view space). Shared with what stands in for the skin while the body turns
 * (motionMaterial.ts, BodyBackdrop.tsx), so the two look the same.
 */
export const skinLightGlsl = /* glsl */ `
  float skinLight(vec3 n) {
    return 0.62 + 0.38 * max(dot(normalize(n), normalize(vec3(-0.3, 0.5, 1.0))), 0.0);
  }
`

/** The skin shell's colour (sRGB). */
export const skinColor = '#d9c2b0'

/** The body behind the muscles: a pale, neutral tissue colour, lighter than the muscles so they stand out. */
export const backdropColor = '#e8e2da'
/** How far inside the skin the backdrop lies, metres: under the superficial muscles. */
export const backdropInset = 0.007

/**
 * The skin's opacity: in paint mode ("Where does it hurt?") the skin is a surface to draw on, so
 * it is shown more solid; otherwise a faint shell, or nothing when the skin layer is hidden (its
 * zones still show).
 */
export function skinOpacity(painting: boolean, skinVisible: boolean): number {
  return painting ? 0.8 : skinVisible ? 0.22 : 0
}
