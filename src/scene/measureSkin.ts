/**
 * Measures the live skin mesh's area per region and side once the body loads, and publishes it
 * (src/state/skinSurface.ts) for the pain record's "share of your body's surface".
 */
import { useEffect } from 'react'
import type { BufferGeometry, Matrix4 } from 'three'
import { regionIds, type RegionId } from '../data/regions.ts'
import { setSkinSurface, type SkinSurface } from '../state/skinSurface.ts'
import type { ModelPart } from './modelPart.ts'
import { outside } from './meshArrays.ts'
import { labelCount, regionLabel } from './referredPainZones.ts'
import { labelSurfaceAreas } from './skinAreas.ts'
import { skinInModelSpace } from './skinInModelSpace.ts'

/** The skin's areas in model space (the node's matrix undoes the glb's quantisation), or null without labels. */
export function measureSkin(geometry: BufferGeometry, matrix: Matrix4): SkinSurface | null {
  const mesh = skinInModelSpace(geometry, matrix)
  if (!mesh) return null
  const { byLabel, total } = labelSurfaceAreas(mesh, labelCount)
  const area = (id: RegionId, side: 'left' | 'right') => {
    const label = regionLabel(id, side)
    return byLabel[label] ?? outside(byLabel, label)
  }
  const regions = Object.fromEntries(
    regionIds.map((id) => [id, { left: area(id, 'left'), right: area(id, 'right') }]),
  ) as Record<RegionId, { left: number; right: number }>
  return { total, regions }
}

/**
 * Measures the skin once per model (the geometry and its matrix stay the same while it is
 * loaded), in a task of its own once the skin has been drawn (`drawn`): about 30 ms under a
 * software renderer that the body's first frame does not wait on. The pain record shows a
 * drawing's share of the surface once the areas are in (a moment after the body appears).
 */
export function useMeasuredSkin(skin: ModelPart | null, drawn: boolean): void {
  const geometry = skin?.geometry
  const matrix = skin?.matrix
  useEffect(() => {
    if (!geometry || !matrix || !drawn) return
    const timer = setTimeout(() => {
      const surface = measureSkin(geometry, matrix)
      if (surface) setSkinSurface(surface)
    }, 0)
    return () => clearTimeout(timer)
  }, [geometry, matrix, drawn])
}
