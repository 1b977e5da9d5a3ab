import { useEffect, useMemo } from 'react'
import { Quaternion, Vector3, type BufferGeometry, type Material } from 'three'
import { triggerPointsOf } from '../data/muscle-parts.ts'
import { useAppStore, type MuscleOnSide } from '../state/store.ts'
import { muscleNode } from './bodyManifest.ts'
import { createMarkerGeometry, createMarkerMaterial } from './markerMaterial.ts'
import { compareColors } from '../state/palette.ts'

/** Lift off the surface along the normal, so the X sits just above the muscle. */
const lift = 0.004
const noRaycast = () => null
const zAxis = new Vector3(0, 0, 1)

interface MarkerProps {
  position: readonly [number, number, number]
  normal: readonly [number, number, number]
  geometry: BufferGeometry
  material: Material
}

/**
 * One trigger point: the shared quad at the anchor, its +Z turned to the surface normal (the
 * shader faces it to the camera and fades it when that normal turns away). Drawn over
 * everything so a deep TrP stays findable.
 */
function Marker({ position, normal, geometry, material }: MarkerProps) {
  const [x, y, z] = position
  const [nx, ny, nz] = normal
  const quaternion = useMemo(
    () => new Quaternion().setFromUnitVectors(zAxis, new Vector3(nx, ny, nz).normalize()),
    [nx, ny, nz],
  )
  return (
    <mesh
      position={[x + nx * lift, y + ny * lift, z + nz * lift]}
      quaternion={quaternion}
      geometry={geometry}
      material={material}
      raycast={noRaycast}
      renderOrder={10}
    />
  )
}

/** One muscle's (or part's) markers, all in one material. */
interface MuscleMarkersProps {
  target: MuscleOnSide
  geometry: BufferGeometry
  material: Material
}

function MuscleMarkers({ target, geometry, material }: MuscleMarkersProps) {
  const anchors = muscleNode(target.muscle, target.side).triggerPoints
  return triggerPointsOf(target.muscle, target.part).map((trp) => {
    const anchor = anchors[trp.id]
    if (!anchor) return null
    return (
      <Marker key={trp.id} position={anchor.position} normal={anchor.normal} geometry={geometry} material={material} />
    )
  })
}

/**
 * The selected muscle's (or part's) trigger points, as Travell & Simons draw them: an X on the
 * muscle; while comparing, each listed muscle's X's in its own colour instead. Every marker
 * shares one quad, and the materials (one plus one per compare colour, all one shader program)
 * are made once with the scene and disposed with it; a hidden marker keeps the material in the
 * scene so its program is compiled ahead (Precompile), and a selection only moves meshes.
 */
export function TriggerPointMarkers() {
  const selected = useAppStore((s) => s.selected)
  const comparing = useAppStore((s) => s.comparing)
  const patientList = useAppStore((s) => s.patientList)
  const geometry = useMemo(() => createMarkerGeometry(), [])
  const material = useMemo(() => createMarkerMaterial(), [])
  const compareMaterials = useMemo(() => compareColors.map((colour) => createMarkerMaterial(colour)), [])
  useEffect(
    () => () => {
      material.dispose()
      compareMaterials.forEach((m) => m.dispose())
      geometry.dispose()
    },
    [material, compareMaterials, geometry],
  )
  const shows = comparing
    ? patientList.map((m) => `${m.muscle}_${m.side}`).join(' ')
    : selected
      ? `${selected.muscle}_${selected.side}${selected.part ? `_${selected.part}` : ''}`
      : null
  return (
    <group name="trigger_points" userData={{ shows }}>
      <mesh name="trigger_point_warmup" visible={false} geometry={geometry} material={material} raycast={noRaycast} />
      {comparing
        ? patientList.map((m, i) => (
            <MuscleMarkers
              key={`${m.muscle}_${m.side}`}
              target={m}
              geometry={geometry}
              material={compareMaterials[i] ?? material}
            />
          ))
        : selected && <MuscleMarkers target={selected} geometry={geometry} material={material} />}
    </group>
  )
}
