import { useEffect } from 'react'
import { Mesh, type BufferGeometry } from 'three'
import { muscleIds } from '../data/muscles.ts'
import { muscles } from '../data/muscles.ts'
import { useAppStore } from '../state/store.ts'
import { BodyBackdrop } from './BodyBackdrop.tsx'
import { preloadBody, useBodyNodes } from './bodyModel.ts'
import { bodyManifest } from './bodyManifest.ts'
import type { ModelPart } from './modelPart.ts'
import { Muscle } from './Muscle.tsx'
import { useMeasuredSkin } from './measureSkin.ts'
import { buildBoundsTrees } from './pickingBvh.ts'
import { Skin } from './Skin.tsx'
import { TriggerPointMarkers } from './TriggerPointMarkers.tsx'
import { TenderPointMarkers } from './TenderPointMarkers.tsx'

function partOf(nodes: Record<string, unknown>, name: string): ModelPart | null {
  const node = nodes[name]
  if (!(node instanceof Mesh)) return null
  node.updateWorldMatrix(true, false)
  return { geometry: node.geometry as BufferGeometry, matrix: node.matrixWorld }
}

/** The geometries a pointer can hit: every muscle on both sides, and the skin (the brush). */
function pickableGeometries(nodes: Record<string, unknown>): BufferGeometry[] {
  const names = [
    bodyManifest.skin.node,
    ...muscleIds.flatMap((id) => [bodyManifest.muscles[id].left.node, bodyManifest.muscles[id].right.node]),
  ]
  return names.flatMap((name) => {
    const node = nodes[name]
    return node instanceof Mesh ? [node.geometry as BufferGeometry] : []
  })
}

/** The generated body: skin, every muscle on both sides, and the selected muscle's TrPs. */
export function Body() {
  const nodes = useBodyNodes()
  const layers = useAppStore((s) => s.visibleLayers)
  const skin = partOf(nodes, bodyManifest.skin.node)
  // Picking structures for every muscle (shown or not) and the skin, built once per model.
  useEffect(() => buildBoundsTrees(pickableGeometries(nodes)).dispose, [nodes])
  // The skin's area per region, for the pain record's share of the body's surface.
  useMeasuredSkin(skin)
  return (
    <group name="body">
      {muscleIds.map((id) =>
        layers[muscles[id].layer]
          ? (['left', 'right'] as const).map((side) => {
              const part = partOf(nodes, bodyManifest.muscles[id][side].node)
              return part ? <Muscle key={`${id}_${side}`} muscle={id} side={side} part={part} /> : null
            })
          : null,
      )}
      {skin && <BodyBackdrop part={skin} />}
      {skin && <Skin part={skin} />}
      <TenderPointMarkers />
      <TriggerPointMarkers />
    </group>
  )
}

preloadBody()
