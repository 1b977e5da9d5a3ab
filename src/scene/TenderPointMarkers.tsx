import { useEffect, useMemo } from 'react'
import { Quaternion, Vector3, type BufferGeometry, type Material } from 'three'
import { tenderPointIds } from '../data/tender-points.ts'
import { useAppStore } from '../state/store.ts'
import { bodyManifest } from './bodyManifest.ts'
import { createRingGeometry, createRingMaterial } from './tenderPointMaterial.ts'

/** Lift off the surface along the normal, as the trigger-point X is lifted. */
const lift = 0.004
const noRaycast = () => null
const zAxis = new Vector3(0, 0, 1)

interface RingProps {
  name: string
  position: readonly [number, number, number]
  normal: readonly [number, number, number]
  geometry: BufferGeometry
  material: Material
}

/** One tender point: the shared quad at its anchor, +Z turned to the surface normal (the shader faces the camera). */
function Ring({ name, position, normal, geometry, material }: RingProps) {
  const [x, y, z] = position
  const [nx, ny, nz] = normal
  const quaternion = useMemo(
    () => new Quaternion().setFromUnitVectors(zAxis, new Vector3(nx, ny, nz).normalize()),
    [nx, ny, nz],
  )
  return (
    <mesh
      name={name}
      position={[x + nx * lift, y + ny * lift, z + nz * lift]}
      quaternion={quaternion}
      geometry={geometry}
      material={material}
      raycast={noRaycast}
      renderOrder={9}
    />
  )
}

/**
 * The 18 tender points of the ACR 1990 criteria as rings, while the "Tender points" toggle is
 * on. Drawn over everything (like the trigger-point X) so the ones under a thick muscle or on
 * the far side stay findable; the far ones are faint. They take no pointer, so taps still reach
 * the muscles beneath. One quad and one material, made once and disposed with the scene.
 */
export function TenderPointMarkers() {
  const shown = useAppStore((s) => s.tenderPoints)
  const geometry = useMemo(() => createRingGeometry(), [])
  const material = useMemo(() => createRingMaterial(), [])
  useEffect(
    () => () => {
      material.dispose()
      geometry.dispose()
    },
    [material, geometry],
  )
  return (
    <group name="tender_points">
      {shown &&
        tenderPointIds.flatMap((id) =>
          (['left', 'right'] as const).map((side) => {
            const anchor = bodyManifest.tenderPoints[id]?.[side]
            if (!anchor) return null
            const name = `tender_point_${id}_${side}`
            return (
              <Ring
                key={name}
                name={name}
                position={anchor.position}
                normal={anchor.normal}
                geometry={geometry}
                material={material}
              />
            )
          }),
        )}
    </group>
  )
}
