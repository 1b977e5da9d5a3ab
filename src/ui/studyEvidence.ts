import { studyEvidence, type StudyEvidence } from '../lookup/rankMuscles.ts'
import { lazyModule } from '../state/lazyModule.ts'

/**
 * What clinical studies found in people with pain at each place (`src/data/study-findings/`,
 * with every finding's note), as the ranking's study term reads it: its own chunk, fetched after
 * the body's first view (`preloadAfterFirstView`), so it is in before anyone has marked a place.
 * A chunk that cannot be fetched (offline before it was ever cached) is 'unavailable' for the rest
 * of the visit, not tried again: a later success would reorder a list the person is reading.
 */
export const studyEvidenceModule = lazyModule((): Promise<StudyEvidence | 'unavailable'> =>
  import('../data/study-findings/index.ts').then(
    (m) => studyEvidence(m.studyFindings),
    () => 'unavailable' as const,
  ),
)
