/**
 * The muscle catalogue: every area file joined. `MuscleId` is derived from it, so a reference
 * to a muscle that does not exist fails to compile.
 */
import type { Muscle } from './types.ts'
import { headNeckMuscles } from './muscles/head-neck/index.ts'
import { shoulderUpperBackMuscles } from './muscles/shoulder-upper-back/index.ts'
import { armForearmHandMuscles } from './muscles/arm-forearm-hand/index.ts'
import { chestAbdomenMuscles } from './muscles/chest-abdomen/index.ts'
import { lowBackPelvisMuscles } from './muscles/low-back-pelvis/index.ts'
import { hipThighMuscles } from './muscles/hip-thigh/index.ts'
import { legFootMuscles } from './muscles/leg-foot/index.ts'

/** Area files in head-to-toe order; a test checks no muscle appears in two of them. */
export const muscleAreas = [
  headNeckMuscles,
  shoulderUpperBackMuscles,
  armForearmHandMuscles,
  chestAbdomenMuscles,
  lowBackPelvisMuscles,
  hipThighMuscles,
  legFootMuscles,
] as const

const catalogue = {
  ...headNeckMuscles,
  ...shoulderUpperBackMuscles,
  ...armForearmHandMuscles,
  ...chestAbdomenMuscles,
  ...lowBackPelvisMuscles,
  ...hipThighMuscles,
  ...legFootMuscles,
} satisfies Record<string, Muscle>

/** A muscle id, e.g. "infraspinatus". */
export type MuscleId = keyof typeof catalogue

/** Every muscle by id, read through the `Muscle` type (optional fields stay optional). */
export const muscles: Readonly<Record<MuscleId, Muscle>> = catalogue

/** Muscle ids in head-to-toe order. */
export const muscleIds = Object.keys(muscles) as MuscleId[]

/** Type guard for ids read from outside (URL, storage). */
export function isMuscleId(id: string): id is MuscleId {
  return Object.prototype.hasOwnProperty.call(muscles, id)
}
