import { useGLTF } from '@react-three/drei'
import { Mesh, type BufferGeometry } from 'three'
import bodyUrl from '../../models/body.glb?url'
import { muscleIds } from '../data/muscles.ts'
import { muscles } from '../data/muscles.ts'
import { useAppStore } from '../state/store.ts'
import { bodyManifest } from './bodyManifest.ts'
import { Muscle } from './Muscle.tsx'
import { Skin } from './Skin.tsx'
import { TriggerPointMarkers } from './TriggerPointMarkers.tsx'

/** Geometry of a named node of the generated model. */
function geometryOf(nodes: Record<string, unknown>, name: string): BufferGeometry | null {
  const node = nodes[name]
  return node instanceof Mesh ? (node.geometry as BufferGeometry) : null
}

/** The generated body: skin, every muscle on both sides, and the selected muscle's TrPs. */
export function Body() {
  const { nodes } = useGLTF(bodyUrl)
  const layers = useAppStore((s) => s.visibleLayers)
  const skin = geometryOf(nodes, bodyManifest.skin.node)
  return (
    <group name="body">
      {muscleIds.map((id) =>
        layers[muscles[id].layer] ? (
          (['left', 'right'] as const).map((side) => {
            const geometry = geometryOf(nodes, bodyManifest.muscles[id][side].node)
            return geometry ? <Muscle key={`${id}_${side}`} muscle={id} side={side} geometry={geometry} /> : null
          })
        ) : null,
      )}
      {skin && <Skin geometry={skin} />}
      <TriggerPointMarkers />
    </group>
  )
}

useGLTF.preload(bodyUrl)
