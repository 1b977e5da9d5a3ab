/**
 * Vite plugin (build only): the muscles' clinical text stays out of the first chunk (issue 13).
 *
 * In the source, `src/data/muscles.ts` (the core the first view, search and the ranking read)
 * and `src/data/muscle-text.ts` (the clinical text, a lazily loaded chunk) both read the whole
 * catalogue (`src/data/muscle-catalogue.ts`) and keep their own fields, so tests and the dev
 * server see exactly what the app reads. In a build each of them is handed a catalogue that
 * already holds only its own half, split here by the same pure functions
 * (`src/data/muscle-split.ts`), so the muscle files never enter the bundle whole.
 *
 * Two guards keep it so: an import of the catalogue from any other module of the app fails the
 * build (however it is spelled: the import is resolved first), and so does a bundle in which a
 * muscle file is included, or in which the clinical text (the treatment catalogue with it) is in a
 * chunk the page loads up front rather than one the app asks for later.
 *
 * The catalogue is read when the config loads, so `vite build --watch` does not see edits to the
 * muscle files until it is restarted.
 */
import { resolve } from 'node:path'
import type { Plugin, Rollup } from 'vite'
import { muscleCatalogue } from '../../src/data/muscle-catalogue.ts'
import { coreOf, eachMuscle, textOf } from '../../src/data/muscle-split.ts'

const coreId = '\0triggermap:muscle-catalogue-core'
const textId = '\0triggermap:muscle-catalogue-text'

/** The module handed to one half: its part of the catalogue, parsed from JSON (faster than a literal). */
export function catalogueModule(half: unknown): string {
  return `export const muscleCatalogue = JSON.parse(${JSON.stringify(JSON.stringify(half))})\n`
}

/** A module id as a plain path: no query, forward slashes. */
const pathOf = (id: string): string => id.replace(/\?.*$/, '').replaceAll('\\', '/')

/**
 * What must never load with the page: the muscles' clinical text, and the treatment catalogue
 * that `src/data/muscle-text.ts` hands on with it.
 */
const later: readonly { what: string; holds: (moduleId: string) => boolean }[] = [
  { what: "the muscles' clinical text", holds: (id) => id === textId },
  { what: 'the treatment catalogue', holds: (id) => pathOf(id).endsWith('/src/data/treatments.ts') },
]

/**
 * What is wrong with a built bundle, or null: a muscle file or the whole catalogue in it, or the
 * clinical text in a chunk that loads with the page (an entry, what the entry asks for, and
 * everything they import statically). Pure.
 */
export function bundleProblem(bundle: Rollup.OutputBundle): string | null {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
  for (const chunk of chunks) {
    const whole = Object.keys(chunk.modules).find(
      (id) => pathOf(id).includes('/src/data/muscles/') || pathOf(id).endsWith('/src/data/muscle-catalogue.ts'),
    )
    if (whole) return `${chunk.fileName} holds ${whole}: the muscle files must reach the app only split`
  }
  const upFront = new Set<string>()
  const visit = (name: string) => {
    if (upFront.has(name)) return
    upFront.add(name)
    const chunk = bundle[name]
    if (chunk?.type === 'chunk') chunk.imports.forEach(visit)
  }
  // The page's entry (`src/main.ts`) is tiny and asks for the app's code itself once the first
  // view has painted: what it asks for, and all they import, is what loads with the page.
  for (const entry of chunks.filter((c) => c.isEntry)) [entry.fileName, ...entry.dynamicImports].forEach(visit)
  for (const { what, holds } of later) {
    const chunk = chunks.find((c) => upFront.has(c.fileName) && Object.keys(c.modules).some(holds))
    if (chunk) return `${chunk.fileName} holds ${what} and loads with the page; it must be in a later chunk`
  }
  return null
}

export function muscleTextSplitPlugin(): Plugin {
  // Absolute paths in the app's root, set once the config is resolved.
  let catalogueFile = ''
  let halves: Record<string, string> = {}
  return {
    name: 'triggermap:muscle-text-split',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      const inRoot = (path: string) => pathOf(resolve(config.root, path))
      catalogueFile = inRoot('src/data/muscle-catalogue.ts')
      halves = { [inRoot('src/data/muscles.ts')]: coreId, [inRoot('src/data/muscle-text.ts')]: textId }
    },
    async resolveId(source, importer) {
      if (!importer || !source.includes('muscle-catalogue')) return null
      const resolved = await this.resolve(source, importer, { skipSelf: true })
      if (!resolved || pathOf(resolved.id) !== catalogueFile) return null
      const half = halves[pathOf(importer)]
      if (half) return half
      this.error(
        `${importer} imports the whole muscle catalogue (src/data/muscle-catalogue.ts); the app reads it through ` +
          'src/data/muscles.ts (the core) or src/data/muscle-text.ts (the clinical text, loaded later)',
      )
    },
    load(id) {
      if (id === coreId) return catalogueModule(eachMuscle(muscleCatalogue, coreOf))
      if (id === textId) return catalogueModule(eachMuscle(muscleCatalogue, textOf))
      return null
    },
    generateBundle(_options, bundle) {
      const problem = bundleProblem(bundle)
      if (problem) this.error(problem)
    },
  }
}
