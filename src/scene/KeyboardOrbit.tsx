import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import type { CameraControls } from '@react-three/drei'
import { clearSelection } from '../state/store.ts'

const step = Math.PI / 12

/**
 * Keyboard camera for people who do not use a mouse: arrows orbit, Shift+arrows pan,
 * + and - zoom, Escape deselects. Listens on the canvas, which is focusable.
 */
export function KeyboardOrbit() {
  const gl = useThree((s) => s.gl)
  const controls = useThree((s) => s.controls) as unknown as CameraControls | null

  useEffect(() => {
    const el = gl.domElement
    el.tabIndex = 0
    const onKey = (e: KeyboardEvent) => {
      if (!controls) return
      const pan = 0.05
      const moves: Record<string, () => unknown> = e.shiftKey
        ? {
            ArrowLeft: () => controls.truck(-pan, 0, true),
            ArrowRight: () => controls.truck(pan, 0, true),
            ArrowUp: () => controls.truck(0, -pan, true),
            ArrowDown: () => controls.truck(0, pan, true),
          }
        : {
            ArrowLeft: () => controls.rotate(-step, 0, true),
            ArrowRight: () => controls.rotate(step, 0, true),
            ArrowUp: () => controls.rotate(0, -step / 2, true),
            ArrowDown: () => controls.rotate(0, step / 2, true),
          }
      const zoom: Record<string, () => unknown> = {
        '+': () => controls.dolly(0.2, true),
        '=': () => controls.dolly(0.2, true),
        '-': () => controls.dolly(-0.2, true),
        Escape: () => clearSelection(),
      }
      const action = moves[e.key] ?? zoom[e.key]
      if (action) {
        e.preventDefault()
        action()
      }
    }
    el.addEventListener('keydown', onKey)
    return () => el.removeEventListener('keydown', onKey)
  }, [gl, controls])

  return null
}
