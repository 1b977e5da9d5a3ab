import { lazyModule } from '../state/lazyModule.ts'

/**
 * The clinical text (`src/data/muscle-text.ts`): every muscle's text beyond its names and zones,
 * and the treatment catalogue. About 96 KiB compressed, so the first view goes without it; it
 * is fetched once the body is drawn or a muscle is chosen (`preloadAfterFirstView.ts`).
 */
export const clinicalText = lazyModule(() => import('../data/muscle-text.ts').then((m) => m.clinicalText))
