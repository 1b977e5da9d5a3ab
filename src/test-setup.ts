/**
 * Runs before every unit test file. Most files run in plain Node (no DOM, see vite.config.ts);
 * only the component tests and the few others that need a document get jsdom, and only they
 * load Testing Library and its matchers, which would cost every pure file a second or more.
 */
import { afterEach } from 'vitest'

if (typeof document !== 'undefined') {
  // The chunks the app preloads after its first view (see src/ui/preloadAfterFirstView.ts) are
  // in from the start here, as for a person who opens a panel once the body is drawn; the
  // moment before they arrive is tested in src/state/lazyModule.test.tsx (and, for the ranking,
  // in src/ui/useRanking.test.tsx).
  const [{ clinicalText }, { sourceCatalogue }, { qrEncoder }, { studyEvidenceModule }] = await Promise.all([
    import('./ui/clinicalText.ts'),
    import('./ui/sourceCatalogue.ts'),
    import('./ui/QrCode.tsx'),
    import('./ui/studyEvidence.ts'),
  ])
  await Promise.all([clinicalText.load(), sourceCatalogue.load(), qrEncoder.load(), studyEvidenceModule.load()])
  await import('@testing-library/jest-dom/vitest')
  const { cleanup, configure } = await import('@testing-library/react')
  // findBy and waitFor wait on what the user would see; on a busy CI machine (IndexedDB, React's
  // commits) that can take more than the default second, so they wait up to five.
  configure({ asyncUtilTimeout: 5000 })
  afterEach(() => cleanup())
}
