/**
 * Every muscle's clinical text (see `muscle-split.ts`): read by its panel and its handout
 * only, so it is its own chunk, fetched once the body is drawn (`src/ui/muscleTexts.ts`).
 */
import { muscleCatalogue, type MuscleId } from './muscle-catalogue.ts'
import { eachMuscle, textOf, type MuscleText } from './muscle-split.ts'

/** Every muscle's clinical text by id. */
export const muscleTexts: Readonly<Record<MuscleId, MuscleText>> = eachMuscle(muscleCatalogue, textOf)
