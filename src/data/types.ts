/**
 * The shapes of TriggerMap's clinical data. Pure types: no React, no three.
 *
 * Ids are never declared here: they are derived from the data itself
 * (`MuscleId = keyof typeof muscles`, `RegionId = keyof typeof regions`, ...), so a reference
 * to something that does not exist fails to compile. This file only uses the id types that
 * do not depend on muscles, so the muscle files can import it without a cycle.
 */
import type { RegionId } from './regions.ts'
import type { SourceRef } from './source-ref.ts'
import type { TreatmentId } from './treatments.ts'

// The shapes that the region, source and treatment tables use live in their own files, so those
// tables import nothing that imports them back; they are re-exported here for everyone else.
export type { BodyRegion } from './region-types.ts'
export type { Source } from './source-types.ts'
export type { SourceRef } from './source-ref.ts'
export type { EvidenceLevel, Treatment, TreatmentGroup, TreatmentSafety } from './treatment-types.ts'
export { evidenceLevels, treatmentGroups } from './treatment-types.ts'

/** Left or right side of the body (the body's own left). */
export type Side = 'left' | 'right'

/** The body areas that group muscles, one data file each under `src/data/muscles/`. */
export const bodyAreas = [
  'head_neck',
  'shoulder_upper_back',
  'arm_forearm_hand',
  'chest_abdomen',
  'low_back_pelvis',
  'hip_thigh',
  'leg_foot',
] as const
export type BodyArea = (typeof bodyAreas)[number]

/** Superficial muscles lie under the skin; deep ones under other muscles (layer toggles). */
export type Layer = 'superficial' | 'deep'

/**
 * Where a trigger point sits on its muscle, in the muscle's own coordinates, so the body-model
 * generator can place the marker (the app hard-codes no coordinates).
 */
export interface MusclePosition {
  /** Which part (head, belly) of a multi-part muscle; omit for single-part muscles. */
  part?: string
  /** 0 at the origin end of the part, 1 at the insertion end (see `attachments`). */
  along: number
  /**
   * Fraction of a turn around the muscle's long axis: 0 is the superficial face (toward the
   * skin), 0.25 the medial edge (toward the body's midline), 0.5 the deep face, 0.75 the
   * lateral edge. Most TrPs sit at 0, where a finger finds them.
   */
  around: number
}

/** A myofascial trigger point and the referred pain it causes. */
export interface TriggerPoint {
  /** Unique within the muscle, snake_case, e.g. "central", "upper_fibres". */
  id: string
  /** Short name shown in the legend, e.g. "TrP1" or "Central TrP". */
  label: string
  /** Where to find it, in plain words a patient can follow. */
  location: string
  /** The same, in precise anatomical terms for a clinician (landmarks, fibres, palpation). */
  clinicalLocation: string
  /** Parametric position on the muscle (for the 3D marker). */
  position: MusclePosition
  /** Regions where nearly everyone with this TrP feels pain (drawn solid). */
  essentialZone: readonly RegionId[]
  /** Regions where some people feel it (drawn stippled). */
  spilloverZone: readonly RegionId[]
  /**
   * Regions the sources draw on the OPPOSITE side of the body as well (a band straight across
   * the back, a headache that spreads across the forehead): each listed region is painted,
   * ranked and searched on the other side too, as essential or spillover there. The same-side
   * zones above still apply; midline regions need no entry here (they have no side). Omit when
   * the sources draw the pattern on one side only.
   */
  otherSide?: { essential?: readonly RegionId[]; spillover?: readonly RegionId[] }
}

/** A part of a muscle as the reference anatomy names it (head, part, belly). */
export interface MusclePart {
  /** snake_case, unique within the muscle, e.g. "long_head". */
  id: string
  name: string
  /**
   * Foundational Model of Anatomy ids of this part on each side, e.g. FMA32548 (left
   * infraspinatus). Omit when no FMA id was checked; `measured` says whether the
   * BodyParts3D reference has a mesh for it.
   */
  fma?: { left: string; right: string }
}

/** A self-care technique in steps a patient can follow. */
export interface SelfCareTechnique {
  name: string
  steps: readonly string[]
  cautions: readonly string[]
}

/** A treatment of the catalogue applied to one muscle, with what is specific to it. */
export interface MuscleTreatment {
  id: TreatmentId
  note?: string
}

/** Everything TriggerMap knows about one muscle. Every statement traces to `sources`. */
export interface Muscle {
  /** Common English name, e.g. "Infraspinatus". */
  name: string
  /** Latin (Terminologia Anatomica) name, e.g. "Musculus infraspinatus". */
  latin: string
  /** Other names people search for. */
  synonyms: readonly string[]
  area: BodyArea
  layer: Layer
  /** The parts the reference anatomy distinguishes; one entry for a single-part muscle. */
  parts: readonly MusclePart[]
  attachments: { origin: string; insertion: string }
  actions: readonly string[]
  triggerPoints: readonly TriggerPoint[]
  /** Where the pain goes, in plain words. */
  referredPain: string
  /**
   * For clinicians: the referral pattern, examination and differential considerations in
   * precise terms (the patient-facing fields say the same things in plain words).
   */
  clinicalSummary: string
  symptoms: readonly string[]
  /** What keeps trigger points going: posture, overload, ergonomics... */
  perpetuatingFactors: readonly string[]
  /** Muscle ids that often develop TrPs together with this one (checked by a test). */
  associatedMuscles: readonly string[]
  selfCare: { stretch: SelfCareTechnique; selfPressure: SelfCareTechnique }
  treatments: readonly MuscleTreatment[]
  sources: readonly SourceRef[]
  /** Set, with the reason, where the literature on this muscle is thin. */
  uncertain?: string
}
