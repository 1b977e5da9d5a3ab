/**
 * The body's skin area, region by region, measured from the skin mesh once the body loads (see
 * src/scene/measureSkin.ts), so the pain record can say how much of the body's surface a drawing
 * covers. Null until then, and for good where the body never loads (no WebGL): the record then
 * says how many areas were marked instead.
 */
import { create } from 'zustand'
import type { RegionId } from '../data/regions.ts'

export interface SkinSurface {
  /** The whole skin, square metres. */
  total: number
  /** Each region's skin on each side, square metres (a midline region's two halves apart). */
  regions: Readonly<Record<RegionId, { left: number; right: number }>>
}

export const useSkinSurface = create<{ surface: SkinSurface | null }>()(() => ({ surface: null }))

export function setSkinSurface(surface: SkinSurface): void {
  useSkinSurface.setState({ surface })
}
