import { useEffect, useRef } from 'react'
import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { Box3, Vector3 } from 'three'
import { useAppStore, type CameraRequest } from '../state/store.ts'
import { bodyBounds, muscleAzimuth, muscleFrameBounds, presetAzimuth } from './cameraViews.ts'
import type { Bounds } from './bodyManifest.ts'

const toBox = (b: Bounds) => new Box3(new Vector3(...b.min), new Vector3(...b.max))
const padding = { paddingTop: 0.05, paddingBottom: 0.05, paddingLeft: 0.05, paddingRight: 0.05 }

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

  useEffect(() => {
    const c = controls.current
    if (!c || width === 0 || height === 0) return
    const r: CameraRequest = request ?? { id: 0, kind: 'reset' }
    const size = `${width}x${height}`
    if (handled.current === r.id && lastSize.current === size) return
    const resized = lastSize.current !== size
    handled.current = r.id
    lastSize.current = size
    const animate = smooth() && r.id !== 0 && !resized
    if (r.kind === 'frame') {
      void c.rotateTo(muscleAzimuth(r.target.muscle, r.target.side), Math.PI / 2.1, animate)
      void c.fitToBox(toBox(muscleFrameBounds(r.target.muscle, r.target.side)), animate, padding)
    } else {
      void c.rotateTo(r.kind === 'preset' ? presetAzimuth[r.preset] : 0, Math.PI / 2, animate)
      void c.fitToBox(toBox(bodyBounds), animate, padding)
    }
  }, [request, width, height])

  return <CameraControls ref={controls} makeDefault minDistance={0.15} maxDistance={6} dollySpeed={0.6} />
}
