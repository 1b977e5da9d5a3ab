import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { Vector3 } from 'three'
import { isMuscleId } from '../data/muscles.ts'
import { useAppStore } from '../state/store.ts'
import { bodyManifest, muscleNode } from './bodyManifest.ts'
import { cameraRigStatus } from './CameraRig.tsx'

/** What browser tests can ask the live scene (only under automation: navigator.webdriver). */
export interface TriggerMapTestHook {
  /** Screen position (CSS pixels, page coordinates) of a muscle's centroid, through the live camera. */
  projectMuscle(muscle: string, side: 'left' | 'right'): { x: number; y: number } | null
  /** Screen position of any point of the model (metres). */
  projectPoint(point: readonly [number, number, number]): { x: number; y: number }
  /** Where a trigger point's marker sits on its muscle (metres), or null. */
  triggerPointAnchor(muscle: string, side: 'left' | 'right', trp: string): readonly [number, number, number] | null
  /** A point of the skin inside a region on one side (the manifest's region centre), or null. */
  regionCentroid(region: string, side: 'left' | 'right'): readonly [number, number, number] | null
  /** Where the camera is (metres), for checking the framing. */
  cameraPosition(): [number, number, number]
  /** Resolves true once the last view request is applied and the camera held still for two frames. */
  cameraSettled(): Promise<boolean>
  /** three's count of renders so far, and what the last one drew (for the frame benchmark). */
  renderInfo(): { renders: number; calls: number; triangles: number }
}

declare global {
  interface Window { __triggermap?: TriggerMapTestHook }
}

/** Exposes `window.__triggermap` to end-to-end tests; absent for real users. */
export function TestHook() {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  useEffect(() => {
    if (!navigator.webdriver) return
    const projectPoint = (p: readonly [number, number, number]) => {
      const v = new Vector3(...p).project(camera)
      const rect = gl.domElement.getBoundingClientRect()
      return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height }
    }
    window.__triggermap = {
      projectPoint,
      cameraPosition: () => camera.position.toArray(),
      cameraSettled: async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
        const before = camera.position.toArray().join()
        await frame()
        const handled = cameraRigStatus.handledId === (useAppStore.getState().cameraRequest?.id ?? 0)
        return handled && camera.position.toArray().join() === before
      },
      projectMuscle: (muscle, side) => (isMuscleId(muscle) ? projectPoint(muscleNode(muscle, side).centroid) : null),
      triggerPointAnchor: (muscle, side, trp) => (isMuscleId(muscle) ? muscleNode(muscle, side).triggerPoints[trp]?.position ?? null : null),
      regionCentroid: (region, side) => bodyManifest.skin.regionCentres[`${region}_${side === 'left' ? 'l' : 'r'}`] ?? null,
      renderInfo: () => ({ renders: gl.info.render.frame, calls: gl.info.render.calls, triangles: gl.info.render.triangles }),
    }
    return () => { delete window.__triggermap }
  }, [camera, gl])
  return null
}
