/**
 * The 3D view's camera lens (Scene.tsx), alone in a module without React or three: the body's
 * first paint (src/firstPaint.ts) projects the body through the same one.
 */
export const sceneCamera = {
  /** Vertical field of view, degrees. */
  fov: 30,
  near: 0.05,
  far: 20,
  /** Where the camera starts, before its first framing (CameraRig.tsx) moves it. */
  position: [0, 0.9, 4] as [number, number, number],
}
