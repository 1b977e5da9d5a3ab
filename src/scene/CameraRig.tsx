import { useEffect, useRef } from 'react'
import { CameraControls, CameraControlsImpl } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { Box3, Vector3 } from 'three'
import { useAppStore, type CameraRequest } from '../state/store.ts'
import { bodyBounds, muscleAzimuth, muscleFrameBounds, presetAzimuth } from './cameraViews.ts'
import type { Bounds } from './bodyManifest.ts'

const toBox = (b: Bounds) => new Box3(new Vector3(...b.min), new Vector3(...b.max))

/**
 * Padding (metres) around a framed box. On a phone the bottom sheet covers the lower part of
 * the canvas, so the box is pushed up into the part that stays visible.
 */
function paddingFor(box: Bounds, canvas: HTMLCanvasElement): { paddingTop: number; paddingBottom: number; paddingLeft: number; paddingRight: number } {
  const margin = 0.05
  const sheet = document.querySelector('.panel')?.getBoundingClientRect()
  const view = canvas.getBoundingClientRect()
  let covered = 0
  if (sheet && view.height > 0 && sheet.top > view.top && sheet.left <= view.left + 1 && sheet.right >= view.right - 1) {
    covered = Math.min(0.6, Math.max(0, (view.bottom - sheet.top) / view.height))
  }
  const height = box.max[1] - box.min[1] + 2 * margin
  return { paddingTop: margin, paddingBottom: margin + (height * covered) / (1 - covered), paddingLeft: margin, paddingRight: margin }
}

/** The last camera request the rig has applied (tests wait on it: see TestHook). */
export const cameraRigStatus = { handledId: -1 }

/** Whether the user asked the system for less motion: then the camera jumps, never glides. */
function smooth(): boolean {
  return !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
}

/** Orbit, zoom and pan (mouse, touch, keyboard), and the moves the UI asks for. */
export function CameraRig() {
  const controls = useRef<CameraControls>(null)
  const request = useAppStore((s) => s.cameraRequest)
  const handled = useRef<number>(-1)
  // The framing depends on the canvas' shape: redo the last request when it changes
  // (layout settling, a phone turned sideways), without animation.
  const width = useThree((s) => s.size.width)
  const height = useThree((s) => s.size.height)
  const lastSize = useRef('')
  const canvas = useThree((s) => s.gl.domElement)

  useEffect(() => {
    const c = controls.current
    if (!c || width === 0 || height === 0) return
    const r: CameraRequest = request ?? { id: 0, kind: 'reset' }
    const size = `${width}x${height}`
    if (handled.current === r.id && lastSize.current === size) return
    const resized = lastSize.current !== size
    handled.current = r.id
    cameraRigStatus.handledId = r.id
    lastSize.current = size
    const animate = smooth() && r.id !== 0 && !resized
    if (r.kind === 'frame') {
      void c.rotateTo(muscleAzimuth(r.target.muscle, r.target.side), Math.PI / 2.1, animate)
      const box = muscleFrameBounds(r.target.muscle, r.target.side)
      void c.fitToBox(toBox(box), animate, paddingFor(box, canvas))
    } else {
      void c.rotateTo(r.kind === 'preset' ? presetAzimuth[r.preset] : 0, Math.PI / 2, animate)
      void c.fitToBox(toBox(bodyBounds), animate, paddingFor(bodyBounds, canvas))
    }
  }, [request, width, height, canvas])

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
