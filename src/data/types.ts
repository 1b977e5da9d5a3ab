/**
 * The shapes of TriggerMap's clinical data. Pure types: no React, no three.
 *
 * Ids are never declared here: they are derived from the data itself
 * (`MuscleId = keyof typeof muscles`, `RegionId = keyof typeof regions`, ...), so a reference
 * to something that does not exist fails to compile. This file only uses the id types that
 * do not depend on muscles, so the muscle files can import it without a cycle.
 */
import type { RegionId } from './regions.ts'
import type { SourceId } from './sources.ts'
import type { TreatmentId } from './treatments.ts'

/** Left or right side of the body (the body's own left). */
export type Side = 'left' | 'right'

/** A body-surface region of the shared vocabulary (`../shared/spec/body-regions.json`). */
export interface BodyRegion {
  group: string
  label: string
  where: string
  /** Midline regions (sternum, sacrum, ...) have no side: they match marks on either side. */
  midline?: boolean
}

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

/** A published, checkable source. */
export interface Source {
  kind: 'book' | 'article' | 'review' | 'guideline'
  /** Full citation as a reader would look it up (authors, title, venue, year). */
  citation: string
  doi?: string
  pmid?: string
  isbn?: string
  /** A stable page for the source, if it has one (shown as text, never fetched by the app). */
  url?: string
}

/** A pointer to a source, with where in it (chapter, page, table) when that helps a reader. */
export interface SourceRef {
  source: SourceId
  /** e.g. "ch. 22" or "pp. 552-563"; say only what you checked. */
  locator?: string
}

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
