/**
 * TriggerMap's public programmatic surface: the clinical data, its types, and the
 * "where does it hurt" ranking. Keep this path and these names stable; everything else in
 * `src/` may move. Pure TypeScript: importing it pulls in no React and no three.
 *
 * @example
 * import { rankMuscles, muscles, studyEvidence, studyFindings } from './src/api.ts'
 * // With the study findings, as the app ranks; without `evidence`, by the referral zones alone.
 * const evidence = studyEvidence(studyFindings)
 * const [best] = rankMuscles([{ region: 'lateral_elbow', side: 'left' }], { evidence })
 * console.log(muscles[best.muscle].name, best.reason)
 */
export { muscleCatalogue as muscles } from './data/muscle-catalogue.ts'
export { muscleIds } from './data/muscles.ts'
export type { MuscleId } from './data/muscles.ts'
export { regions, regionIds } from './data/regions.ts'
export type { RegionId } from './data/regions.ts'
export { treatments } from './data/treatments.ts'
export type { TreatmentId } from './data/treatments.ts'
export { sources } from './data/sources.ts'
export type { SourceId } from './data/sources.ts'
export { explainers } from './data/explainers.ts'
export type { Muscle, Side, Source, Treatment, TriggerPoint } from './data/types.ts'
export { muscleZones, triggerPointZones } from './data/zones.ts'
export type { ZoneKind, ZoneRegion } from './data/zones.ts'
export { rankMuscles, studyEvidence } from './lookup/rankMuscles.ts'
export type { PainMark, RankedMuscle, RankOptions, StudyCount, StudyEvidence } from './lookup/rankMuscles.ts'
export { studyFindings } from './data/study-findings/index.ts'
export type { StudyFinding } from './data/study-findings/index.ts'
export { redFlags, redFlagIds } from './data/red-flags.ts'
export type { RedFlag, RedFlagId, RedFlagUrgency } from './data/red-flags.ts'
export { redFlagsForMarks, redFlagsForMuscle, redFlagsForQuery } from './lookup/redFlags.ts'
export { assessFibromyalgia2016, fm2016Regions, wpiAreas } from './lookup/fibromyalgia2016.ts'
export type { Fm2016Input, Fm2016Result, WpiArea } from './lookup/fibromyalgia2016.ts'
