/**
 * Vite plugin (build only): the muscles' clinical text stays out of the first chunk (issue 13).
 *
 * In the source, `src/data/muscles.ts` (the core the first view, search and the ranking read)
 * and `src/data/muscle-text.ts` (the clinical text, a lazily loaded chunk) both read the whole
 * catalogue (`src/data/muscle-catalogue.ts`) and keep their own fields, so tests and the dev
 * server see exactly what the app reads. In a build each of them is handed a catalogue that
 * already holds only its own half, split here at build time by the same pure functions
 * (`src/data/muscle-split.ts`), so the muscle files never enter the bundle whole. Any other
 * module of the app that imports the whole catalogue fails the build: it would put all the
 * clinical text back in the chunk that loads first.
 */
import type { Plugin } from 'vite'
import { muscleCatalogue } from '../../src/data/muscle-catalogue.ts'
import { coreOf, eachMuscle, textOf } from '../../src/data/muscle-split.ts'

const catalogueFile = '/src/data/muscle-catalogue.ts'
const halves = {
  '/src/data/muscles.ts': {
    id: '\0triggermap:muscle-catalogue-core',
    split: () => eachMuscle(muscleCatalogue, coreOf),
  },
  '/src/data/muscle-text.ts': {
    id: '\0triggermap:muscle-catalogue-text',
    split: () => eachMuscle(muscleCatalogue, textOf),
  },
} as const

/** The module handed to one half: its part of the catalogue, parsed from JSON (faster than a literal). */
export function catalogueModule(half: unknown): string {
  return `export const muscleCatalogue = JSON.parse(${JSON.stringify(JSON.stringify(half))})\n`
}

export function muscleTextSplitPlugin(): Plugin {
  return {
    name: 'triggermap:muscle-text-split',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.endsWith('/muscle-catalogue.ts')) return null
      const path = importer.replaceAll('\\', '/')
      for (const [file, half] of Object.entries(halves)) if (path.endsWith(file)) return half.id
      this.error(
        `${importer} imports the whole muscle catalogue (${catalogueFile}); the app reads it through ` +
          'src/data/muscles.ts (the core) or src/data/muscle-text.ts (the clinical text, loaded later)',
      )
    },
    load(id) {
      const half = Object.values(halves).find((h) => h.id === id)
      return half ? catalogueModule(half.split()) : null
    },
  }
}
