/**
 * The muscle catalogue: every area file joined, each muscle whole. `MuscleId` is derived from
 * it, so a reference to a muscle that does not exist fails to compile.
 *
 * The app reads it in two halves (`muscles.ts`, what the first view, search and the ranking
 * need; `muscle-text.ts`, the clinical text, its own chunk fetched after the body is drawn):
 * the build gives each half only its own fields (`scripts/vite/muscleTextSplit.ts`), so the
 * text never rides in the first chunk. Tools, tests and the public API (`src/api.ts`) read it
 * whole from here.
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

/** Every muscle by id, whole, read through the `Muscle` type (optional fields stay optional). */
export const muscleCatalogue: Readonly<Record<MuscleId, Muscle>> = catalogue
