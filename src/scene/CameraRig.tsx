import { useEffect, useRef } from 'react'
import { CameraControls } from '@react-three/drei'
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

  useEffect(() => {
    const c = controls.current
    if (!c) return
    const r: CameraRequest = request ?? { id: 0, kind: 'reset' }
    if (handled.current === r.id) return
    handled.current = r.id
    const animate = smooth() && r.id !== 0
    if (r.kind === 'frame') {
      void c.rotateTo(muscleAzimuth(r.target.muscle, r.target.side), Math.PI / 2.1, animate)
      void c.fitToBox(toBox(muscleFrameBounds(r.target.muscle, r.target.side)), animate, padding)
    } else {
      void c.rotateTo(r.kind === 'preset' ? presetAzimuth[r.preset] : 0, Math.PI / 2, animate)
      void c.fitToBox(toBox(bodyBounds), animate, padding)
    }
  }, [request])

  return <CameraControls ref={controls} makeDefault minDistance={0.15} maxDistance={6} dollySpeed={0.6} />
}
