import { useEffect, useLayoutEffect, useRef } from 'react'
import { CameraControls, CameraControlsImpl } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { Mesh, PerspectiveCamera, Vector3, type BufferGeometry } from 'three'
import { triggerPointsOf } from '../data/muscle-parts.ts'
import { useAppStore, type CameraRequest, type ViewPreset } from '../state/store.ts'
import { bodyManifest, muscleNode, type Vec3 } from './bodyManifest.ts'
import { bodyBounds, muscleAzimuth, muscleFrameBounds, presetShowingMost } from './cameraViews.ts'
import { presetAzimuth } from './presetAzimuth.ts'
import { useSkinNodes } from './bodyModel.ts'
import {
  bestAzimuth,
  boxCorners,
  fitPoints,
  freeNdcRect,
  patternPoints,
  viewBasis,
  wholeBodyView,
  type NdcRect,
  type ViewFit,
} from './framing.ts'
import { raiseAt } from './meshArrays.ts'
import { labelCount, painMarkLabels, referredPainLabels } from './referredPainZones.ts'
import type { SkinSurvey } from './skinSurvey.ts'
import { skinSurveyOf } from './skinSurveyOf.ts'

/**
 * The last camera request the rig has applied, and the free part of the canvas (the store's
 * `freeCanvas`, as JSON) it last took into account. Tests wait on both: see TestHook.
 */
export const cameraRigStatus = { handledId: -1, free: 'null' }

/** Whether the user asked the system for less motion: then the camera jumps, never glides. */
function smooth(): boolean {
  return !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
}

/** A little above eye level for a muscle, so the top of a shoulder or a foot reads. */
const FRAME_POLAR = Math.PI / 2.1

/**
 * Where the camera goes for a request. A muscle: its referred-pain pattern on the skin (essential
 * and spillover zones, as the shader paints them) together with the muscle, seen from the side
 * that shows most of the pattern. A preset or reset: the whole body. Marks: the whole body from
 * the preset side that shows most of them. Each inside `rect`.
 */
export function viewFor(
  r: CameraRequest,
  survey: SkinSurvey | null,
  fovY: number,
  aspect: number,
  rect: NdcRect,
): ViewFit {
  if (r.kind === 'frame' || r.kind === 'frameAll') {
    const targets = r.kind === 'frame' ? [r.target] : r.targets
    // Several muscles (comparing): the union of their patterns, muscles and trigger points.
    const states = new Uint8Array(labelCount)
    const normals: Vec3[] = []
    const muscleBoxes: number[] = []
    for (const { muscle, side, part } of targets) {
      referredPainLabels(muscle, side, part).forEach((v, i) => raiseAt(states, i, v))
      const anchors = muscleNode(muscle, side).triggerPoints
      for (const t of triggerPointsOf(muscle, part)) {
        const anchor = anchors[t.id]
        if (anchor) normals.push(anchor.normal)
      }
      muscleBoxes.push(...boxCorners(muscleFrameBounds(muscle, side)))
    }
    const first = targets[0]
    const fallback = first ? muscleAzimuth(first.muscle, first.side) : 0
    const azimuth = survey ? bestAzimuth(survey, states, normals, FRAME_POLAR, fallback) : fallback
    const points = survey ? patternPoints(survey, states, muscleBoxes) : muscleBoxes
    return fitPoints(points, viewBasis(azimuth, FRAME_POLAR), fovY, aspect, rect)
  }
  let preset: ViewPreset = 'front'
  if (r.kind === 'preset') preset = r.preset
  else if (r.kind === 'frameMarks' && survey) preset = presetShowingMost(survey, painMarkLabels(r.marks))
  return wholeBodyView(bodyBounds, presetAzimuth[preset], fovY, aspect, rect)
}

/** The skin's survey (skinSurveyOf.ts: worked out once, then kept), or null without a skin mesh. */
function surveyOf(nodes: Record<string, unknown>): SkinSurvey | null {
  const skin = nodes[bodyManifest.skin.node]
  if (!(skin instanceof Mesh)) return null
  skin.updateWorldMatrix(true, false)
  return skinSurveyOf(skin.geometry as BufferGeometry, skin.matrixWorld)
}

/** Where the controls are headed (end values, rounded): changes only when someone moves the view. */
function poseOf(c: CameraControls): string {
  const end = [
    c.getTarget(new Vector3(), true),
    c.getPosition(new Vector3(), true),
    c.getFocalOffset(new Vector3(), true),
  ]
  return end.map((p) => p.toArray().map((x) => x.toFixed(4))).join(';')
}

/** Orbit, zoom and pan (mouse, touch, keyboard), and the moves the UI asks for. */
export function CameraRig() {
  const controls = useRef<CameraControls>(null)
  const request = useAppStore((s) => s.cameraRequest)
  // The part of the canvas no sheet, panel or button covers, measured by the UI.
  const free = useAppStore((s) => s.freeCanvas)
  const nodes = useSkinNodes()
  const width = useThree((s) => s.size.width)
  const height = useThree((s) => s.size.height)
  const camera = useThree((s) => s.camera)
  const applied = useRef<{ id: number; size: string; free: string; pose: string } | null>(null)

  // In the commit that mounts the rig (and the skin with it), not after it: the frame that commit
  // asks for (Scene's StartFrames) may come before passive effects have run, and would show the
  // body from the camera's starting place.
  useLayoutEffect(() => {
    const c = controls.current
    if (!c || width === 0 || height === 0) return
    const r: CameraRequest = request ?? { id: 0, kind: 'reset' }
    const size = `${width}x${height}`
    const freeKey = JSON.stringify(free)
    const last = applied.current
    const same = last?.id === r.id && last.size === size
    if (same && last.free === freeKey) return
    // The free part alone changed (the sheet moved): reframe only a view nobody has moved since.
    if (same && poseOf(c) !== last.pose) {
      applied.current = { ...last, free: freeKey }
      cameraRigStatus.free = freeKey
      return
    }
    // The canvas' shape changed (layout settling, a phone turned sideways): jump, do not glide.
    const animate = smooth() && r.id !== 0 && (last === null || last.size === size)
    // Only a pattern or marks are framed by the skin; the whole body's view needs no survey.
    const survey = r.kind === 'frame' || r.kind === 'frameAll' || r.kind === 'frameMarks' ? surveyOf(nodes) : null
    const fovY = camera instanceof PerspectiveCamera ? (camera.fov * Math.PI) / 180 : Math.PI / 6
    const fit = viewFor(r, survey, fovY, width / height, freeNdcRect(width, height, free))
    void c.setLookAt(...fit.orbitPosition, ...fit.target, animate)
    // camera-controls slides the camera by (x, -y) along its own axes.
    void c.setFocalOffset(fit.offset[0], -fit.offset[1], 0, animate)
    // A jump is placed now, not in the next frame's update: camera-controls slides the camera by
    // the focal offset along the axes of the camera's last drawn matrix, so the first frame after
    // a jump was drawn from a point off by the old view's tilt (2% smaller on a phone), and the
    // frame after it jumped again. One update here brings the matrix to the new view.
    if (!animate) {
      c.update(0)
      camera.updateMatrixWorld()
    }
    cameraRigStatus.handledId = r.id
    cameraRigStatus.free = freeKey
    applied.current = { id: r.id, size, free: freeKey, pose: poseOf(c) }
  }, [request, width, height, free, nodes, camera])

  // The survey worked out in a task of its own once the body is drawn (about 30 ms under a
  // software renderer): not on the path to the first frame, nor on the first tap that frames a pattern.
  const bodyDrawn = useAppStore((s) => s.musclesLoaded)
  useEffect(() => {
    if (!bodyDrawn) return
    const timer = setTimeout(() => surveyOf(nodes), 0)
    return () => clearTimeout(timer)
  }, [bodyDrawn, nodes])

  // In paint mode one finger or the left button paints; two fingers or the right button orbit.
  const painting = useAppStore((s) => s.mode === 'where_it_hurts')
  useEffect(() => {
    const c = controls.current
    if (!c) return
    const { ACTION } = CameraControlsImpl
    c.mouseButtons.left = painting ? ACTION.NONE : ACTION.ROTATE
    c.mouseButtons.right = painting ? ACTION.ROTATE : ACTION.TRUCK
    c.touches.one = painting ? ACTION.NONE : ACTION.TOUCH_ROTATE
    c.touches.two = painting ? ACTION.TOUCH_DOLLY_ROTATE : ACTION.TOUCH_DOLLY_TRUCK
  }, [painting])

  return <CameraControls ref={controls} makeDefault minDistance={0.15} maxDistance={6} dollySpeed={0.6} />
}
