import { lazyModule } from '../state/lazyModule.ts'

/**
 * The muscles' clinical text (`src/data/muscle-text.ts`): what a panel or a handout shows beyond
 * the names and zones. About 86 KiB compressed, so the first view goes without it; it is
 * fetched once the body is drawn or a muscle is chosen (`preloadAfterFirstView.ts`).
 */
export const muscleTexts = lazyModule(() => import('../data/muscle-text.ts').then((m) => m.muscleTexts))
