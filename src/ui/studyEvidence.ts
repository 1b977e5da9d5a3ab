import { studyEvidence } from '../lookup/rankMuscles.ts'
import { lazyModule } from '../state/lazyModule.ts'

/**
 * What clinical studies found in people with pain at each place (`src/data/study-findings/`,
 * with every finding's note), as the ranking's study term reads it: its own chunk, fetched after
 * the body's first view (`preloadAfterFirstView`), so it is in before anyone has marked a place.
 */
export const studyEvidenceModule = lazyModule(() =>
  import('../data/study-findings/index.ts').then((m) => studyEvidence(m.studyFindings)),
)
