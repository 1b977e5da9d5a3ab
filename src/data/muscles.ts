/**
 * The muscles as the first view, search and the ranking read them: each muscle's core (names,
 * parts, trigger points and their zones, symptoms, related muscles). The clinical text is in
 * `muscle-text.ts`, its own chunk; the whole catalogue is in `muscle-catalogue.ts`.
 */
import { muscleCatalogue, type MuscleId } from './muscle-catalogue.ts'
import { coreOf, eachMuscle, type MuscleCore } from './muscle-split.ts'

export type { MuscleId } from './muscle-catalogue.ts'

/** Every muscle's core by id, in head-to-toe order. */
export const muscles: Readonly<Record<MuscleId, MuscleCore>> = eachMuscle(muscleCatalogue, coreOf)

/** Muscle ids in head-to-toe order. */
export const muscleIds = Object.keys(muscles) as MuscleId[]

/** Type guard for ids read from outside (URL, storage). */
export function isMuscleId(id: string): id is MuscleId {
  return Object.prototype.hasOwnProperty.call(muscles, id)
}
