/**
 * Front and back pictures of the body for the printed handout, drawn from the live scene at
 * print resolution: the muscle's X markers and its zones exactly as the screen draws them (same
 * scene, same materials), through a camera of our own that frames the muscle and its whole pain
 * pattern. Not a screenshot: the renderer draws at the printed size's pixels, then goes back.
 *
 * The caller selects the muscle first and waits for `sceneShows` to name it, so the skin's zone
 * texture and the markers are the ones to print. Everything here runs in one task: the canvas is
 * resized, drawn twice, copied, restored and redrawn before the browser presents a frame, so the
 * screen never shows the print camera.
 */
import { _roots } from '@react-three/fiber'
import {
  Box3,
  DirectionalLight,
  Mesh,
  PerspectiveCamera,
  Vector2,
  Vector3,
  type BufferGeometry,
  type ShaderMaterial,
} from 'three'
import type { MuscleOnSide } from '../state/store.ts'
import { muscleNode, type Vec3 } from './bodyManifest.ts'
import { referredPainLabels } from './referredPainZones.ts'
import { skinSurveyOf } from './skinSurveyOf.ts'

/** The two pictures a handout prints. */
export const printViews = ['front', 'back'] as const
export type PrintView = (typeof printViews)[number]

/** One picture: a PNG data URL and its size in pixels. */
export interface PrintPicture {
  view: PrintView
  url: string
  width: number
  height: number
}

/** The print camera's vertical field of view (degrees), as the screen's camera. */
const fov = 30
/** The smallest height framed (metres), so a small muscle keeps the body around it for context. */
const minHeight = 0.5
/** The stipple's spacing on screen in CSS pixels (Skin.tsx: 7 × dpr), kept the same on paper. */
const dotSpacingCss = 7
/** The camera light sits this far above the camera (CameraLight.tsx). */
const cameraLightLift = 0.6

/** Where the print camera stands to frame a box from the front (+Z) or the back (-Z). */
export function printFrame(
  box: { min: Vec3; max: Vec3 },
  view: PrintView,
  aspect: number,
  margin = 0.08,
): { position: [number, number, number]; target: [number, number, number] } {
  const { min, max } = box
  const centre: [number, number, number] = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2]
  const half: Vec3 = [(max[0] - min[0]) / 2, (max[1] - min[1]) / 2, (max[2] - min[2]) / 2]
  const halfHeight = Math.max(half[1], minHeight / 2)
  const t = Math.tan(((fov / 2) * Math.PI) / 180)
  // The near face of the box must fit the view both ways, with a margin round it.
  const distance = half[2] + Math.max(halfHeight / t, half[0] / (t * aspect)) * (1 + margin)
  const z = view === 'front' ? distance : -distance
  return { position: [centre[0], centre[1], centre[2] + z], target: centre }
}

/** The name the trigger-point markers carry for what they show (`muscle_side[_part]`), or null. */
export function sceneShows(canvas: HTMLCanvasElement): string | null {
  const scene = _roots.get(canvas)?.store.getState().scene
  const shows = scene?.getObjectByName('trigger_points')?.userData.shows as string | null | undefined
  return shows ?? null
}

/** The box to frame: the muscle and every skin vertex of its essential and spillover zones. */
function patternBox(target: MuscleOnSide, skin: Mesh<BufferGeometry>): Box3 {
  const node = muscleNode(target.muscle, target.side)
  const box = new Box3(new Vector3(...node.bounds.min), new Vector3(...node.bounds.max))
  const survey = skinSurveyOf(skin.geometry, skin.matrixWorld)
  if (!survey) return box
  const p = new Vector3()
  referredPainLabels(target.muscle, target.side, target.part).forEach((state, label) => {
    if (state === 0) return
    for (const v of survey.vertices[label] ?? []) box.expandByPoint(p.fromArray(survey.positions, v * 3))
  })
  return box
}

/**
 * Draws the front and back pictures of what the scene shows now, `width` x `height` pixels each,
 * for a picture printed `printedWidthCss` CSS pixels wide (the stipple keeps its printed size).
 * Null where there is no live scene (no WebGL, or the body not loaded).
 */
export function renderPrintPictures(
  canvas: HTMLCanvasElement,
  target: MuscleOnSide,
  width: number,
  height: number,
  printedWidthCss: number,
): PrintPicture[] | null {
  const root = _roots.get(canvas)
  if (!root) return null
  const { gl, scene, camera } = root.store.getState()
  const found = scene.getObjectByName('skin')
  if (!(found instanceof Mesh)) return null
  const skin = found as Mesh<BufferGeometry, ShaderMaterial>
  const skinMaterial = skin.material
  const dots = skinMaterial.uniforms.uDotSpacing
  const pattern = patternBox(target, skin)
  const box: { min: Vec3; max: Vec3 } = {
    min: [pattern.min.x, pattern.min.y, pattern.min.z],
    max: [pattern.max.x, pattern.max.y, pattern.max.z],
  }
  // The light that follows the screen's camera follows the print camera too, so the back is lit.
  const lightAt = camera.position.clone().setY(camera.position.y + cameraLightLift)
  const cameraLights: DirectionalLight[] = []
  scene.traverse((o) => {
    if (o instanceof DirectionalLight && o.position.distanceTo(lightAt) < 1e-6) cameraLights.push(o)
  })

  const out = document.createElement('canvas')
  out.width = width
  out.height = height
  const ctx = out.getContext('2d')
  if (!ctx) return null
  const printCamera = new PerspectiveCamera(fov, width / height, 0.05, 20)
  const saved = { ratio: gl.getPixelRatio(), size: gl.getSize(new Vector2()), dots: dots?.value as number | undefined }
  const pictures: PrintPicture[] = []
  try {
    gl.setPixelRatio(1)
    gl.setSize(width, height, false)
    if (dots) dots.value = dotSpacingCss * (width / printedWidthCss)
    for (const view of printViews) {
      const { position, target: look } = printFrame(box, view, width / height)
      printCamera.position.set(...position)
      printCamera.lookAt(...look)
      printCamera.updateMatrixWorld()
      for (const l of cameraLights) {
        l.position.copy(printCamera.position).setY(printCamera.position.y + cameraLightLift)
        l.updateMatrixWorld()
      }
      gl.render(scene, printCamera)
      // Paper is white: the canvas's transparent background becomes white, not black.
      ctx.fillStyle = '#ffffff'
      ctx.fillRect(0, 0, width, height)
      ctx.drawImage(gl.domElement, 0, 0, width, height)
      pictures.push({ view, url: out.toDataURL('image/png'), width, height })
    }
  } finally {
    for (const l of cameraLights) {
      l.position.copy(lightAt)
      l.updateMatrixWorld()
    }
    if (dots && saved.dots !== undefined) dots.value = saved.dots
    gl.setPixelRatio(saved.ratio)
    gl.setSize(saved.size.x, saved.size.y, false)
    gl.render(scene, camera)
  }
  return pictures
}
