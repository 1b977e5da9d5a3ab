/**
 * "Where it hurt most" for the body: while the person looks at the composite of their saved
 * drawings, how often each area was marked, so the scene can draw it as a heat map on the skin
 * (a scale apart from the referral reds). Empty whenever the composite is not on screen.
 */
import { create } from 'zustand'
import type { RegionId } from '../data/regions.ts'
import type { Side } from '../data/types.ts'

export interface CompositeArea {
  region: RegionId
  /** null for a midline region (both halves). */
  side: Side | null
  /** Drawings that marked it. */
  count: number
}

export interface PainCompositeState {
  /** Drawings in the chosen range; 0 when nothing is shown. */
  drawings: number
  areas: readonly CompositeArea[]
}

export const usePainComposite = create<PainCompositeState>()(() => ({ drawings: 0, areas: [] }))

/** Shows a composite (or, with no drawings, nothing). */
export function showPainComposite(drawings: number, areas: readonly CompositeArea[]): void {
  usePainComposite.setState({ drawings, areas })
}

export function clearPainComposite(): void {
  usePainComposite.setState({ drawings: 0, areas: [] })
}
