/**
 * The clinical text (see `muscle-split.ts`): every muscle's text and the treatment catalogue its
 * treatments name. Read by a muscle's panel and its handout only, never by search, the ranking
 * or the first frame, so it is its own chunk, fetched once the body is drawn
 * (`src/ui/clinicalText.ts`).
 */
import { muscleCatalogue, type MuscleId } from './muscle-catalogue.ts'
import { eachMuscle, textOf, type MuscleText } from './muscle-split.ts'
import type { Treatment } from './treatment-types.ts'
import { treatments, type TreatmentId } from './treatments.ts'

/** Every muscle's clinical text by id. */
export const muscleTexts: Readonly<Record<MuscleId, MuscleText>> = eachMuscle(muscleCatalogue, textOf)

/** What a muscle's panel and handout show beyond its names and zones. */
export interface ClinicalText {
  muscles: Readonly<Record<MuscleId, MuscleText>>
  /** The treatments a muscle's text lists, by id: names, evidence, steps, cautions and safety notes. */
  treatments: Readonly<Record<TreatmentId, Treatment>>
}

export const clinicalText: ClinicalText = { muscles: muscleTexts, treatments }
