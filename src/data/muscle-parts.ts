/**
 * Parts of a muscle as the user meets them: a deltoid has a front, middle and back part, each
 * with its own trigger point and its own referred pain. A part can be selected when trigger
 * points lie in it; the rest of a muscle's parts are shown but select the whole muscle.
 */
import type { TriggerPointCore } from './muscle-split.ts'
import { muscles, type MuscleId } from './muscles.ts'
import type { MusclePart } from './types.ts'

/** The part a trigger point lies in (single-part muscles: their only part). */
export function partOfTriggerPoint(muscle: MuscleId, trp: TriggerPointCore): string {
  if (trp.position.part !== undefined) return trp.position.part
  const [only] = muscles[muscle].parts
  if (!only) throw new Error(`The muscle ${muscle} lists no parts`)
  return only.id
}

/** Parts that hold at least one trigger point, in the data's order; empty for a one-part muscle. */
export function selectableParts(muscle: MuscleId): MusclePart[] {
  const m = muscles[muscle]
  if (m.parts.length < 2) return []
  return m.parts.filter((p) => m.triggerPoints.some((t) => partOfTriggerPoint(muscle, t) === p.id))
}

/** True when `part` can be selected on `muscle`. */
export function isSelectablePart(muscle: MuscleId, part: string): boolean {
  return selectableParts(muscle).some((p) => p.id === part)
}

/** The trigger points to show: the selected part's, or all of the muscle's. */
export function triggerPointsOf(muscle: MuscleId, part?: string): readonly TriggerPointCore[] {
  const all = muscles[muscle].triggerPoints
  return part && isSelectablePart(muscle, part) ? all.filter((t) => partOfTriggerPoint(muscle, t) === part) : all
}

/** The part's name for a sentence: "anterior (clavicular) part". */
export function partName(muscle: MuscleId, part: string): string {
  const name = muscles[muscle].parts.find((p) => p.id === part)?.name ?? part
  return name.charAt(0).toLowerCase() + name.slice(1)
}
