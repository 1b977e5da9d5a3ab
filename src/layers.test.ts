// @vitest-environment node
/**
 * The import boundaries of ../shared/DESIGN.md ("Layers"), as eslint.config.js enforces them:
 * each case lints a one-line file at a made-up path in the real config and checks whether the
 * boundary rule fires. Type information is switched off here (the made-up files are in no
 * program, and the boundary rule reads only the import text), which keeps this test quick.
 */
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked })
const RULE = '@typescript-eslint/no-restricted-imports'

/** The boundary messages for `code` placed at `path` (relative to the repository root). */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = 1\n`, { filePath: `${root}${path}` })
  if (!result) throw new Error(`ESLint returned nothing for ${path}`)
  const fatal = result.messages.filter((m) => m.fatal)
  if (fatal.length > 0) throw new Error(`${path} did not parse: ${fatal.map((m) => m.message).join('; ')}`)
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message)
}

describe('import boundaries (DESIGN.md, Layers)', () => {
  // Loading the config (typescript-eslint, the hooks plugin) takes seconds on a busy machine.
  beforeAll(() => eslint.calculateConfigForFile(`${root}src/data/fixture.ts`), 60_000)

  it.each([
    ['src/data/fixture.ts', "import { MusclePanel } from '../ui/MusclePanel.tsx'", /src\/data must not import/],
    ['src/data/muscles/neck/fixture.ts', "import { Body } from '../../../scene/Body.tsx'", /src\/data must not/],
    ['src/data/fixture.ts', "import { useAppStore } from '../state/store.ts'", /src\/data must not/],
    ['src/data/fixture.ts', "import { useState } from 'react'", /pure TypeScript/],
    ['src/lookup/fixture.ts', "import { useAppStore } from '../state/store.ts'", /src\/lookup must not/],
    ['src/scene/fixture.tsx', "import { MusclePanel } from '../ui/MusclePanel.tsx'", /src\/scene must not/],
    ['src/ui/fixture.tsx', "import { Body } from '../scene/Body.tsx'", /src\/ui must not/],
    ['src/ui/fixture.tsx', "import { Mesh } from 'three'", /Only src\/scene/],
    [
      'src/ui/fixture.tsx',
      "import { buildBody } from '../../models/generator/body-model.ts'",
      /never imports the body-model/,
    ],
    ['src/state/fixture.ts', "import { partSpecs } from '../../models/fit/parts.ts'", /never imports the body-model/],
    [
      'src/lookup/fixture.ts',
      "import { run } from '../../models/scripts/build-model.ts'",
      /never imports the body-model/,
    ],
    ['src/data/fixture.ts', "import { bench } from '../../scripts/bench.ts'", /never imports scripts/],
    [
      'src/scene/fixture.ts',
      "import { manifestOf } from '../../models/generator/manifest.ts'",
      /Only the manifest types/,
    ],
    ['src/api.ts', "export { useAppStore } from './state/store.ts'", /src\/api.ts must not/],
    ['src/print/fixture.tsx', "import { App } from '../App.tsx'", /src\/print must not/],
    ['src/ui/fixture.tsx', "import { rankMuscles } from '../api.ts'", /src\/ui must not/],
    ['src/print/fixture.ts', "import { Mesh } from 'three'", /Only src\/scene/],
    ['src/print/fixture.ts', "import { renderPrintPictures } from '../scene/printViews.ts'", /src\/print must not/],
    [
      'models/generator/fixture.ts',
      "import { useAppStore } from '../../src/state/store.ts'",
      /model generator must not/,
    ],
    [
      'models/scripts/fixture.ts',
      "import { MusclePanel } from '../../src/ui/MusclePanel.tsx'",
      /model generator must not/,
    ],
    ['models/fit/fixture.ts', "import { Body } from '../../src/scene/Body.tsx'", /model generator must not/],
  ])('%s: %s is refused', async (path, code, message) => {
    const errors = await boundaryErrors(path, code)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
  })

  it.each([
    ['src/data/muscles/neck/fixture.ts', "import type { Muscle } from '../../../types.ts'"],
    ['src/lookup/fixture.ts', "import { muscles } from '../data/muscles.ts'"],
    ['src/state/fixture.ts', "import { rankMuscles } from '../lookup/rankMuscles.ts'"],
    ['src/ui/fixture.tsx', "import { useAppStore } from '../state/store.ts'"],
    ['src/ui/fixture.tsx', "import { searchMuscles } from '../lookup/searchMuscles.ts'"],
    ['src/print/fixture.tsx', "import { SourceList } from '../ui/SourceList.tsx'"],
    ['src/print/fixture.ts', "export const load = () => import('../scene/printViews.ts')"],
    ['src/scene/fixture.ts', "import type { BodyManifest } from '../../models/generator/manifest.ts'"],
    ['src/scene/fixture.ts', "export type { ManifestBounds } from '../../models/generator/manifest.ts'"],
    ['src/scene/fixture.tsx', "import { Mesh } from 'three'"],
    ['src/scene/fixture.ts', "import skinUrl from '../../models/body-skin.glb?url'"],
    ['src/scene/fixture.ts', "import manifest from '../../models/body.manifest.json'"],
    ['src/App.tsx', "import { MusclePanel } from './ui/MusclePanel.tsx'"],
    ['models/generator/fixture.ts', "import { muscles } from '../../src/data/muscles.ts'"],
    ['scripts/bench/fixture.ts', "import { referredPainLabels } from '../../src/scene/referredPainZones.ts'"],
  ])('%s: %s is allowed', async (path, code) => {
    expect(await boundaryErrors(path, code)).toEqual([])
  })
})
