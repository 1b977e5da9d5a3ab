import { Billboard } from '@react-three/drei'
import { muscles } from '../data/muscles.ts'
import { useAppStore } from '../state/store.ts'
import { muscleNode } from './bodyManifest.ts'

/** Marker size in metres: big enough to see on a phone, small enough to sit on a muscle. */
const size = 0.018
const noRaycast = () => null

/** One X, drawn dark on a white halo so it reads on muscle and on red zones alike. */
function Cross({ color, width, length }: { color: string; width: number; length: number }) {
  return (
    <>
      {[Math.PI / 4, -Math.PI / 4].map((angle) => (
        <mesh key={angle} rotation={[0, 0, angle]} raycast={noRaycast} renderOrder={10}>
          <planeGeometry args={[length, width]} />
          <meshBasicMaterial color={color} depthTest={false} transparent />
        </mesh>
      ))}
    </>
  )
}

/** The selected muscle's trigger points, as Travell & Simons draw them: an X on the muscle. */
export function TriggerPointMarkers() {
  const selected = useAppStore((s) => s.selected)
  if (!selected) return null
  const anchors = muscleNode(selected.muscle, selected.side).triggerPoints
  return (
    <group name="trigger_points">
      {muscles[selected.muscle].triggerPoints.map((trp) => {
        const anchor = anchors[trp.id]
        if (!anchor) return null
        return (
          <Billboard key={trp.id} position={[...anchor.position]} name={`trp_${trp.id}`}>
            <Cross color="#ffffff" width={size * 0.42} length={size * 1.25} />
            <Cross color="#1d1d1f" width={size * 0.2} length={size} />
          </Billboard>
        )
      })}
    </group>
  )
}
