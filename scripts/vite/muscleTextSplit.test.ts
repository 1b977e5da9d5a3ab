import { dirname, resolve as resolvePath } from 'node:path'
import type { Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import { bundleProblem, catalogueModule, muscleTextSplitPlugin } from './muscleTextSplit.ts'

type Context = {
  error: (m: string) => never
  resolve: (source: string, importer: string) => Promise<{ id: string } | null>
}
type Hook = (this: Context, source: string, importer?: string) => Promise<string | null>
type Load = (id: string) => string | null

const root = process.cwd()
const plugin = muscleTextSplitPlugin()
// As Vite calls it once the config is resolved: the app's root.
;(plugin.configResolved as (config: { root: string }) => void)({ root })
// As Vite resolves a relative import: against the importer's folder, `.ts` added where missing.
const context: Context = {
  error: (m: string): never => {
    throw new Error(m)
  },
  resolve: (source, importer) => {
    const path = resolvePath(dirname(importer), source.replace(/\?.*$/, ''))
    return Promise.resolve({ id: path.endsWith('.ts') ? path : `${path}.ts` })
  },
}
const resolve = (source: string, importer?: string) => (plugin.resolveId as Hook).call(context, source, importer)
const load = (id: string) => (plugin.load as Load)(id)
const inApp = (path: string) => resolvePath(root, path)

/** The catalogue a half's module hands over, as the bundle evaluates it (run as a module). */
async function evaluate(code: string): Promise<Record<string, Record<string, unknown>>> {
  const m = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { muscleCatalogue: never }
  return m.muscleCatalogue
}

/** A built chunk as far as the bundle check reads it. */
const chunk = (fileName: string, modules: string[], imports: string[] = [], dynamicImports: string[] = []) =>
  ({
    type: 'chunk',
    fileName,
    isEntry: fileName === 'index.js',
    modules: Object.fromEntries(modules.map((m) => [m, {}])),
    imports,
    dynamicImports,
  }) as unknown as Rollup.OutputChunk
const bundleOf = (...chunks: Rollup.OutputChunk[]) =>
  Object.fromEntries(chunks.map((c) => [c.fileName, c])) as Rollup.OutputBundle

describe('the build hands each half of the app only its own fields', () => {
  it('gives src/data/muscles.ts the core and src/data/muscle-text.ts the clinical text', async () => {
    const core = await evaluate(load((await resolve('./muscle-catalogue.ts', inApp('src/data/muscles.ts')))!)!)
    const text = await evaluate(load((await resolve('./muscle-catalogue', inApp('src/data/muscle-text.ts')))!)!)
    expect(core.infraspinatus!.name).toBe('Infraspinatus')
    expect(core.infraspinatus!.clinicalSummary).toBeUndefined()
    expect(text.infraspinatus!.clinicalSummary).toMatch(/anterior shoulder/)
    expect(text.infraspinatus!.name).toBeUndefined()
  })

  it('fails the build when another module imports the whole catalogue, however the import is spelled', async () => {
    await expect(resolve('../data/muscle-catalogue.ts', inApp('src/ui/MuscleDetails.tsx'))).rejects.toThrow(
      /whole muscle catalogue/,
    )
    await expect(resolve('../data/muscle-catalogue?x=1', inApp('src/ui/labels.ts'))).rejects.toThrow(
      /whole muscle catalogue/,
    )
    expect(await resolve('./regions.ts', inApp('src/data/muscles.ts'))).toBeNull()
  })

  it('fails the build when the clinical text or the treatment catalogue would load with the page, or a muscle file is bundled', () => {
    const text = '\0triggermap:muscle-catalogue-text'
    // As built: the entry asks for the app, which asks for the text later.
    const good = bundleOf(
      chunk('index.js', [inApp('src/main.ts')], [], ['startApp.js']),
      chunk('startApp.js', [inApp('src/startApp.tsx')], ['zones.js'], ['muscle-text.js']),
      chunk('zones.js', ['\0triggermap:muscle-catalogue-core']),
      chunk('muscle-text.js', [text, inApp('src/data/muscle-text.ts'), inApp('src/data/treatments.ts')], ['zones.js']),
    )
    expect(bundleProblem(good)).toBeNull()
    // The treatment catalogue pulled into the app's own chunk by a module that imports it directly.
    const treatmentsEager = bundleOf(
      chunk('index.js', [inApp('src/main.ts')], [], ['startApp.js']),
      chunk('startApp.js', [inApp('src/startApp.tsx'), inApp('src/data/treatments.ts')], [], ['muscle-text.js']),
      chunk('muscle-text.js', [text, inApp('src/data/muscle-text.ts')]),
    )
    expect(bundleProblem(treatmentsEager)).toMatch(/startApp\.js holds the treatment catalogue and loads with the page/)
    const eager = bundleOf(
      chunk('index.js', [inApp('src/main.ts')], [], ['startApp.js']),
      chunk('startApp.js', [inApp('src/startApp.tsx')], ['muscle-text.js']),
      chunk('muscle-text.js', [text]),
    )
    expect(bundleProblem(eager)).toMatch(/muscle-text\.js .*loads with the page/)
    const whole = bundleOf(
      chunk('index.js', [inApp('src/main.ts')], [], ['startApp.js']),
      chunk('startApp.js', [inApp('src/data/muscles/shoulder-upper-back/infraspinatus.ts')]),
    )
    expect(bundleProblem(whole)).toMatch(/startApp\.js holds .*infraspinatus\.ts/)
  })

  it('writes a module that parses back to the same data', async () => {
    const half = { a: { text: 'quote " and ` and ${x} and \\ and \u2028' } }
    expect(await evaluate(catalogueModule(half))).toEqual(half)
  })
})
