import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { useAppStore } from '../state/store.ts'
import { createReferredPainMaterial, createZoneTexture, writeZoneStates } from './referredPainShader.ts'
import { labelCount, referredPainLabels } from './referredPainZones.ts'
import type { ModelPart } from './Body.tsx'

const noZones = new Uint8Array(labelCount)
/** Skin takes no pointer events: clicks go through it to the muscles. */
const ignoreRaycast = () => null

/** The skin, painted with the selected muscle's referred-pain zones. */
export function Skin({ part }: { part: ModelPart }) {
  const zones = useMemo(createZoneTexture, [])
  const material = useMemo(() => createReferredPainMaterial(zones), [zones])
  const selected = useAppStore((s) => s.selected)
  const skinVisible = useAppStore((s) => s.visibleLayers.skin)
  const dpr = useThree((s) => s.viewport.dpr)

  useEffect(() => {
    writeZoneStates(zones, selected ? referredPainLabels(selected.muscle, selected.side) : noZones)
  }, [zones, selected])

  useEffect(() => {
    material.uniforms.uSkinOpacity!.value = skinVisible ? 0.22 : 0
    material.uniforms.uDotSpacing!.value = 7 * dpr
  }, [material, skinVisible, dpr])

  useEffect(() => () => { material.dispose(); zones.dispose() }, [material, zones])

  return <mesh
      name="skin"
      geometry={part.geometry}
      matrix={part.matrix}
      matrixAutoUpdate={false}
      material={material}
      raycast={ignoreRaycast}
      renderOrder={1}
    />
}
