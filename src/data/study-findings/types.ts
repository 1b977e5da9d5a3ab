/** The shape of a study finding (`./index.ts`), apart from the data so each file imports only types. */
import type { MuscleId } from '../muscles.ts'
import type { RegionId } from '../regions.ts'
import type { SourceRef } from '../types.ts'

/**
 * One clinical study of people with one regional pain complaint, read from its abstract: where
 * such a person would mark the pain, and the muscles the study found holding trigger points.
 */
export interface StudyFinding {
  /** A unique name for the finding, in words (the complaint and who was studied). */
  name: string
  /** The regions a person with the complaint would mark, on one side (or midline). */
  marks: readonly RegionId[]
  /** The atlas muscles the study found involved (1 to 5), the most prevalent first where it ranks them. */
  muscles: readonly MuscleId[]
  source: SourceRef
  /** How the finding was read from the source, and what the atlas lacks. */
  note?: string
}
