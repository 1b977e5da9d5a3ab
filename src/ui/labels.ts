/** How the UI names things, in one place so every panel says them the same way. */
import { partName } from '../data/muscle-parts.ts'
import { muscles, type MuscleId } from '../data/muscles.ts'
import { regions, type RegionId } from '../data/regions.ts'
import type { EvidenceLevel, Side, TreatmentGroup } from '../data/types.ts'

/** "Left infraspinatus". */
export function muscleOnSideName(muscle: MuscleId, side: Side): string {
  const name = muscles[muscle].name
  return `${side === 'left' ? 'Left' : 'Right'} ${name.charAt(0).toLowerCase()}${name.slice(1)}`
}

/** "Left deltoid", or with a part "Left deltoid: anterior (clavicular) part". */
export function muscleOnSideLabel(target: { muscle: MuscleId; side: Side; part?: string }): string {
  const name = muscleOnSideName(target.muscle, target.side)
  return target.part ? `${name}: ${partName(target.muscle, target.part)}` : name
}

/** "Front of the shoulder, Side of the shoulder". */
export function regionList(ids: readonly RegionId[]): string {
  return ids.map((id) => regions[id].label).join(', ')
}

export const treatmentGroupLabel: Record<TreatmentGroup, string> = {
  home: 'Home care',
  nutrition: 'Nutrition',
  lifestyle: 'Lifestyle',
  clinical: 'With a clinician',
}

export const evidenceLabel: Record<EvidenceLevel, string> = {
  randomised_trials: 'Supported by randomised trials',
  mixed: 'Mixed evidence',
  limited: 'Limited evidence',
  expert_opinion: 'Expert opinion',
}
