import { useRef } from 'react'
import { Billboard } from '@react-three/drei'
import { useFrame } from '@react-three/fiber'
import { Vector3, type Group, type MeshBasicMaterial, type Mesh } from 'three'
import { triggerPointsOf } from '../data/muscle-parts.ts'
import { useAppStore } from '../state/store.ts'
import { muscleNode } from './bodyManifest.ts'

/** Marker size in metres: big enough to see on a phone, small enough to sit on a muscle. */
const size = 0.018
/** Lift off the surface along the normal, so the X sits just above the muscle. */
const lift = 0.004
const noRaycast = () => null

/** One X, drawn dark on a white halo so it reads on muscle and on red zones alike. */
function Cross({ color, width, length }: { color: string; width: number; length: number }) {
  return (
    <>
      {[Math.PI / 4, -Math.PI / 4].map((angle) => (
        <mesh key={angle} rotation={[0, 0, angle]} raycast={noRaycast} renderOrder={10}>
          <planeGeometry args={[length, width]} />
          <meshBasicMaterial color={color} depthTest={false} depthWrite={false} transparent />
        </mesh>
      ))}
    </>
  )
}

const toCamera = new Vector3()

/**
 * One trigger point. Drawn over everything so a deep TrP stays findable, but faint when its
 * face of the muscle turns away from the viewer, so a TrP on the back never passes for one on
 * the front. The fade is set per frame on the materials (no React state).
 */
function Marker({ position, normal }: { position: readonly [number, number, number]; normal: readonly [number, number, number] }) {
  const group = useRef<Group>(null)
  useFrame(({ camera }) => {
    const g = group.current
    if (!g) return
    toCamera.copy(camera.position).sub(g.position).normalize()
    const facing = toCamera.x * normal[0] + toCamera.y * normal[1] + toCamera.z * normal[2]
    const opacity = facing > 0.05 ? 1 : 0.25
    g.traverse((o) => {
      const m = (o as Mesh).material as MeshBasicMaterial | undefined
      if (m) m.opacity = opacity
    })
  })
  const [x, y, z] = position
  const [nx, ny, nz] = normal
  return (
    <Billboard ref={group} position={[x + nx * lift, y + ny * lift, z + nz * lift]}>
      <Cross color="#ffffff" width={size * 0.42} length={size * 1.25} />
      <Cross color="#1d1d1f" width={size * 0.2} length={size} />
    </Billboard>
  )
}

/** The selected muscle's (or part's) trigger points, as Travell & Simons draw them: an X on the muscle. */
export function TriggerPointMarkers() {
  const selected = useAppStore((s) => s.selected)
  if (!selected) return null
  const anchors = muscleNode(selected.muscle, selected.side).triggerPoints
  return (
    <group name="trigger_points">
      {triggerPointsOf(selected.muscle, selected.part).map((trp) => {
        const anchor = anchors[trp.id]
        if (!anchor) return null
        return <Marker key={trp.id} position={anchor.position} normal={anchor.normal} />
      })}
    </group>
  )
}
