import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { DirectionalLight } from 'three'

/**
 * A soft light from just above the viewer's shoulder that moves with the camera, so the body
 * is modelled the same way from every side: the back and the side views are lit as well as
 * the front, as in an atlas plate.
 */
export function CameraLight() {
  const light = useRef<DirectionalLight>(null)
  useFrame(({ camera }) => {
    const l = light.current
    if (!l) return
    l.position.copy(camera.position)
    l.position.y += 0.6
    l.target.position.set(0, 0.9, 0)
    l.target.updateMatrixWorld()
  })
  return <directionalLight ref={light} intensity={1.1} />
}
