/**
 * The view presets' directions, alone in a module without the body's manifest, so the body's
 * first paint (src/firstPaint.ts), drawn before the scene's code loads, frames the body as the scene does.
 */
import type { ViewPreset } from '../state/store.ts'

/** Azimuth (radians about +Y, 0 = camera in front of the body on +Z) of each preset. */
export const presetAzimuth: Record<ViewPreset, number> = {
  front: 0,
  back: Math.PI,
  left: Math.PI / 2, // camera on +X, the body's left, looking at its left side
  right: -Math.PI / 2,
}
