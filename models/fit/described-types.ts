/** What the recipes for muscles shaped from description measure on (see described.ts). */
import type { TubeFigure } from '../generator/figures.ts'
import type { ReferenceMesh } from '../scripts/reference.ts'

/** The reference parts a recipe may measure landmarks on: bones and skin, never muscles. */
export interface DescribedRefs {
  skeleton: Map<string, ReferenceMesh>
  skin: ReferenceMesh
}

/** A muscle with no reference mesh: its id and the recipe that shapes its parts (left side). */
export interface DescribedMuscle {
  muscle: string
  shape: (refs: DescribedRefs) => Record<string, TubeFigure>
}
