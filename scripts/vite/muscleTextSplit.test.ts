import { describe, expect, it } from 'vitest'
import { catalogueModule, muscleTextSplitPlugin } from './muscleTextSplit.ts'

type Hook = (this: { error: (m: string) => never }, source: string, importer?: string) => string | null
type Load = (id: string) => string | null

const plugin = muscleTextSplitPlugin()
const context = {
  error: (m: string): never => {
    throw new Error(m)
  },
}
const resolve = (source: string, importer?: string) => (plugin.resolveId as Hook).call(context, source, importer)
const load = (id: string) => (plugin.load as Load)(id)

/** The catalogue a half's module hands over, as the bundle evaluates it (run as a module). */
async function evaluate(code: string): Promise<Record<string, Record<string, unknown>>> {
  const m = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { muscleCatalogue: never }
  return m.muscleCatalogue
}

describe('the build hands each half of the app only its own fields', () => {
  it('gives src/data/muscles.ts the core and src/data/muscle-text.ts the clinical text', async () => {
    const core = await evaluate(load(resolve('./muscle-catalogue.ts', '/app/src/data/muscles.ts')!)!)
    const text = await evaluate(load(resolve('./muscle-catalogue.ts', '/app/src/data/muscle-text.ts')!)!)
    expect(core.infraspinatus!.name).toBe('Infraspinatus')
    expect(core.infraspinatus!.clinicalSummary).toBeUndefined()
    expect(text.infraspinatus!.clinicalSummary).toMatch(/anterior shoulder/)
    expect(text.infraspinatus!.name).toBeUndefined()
  })

  it('fails the build when another module imports the whole catalogue', () => {
    expect(() => resolve('../data/muscle-catalogue.ts', '/app/src/ui/MuscleDetails.tsx')).toThrow(
      /whole muscle catalogue/,
    )
    expect(resolve('./regions.ts', '/app/src/data/muscles.ts')).toBeNull()
  })

  it('writes a module that parses back to the same data', async () => {
    const half = { a: { text: 'quote " and ` and ${x} and \\ and \u2028' } }
    expect(await evaluate(catalogueModule(half))).toEqual(half)
  })
})
