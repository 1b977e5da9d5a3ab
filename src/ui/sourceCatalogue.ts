import { lazyModule } from '../state/lazyModule.ts'

/**
 * Every source the data cites, with its full citation: about a quarter of the clinical text's
 * bytes, read only when a list of sources is shown or printed, so it is its own chunk.
 */
export const sourceCatalogue = lazyModule(() => import('../data/sources.ts').then((m) => m.sources))
