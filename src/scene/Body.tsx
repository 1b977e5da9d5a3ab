import { Suspense, useEffect, useMemo, useState } from 'react'
import { Mesh, type BufferGeometry } from 'three'
import { muscleIds } from '../data/muscles.ts'
import { muscles } from '../data/muscles.ts'
import { setMusclesLoaded, useAppStore } from '../state/store.ts'
import { BodyBackdrop } from './BodyBackdrop.tsx'
import { FirstFrameMark } from './FirstFrameMark.tsx'
import { frameMarks } from './frameMarks.ts'
import { preloadSkin, useMuscleNodes, useSkinNodes } from './bodyModel.ts'
import { bodyManifest } from './bodyManifest.ts'
import type { ModelPart } from './modelPart.ts'
import { Muscle } from './Muscle.tsx'
import { MotionView } from './MotionView.tsx'
import { useMeasuredSkin } from './measureSkin.ts'
import { buildBoundsTrees } from './pickingBvh.ts'
import { Precompile } from './Precompile.tsx'
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
function pickableGeometries(
  skinNodes: Record<string, unknown>,
  muscleNodes: Record<string, unknown>,
): BufferGeometry[] {
  const geometryOf = (nodes: Record<string, unknown>, name: string) => {
    const node = nodes[name]
    return node instanceof Mesh ? [node.geometry as BufferGeometry] : []
  }
  return [
    ...geometryOf(skinNodes, bodyManifest.skin.node),
    ...muscleIds.flatMap((id) => [
      ...geometryOf(muscleNodes, bodyManifest.muscles[id].left.node),
      ...geometryOf(muscleNodes, bodyManifest.muscles[id].right.node),
    ]),
  ]
}

/**
 * Every muscle on both sides, once their file has arrived (the skin is drawn before). Then the
 * picking structures are built and the programs compiled ahead (Precompile), and the store says
 * the muscles are there.
 */
function Muscles() {
  const skinNodes = useSkinNodes()
  const nodes = useMuscleNodes()
  const layers = useAppStore((s) => s.visibleLayers)
  // Picking structures for every muscle (shown or not) and the skin, built once per model.
  useEffect(() => buildBoundsTrees(pickableGeometries(skinNodes, nodes)).dispose, [skinNodes, nodes])
  // Every muscle side by node name, for the lighter body drawn while the camera moves.
  const skin = useMemo(() => partOf(skinNodes, bodyManifest.skin.node), [skinNodes])
  const sides = useMemo(
    () =>
      muscleIds.flatMap((id) =>
        (['left', 'right'] as const).flatMap((side) => {
          const name = bodyManifest.muscles[id][side].node
          const part = partOf(nodes, name)
          return part ? [{ name, part, deep: muscles[id].layer === 'deep' }] : []
        }),
      ),
    [nodes],
  )
  useEffect(() => {
    setMusclesLoaded(true)
    return () => setMusclesLoaded(false)
  }, [])
  return (
    <>
      {muscleIds.map((id) =>
        layers[muscles[id].layer]
          ? (['left', 'right'] as const).map((side) => {
              const part = partOf(nodes, bodyManifest.muscles[id][side].node)
              return part ? <Muscle key={`${id}_${side}`} muscle={id} side={side} part={part} /> : null
            })
          : null,
      )}
      <Precompile />
      {skin && <MotionView skin={skin} muscles={sides} />}
      <FirstFrameMark name={frameMarks.muscles} />
    </>
  )
}

/**
 * True from the second animation frame after mounting: the first one after the skin mounts draws
 * it. Until then the muscles' file is not asked for, so on a slow link it takes no bandwidth from
 * the skin, the code and the first frame.
 */
function useSkinDrawn(): boolean {
  const [drawn, setDrawn] = useState(false)
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setDrawn(true))
    })
    return () => cancelAnimationFrame(frame)
  }, [])
  return drawn
}

/** The generated body: the skin first, every muscle on both sides when they arrive, and the markers. */
export function Body() {
  const skinNodes = useSkinNodes()
  const skin = partOf(skinNodes, bodyManifest.skin.node)
  const skinDrawn = useSkinDrawn()
  // The skin's area per region, for the pain record's share of the body's surface.
  useMeasuredSkin(skin, skinDrawn)
  return (
    <group name="body">
      <Suspense fallback={null}>{skinDrawn && <Muscles />}</Suspense>
      {skin && <BodyBackdrop part={skin} />}
      {skin && <Skin part={skin} />}
      <FirstFrameMark name={frameMarks.skin} />
      <TenderPointMarkers />
      <TriggerPointMarkers />
    </group>
  )
}

preloadSkin()
