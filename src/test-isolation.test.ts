/**
 * The Node unit tests share one module graph (vite.config.ts, project 'node', isolate: false).
 * A file there that replaced a module with vi.mock would reach, or miss, the files that run
 * after it depending on the order, so such a file must be named *.isolated.test.ts (a fresh
 * module graph per file, project 'node-isolated'). The component tests (*.test.tsx) are isolated.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const mocks = /\bvi\s*\.\s*(?:mock|doMock|unmock|doUnmock)\s*\(/

/** Every Node test file (what the 'node' project includes), relative to the repository root. */
function nodeTestFiles(): string[] {
  return ['src', 'scripts', 'models'].flatMap((dir) =>
    readdirSync(`${root}${dir}`, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts') && !f.endsWith('.isolated.test.ts'))
      .map((f) => `${dir}/${f}`),
  )
}

describe('test isolation', () => {
  it('finds the shared-graph test files (so the check below is not vacuous)', () => {
    expect(nodeTestFiles()).toContain('src/test-isolation.test.ts')
    expect(nodeTestFiles().length).toBeGreaterThan(40)
  })

  it('no test file in the shared module graph replaces a module', () => {
    const offenders = nodeTestFiles().filter(
      (f) => f !== 'src/test-isolation.test.ts' && mocks.test(readFileSync(`${root}${f}`, 'utf8')),
    )
    expect(offenders, 'rename these *.isolated.test.ts (see vite.config.ts)').toEqual([])
  })

  it('would catch one', () => {
    expect(mocks.test("vi.mock('../print/printHandout.ts', () => ({}))")).toBe(true)
    expect(mocks.test('vi.spyOn(store, "get")')).toBe(false)
  })
})
