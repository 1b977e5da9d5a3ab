/** The shapes of the treatment catalogue (data/treatments.ts), apart from types.ts so it imports no muscle types. */
import type { SourceRef } from './source-ref.ts'

/** Groups of the treatment catalogue, in the order the panel shows them. */
export const treatmentGroups = ['home', 'nutrition', 'lifestyle', 'clinical'] as const
export type TreatmentGroup = (typeof treatmentGroups)[number]

/** How strong the evidence is, in words a patient can read. */
export const evidenceLevels = ['randomised_trials', 'mixed', 'limited', 'expert_opinion'] as const
export type EvidenceLevel = (typeof evidenceLevels)[number]

/** An entry of the treatment catalogue. */
export interface Treatment {
  name: string
  group: TreatmentGroup
  /** What it is, in one or two plain sentences. */
  summary: string
  /** How to do it (home items), in steps. */
  steps: readonly string[]
  cautions: readonly string[]
  evidence: { level: EvidenceLevel; summary: string }
  /** Nutrition items: false when not studied for fibromyalgia specifically. */
  studiedInFibromyalgia?: boolean
  /**
   * The serious risks a person must see before trying it (burns, fainting, a punctured lung,
   * dangerous drug interactions), distinct from the everyday `cautions`: the panel shows them
   * next to the treatment, never folded away. Omit where no serious risk is known.
   */
  safety?: TreatmentSafety
  sources: readonly SourceRef[]
}

/** Serious risks of a treatment, in plain words with what to do, and where they come from. */
export interface TreatmentSafety {
  points: readonly string[]
  /** The sources of these points (each also listed among the treatment's `sources`). */
  sources: readonly SourceRef[]
}
