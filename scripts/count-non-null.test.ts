/**
 * The non-null count (issue 14) and the lint rule that keeps shipped code at zero: the count
 * finds each `x!` and nothing else, and the rule fires in shipped files and stays quiet in the
 * generator and in tests, so a `!` added to the app fails `npm run lint`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nonNullAssertions, shipped } from './count-non-null.ts'

const root = resolve(import.meta.dirname, '..')
const dir = mkdtempSync(join(tmpdir(), 'non-null-'))
afterAll(() => rmSync(dir, { recursive: true }))

describe('counting non-null assertions', () => {
  it('finds each x! (nested ones too) and not !x, != or !==', () => {
    const path = join(dir, 'sample.tsx')
    writeFileSync(
      path,
      [
        'const a = [1][0]!',
        'const b = !a && a != 2 && a !== 3',
        'const c = new Map<number, number[]>().get(1)!.at(0)!',
        'export const d = <p>{String(b)}{c}</p>',
      ].join('\n'),
    )
    expect(nonNullAssertions(path)).toEqual([
      { line: 1, text: '[1][0]!' },
      { line: 3, text: 'new Map<number, number[]>().get(1)!.at(0)!' },
      { line: 3, text: 'new Map<number, number[]>().get(1)!' },
    ])
  })

  it('counts the app as shipped, and the generator and the tests as not', () => {
    expect(shipped(join(root, 'src/scene/brush.ts'))).toBe(true)
    expect(shipped(join(root, 'src/ui/App.tsx'))).toBe(true)
    expect(shipped(join(root, 'models/generator/skin-loft.ts'))).toBe(false)
    expect(shipped(join(root, 'src/scene/brush.test.ts'))).toBe(false)
    expect(shipped(join(root, 'src/test-setup.ts'))).toBe(false)
  })
})

describe('the no-non-null-assertion rule', () => {
  // The rule reads syntax only, so type information is switched off (the made-up files are in no program).
  const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked })
  const RULE = '@typescript-eslint/no-non-null-assertion'
  const fires = async (path: string) => {
    const [result] = await eslint.lintText('export const first = [1][0]!\n', { filePath: join(root, path) })
    if (!result) throw new Error(`ESLint returned nothing for ${path}`)
    return result.messages.some((m) => m.ruleId === RULE)
  }
  // Loading the config (typescript-eslint, the hooks plugin) takes seconds on a busy machine.
  beforeAll(() => eslint.calculateConfigForFile(join(root, 'src/scene/fixture.ts')), 60_000)

  it.each(['src/scene/fixture.ts', 'src/ui/fixture.tsx', 'src/lookup/fixture.ts', 'src/fixture.ts'])(
    'refuses x! in shipped %s',
    async (path) => expect(await fires(path)).toBe(true),
  )
  it.each([
    'models/generator/fixture.ts',
    'src/scene/fixture.test.ts',
    'src/ui/fixture.test.tsx',
    'scripts/fixture.ts',
  ])('allows x! in %s (never shipped)', async (path) => expect(await fires(path)).toBe(false))
})
