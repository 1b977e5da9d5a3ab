import { useMemo } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import { Mesh, MeshStandardMaterial } from 'three'
import type { MuscleId } from '../data/muscles.ts'
import type { Side } from '../data/types.ts'
import { hoverMuscle, selectMuscle, useAppStore, type MuscleOnSide } from '../state/store.ts'
import type { ModelPart } from './Body.tsx'

/** Muscle tissue is a muted rose; red is kept for pain, teal is the app's accent. */
const colors = { rest: '#c49a8f', hovered: '#e0bcb2', selected: '#2a8a91' } as const

const noRaycast = () => null

/**
 * Click-through: the first click selects the muscle in front; clicking the same spot again
 * selects the next muscle behind it along the ray, so a deep muscle is always reachable.
 */
function nextAlongRay(e: ThreeEvent<MouseEvent>, front: MuscleOnSide): MuscleOnSide {
  const stack: MuscleOnSide[] = []
  for (const hit of e.intersections) {
    const m = hit.object.userData as Partial<MuscleOnSide>
    if (m.muscle && m.side && !stack.some((s) => s.muscle === m.muscle && s.side === m.side)) stack.push({ muscle: m.muscle, side: m.side })
  }
  const { selected } = useAppStore.getState()
  const at = stack.findIndex((s) => s.muscle === selected?.muscle && s.side === selected.side)
  return at >= 0 && stack.length > 1 ? stack[(at + 1) % stack.length]! : front
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
  // While the person marks pain, touches belong to the skin.
  const painting = useAppStore((s) => s.mode === 'where_it_hurts')
  const material = useMemo(() => new MeshStandardMaterial({ roughness: 0.72, metalness: 0 }), [])
  material.color.set(isSelected ? colors.selected : isHovered ? colors.hovered : colors.rest)

  const target = { muscle, side }
  const onOver = (e: ThreeEvent<PointerEvent>) => { e.stopPropagation(); hoverMuscle(target) }
  const onOut = () => {
    const { hovered } = useAppStore.getState()
    if (hovered?.muscle === muscle && hovered.side === side) hoverMuscle(null)
  }
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation()
    selectMuscle(nextAlongRay(e, target))
  }

  return (
    <mesh
      name={`muscle_${muscle}_${side === 'left' ? 'l' : 'r'}`}
      geometry={part.geometry}
      matrix={part.matrix}
      matrixAutoUpdate={false}
      material={material}
      raycast={painting ? noRaycast : Mesh.prototype.raycast}
      userData={target}
      onPointerOver={onOver}
      onPointerOut={onOut}
      onClick={onClick}
    />
  )
}
