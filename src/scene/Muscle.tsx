import { useEffect, useLayoutEffect, useMemo } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import type { BufferAttribute, Mesh } from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { isSelectablePart } from '../data/muscle-parts.ts'
import type { MuscleId } from '../data/muscles.ts'
import type { Side } from '../data/types.ts'
import { hoverMuscle, selectMuscle, useAppStore, type MuscleOnSide } from '../state/store.ts'
import type { ModelPart } from './modelPart.ts'
import { bodyManifest } from './bodyManifest.ts'
import { createMuscleMaterial } from './muscleShader.ts'

/**
 * Muscle tissue is a muted rose; red is kept for pain, teal is the app's accent. When one part
 * of a muscle is selected, its other parts take a pale teal.
 */
const colors = { rest: '#c49a8f', hovered: '#e0bcb2', selected: '#2a8a91', otherParts: '#9cc9cc' } as const

const noRaycast = () => null

/**
 * Neighbouring muscles differ a little in lightness (±3 %, fixed per muscle), so the border
 * between two bellies reads even where the lighting is flat, as in an atlas plate.
 */
function restShade(muscle: string): number {
  let h = 0
  for (let i = 0; i < muscle.length; i++) h = (h * 31 + muscle.charCodeAt(i)) >>> 0
  return ((h % 7) - 3) * 0.01
}

/**
 * Click-through: the first click selects the muscle in front; clicking the same spot again
 * selects the next muscle behind it along the ray, so a deep muscle is always reachable.
 */
function nextAlongRay(e: ThreeEvent<MouseEvent>, front: MuscleOnSide): MuscleOnSide {
  const stack: MuscleOnSide[] = []
  for (const hit of e.intersections) {
    const m = hit.object.userData as Partial<MuscleOnSide>
    if (m.muscle && m.side && !stack.some((s) => s.muscle === m.muscle && s.side === m.side))
      stack.push(touched(m.muscle, m.side, hit.object as Mesh, hit.face?.a))
  }
  const { selected } = useAppStore.getState()
  // The same muscle and part again: the person wants what lies behind it. Another part of the
  // selected muscle: that part.
  const at = stack.findIndex(
    (s) => s.muscle === selected?.muscle && s.side === selected.side && s.part === selected.part,
  )
  const behind = at >= 0 ? stack[(at + 1) % stack.length] : undefined
  return behind && stack.length > 1 ? behind : front
}

/** The muscle side a hit touched, with the part when that part can be selected. */
function touched(muscle: MuscleId, side: Side, mesh: Mesh, vertex: number | undefined): MuscleOnSide {
  const labels = mesh.geometry.getAttribute('_part') as BufferAttribute | undefined
  if (!labels || vertex === undefined) return { muscle, side }
  const part = bodyManifest.muscles[muscle].parts[labels.getX(vertex)]
  return part && isSelectablePart(muscle, part) ? { muscle, side, part } : { muscle, side }
}

interface MuscleProps {
  muscle: MuscleId
  side: Side
  part: ModelPart
}

/** One muscle on one side: hover names it, click selects it. */
export function Muscle({ muscle, side, part }: MuscleProps) {
  // Narrow selectors: a hover or click re-renders only the meshes whose state changes.
  const isSelected = useAppStore((s) => s.selected?.muscle === muscle && s.selected.side === side)
  const isHovered = useAppStore((s) => s.hovered?.muscle === muscle && s.hovered.side === side)
  const selectedPart = useAppStore((s) =>
    s.selected?.muscle === muscle && s.selected.side === side ? s.selected.part : undefined,
  )
  // While the person marks pain, touches belong to the skin.
  const painting = useAppStore((s) => s.mode === 'where_it_hurts')
  const hasParts = part.geometry.getAttribute('_part') !== undefined
  // One material per mesh for its lifetime (every muscle shares one compiled program); its
  // colours change after a commit, never during render, and it is disposed on unmount.
  const { material, setPart, otherColor } = useMemo(() => createMuscleMaterial(hasParts), [hasParts])
  useEffect(() => () => material.dispose(), [material])
  const partIndex = isSelected && selectedPart ? bodyManifest.muscles[muscle].parts.indexOf(selectedPart) : -1
  useLayoutEffect(() => {
    if (isSelected || isHovered) material.color.set(isSelected ? colors.selected : colors.hovered)
    else material.color.set(colors.rest).offsetHSL(0, 0, restShade(muscle))
    otherColor.set(colors.otherParts)
    setPart(partIndex)
  }, [material, otherColor, setPart, isSelected, isHovered, muscle, partIndex])

  const target = { muscle, side }
  const onOver = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation()
    hoverMuscle(touched(muscle, side, e.object as Mesh, e.face?.a))
  }
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    if (hasParts) hoverMuscle(touched(muscle, side, e.object as Mesh, e.face?.a))
  }
  const onOut = () => {
    const { hovered } = useAppStore.getState()
    if (hovered?.muscle === muscle && hovered.side === side) hoverMuscle(null)
  }
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation()
    selectMuscle(nextAlongRay(e, touched(muscle, side, e.object as Mesh, e.face?.a)))
  }

  return (
    <mesh
      name={`muscle_${muscle}_${side === 'left' ? 'l' : 'r'}`}
      geometry={part.geometry}
      matrix={part.matrix}
      matrixAutoUpdate={false}
      material={material}
      raycast={painting ? noRaycast : acceleratedRaycast}
      userData={target}
      onPointerOver={onOver}
      onPointerMove={hasParts ? onMove : undefined}
      onPointerOut={onOut}
      onClick={onClick}
    />
  )
}
