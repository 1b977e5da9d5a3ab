/**
 * Measures the live skin mesh's area per region and side once the body loads, and publishes it
 * (src/state/skinSurface.ts) for the pain record's "share of your body's surface".
 */
import { useEffect } from 'react'
import { Vector3, type BufferAttribute, type BufferGeometry, type Matrix4 } from 'three'
import { regionIds, type RegionId } from '../data/regions.ts'
import { setSkinSurface, type SkinSurface } from '../state/skinSurface.ts'
import type { ModelPart } from './modelPart.ts'
import { outside } from './meshArrays.ts'
import { labelCount, regionLabel } from './referredPainZones.ts'
import { labelSurfaceAreas } from './skinAreas.ts'

/** The skin's areas in model space (the node's matrix undoes the glb's quantisation), or null without labels. */
export function measureSkin(geometry: BufferGeometry, matrix: Matrix4): SkinSurface | null {
  const pos = geometry.getAttribute('position') as BufferAttribute | undefined
  const lab = geometry.getAttribute('_region') as BufferAttribute | undefined
  if (!pos || !lab) return null
  const positions = new Float32Array(pos.count * 3)
  const labels = new Uint16Array(pos.count)
  const v = new Vector3()
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(matrix)
    positions[i * 3] = v.x
    positions[i * 3 + 1] = v.y
    positions[i * 3 + 2] = v.z
    labels[i] = lab.getX(i)
  }
  const indices = geometry.index?.array ?? Uint32Array.from({ length: pos.count }, (_, i) => i)
  const { byLabel, total } = labelSurfaceAreas({ positions, labels, indices }, labelCount)
  const area = (id: RegionId, side: 'left' | 'right') => {
    const label = regionLabel(id, side)
    return byLabel[label] ?? outside(byLabel, label)
  }
  const regions = Object.fromEntries(
    regionIds.map((id) => [id, { left: area(id, 'left'), right: area(id, 'right') }]),
  ) as Record<RegionId, { left: number; right: number }>
  return { total, regions }
}

/** Measures the skin once per model (the geometry and its matrix stay the same while it is loaded). */
export function useMeasuredSkin(skin: ModelPart | null): void {
  const geometry = skin?.geometry
  const matrix = skin?.matrix
  useEffect(() => {
    if (!geometry || !matrix) return
    const surface = measureSkin(geometry, matrix)
    if (surface) setSkinSurface(surface)
  }, [geometry, matrix])
}
