// @vitest-environment node
/**
 * No import cycles, type-only ones included (issue #14, item 9): a cycle makes the order in which
 * modules run depend on who imported first, and type-only cycles are how the runtime ones start.
 * The graph is read from the import text of every TypeScript file in src/ and scripts/.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(new URL('..', import.meta.url).pathname)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(e.name) ? [path] : []
  })
}

/** Relative specifiers a file imports or re-exports (static and dynamic, `import type` too). */
export function importedPaths(code: string): string[] {
  const found: string[] = []
  const pattern =
    /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g
  for (const m of code.matchAll(pattern)) {
    const spec = m[1] ?? m[2]
    if (spec) found.push(spec)
  }
  return found
}

/** The first cycle found in `graph` (file -> files it imports), as the files along it; null if none. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node]
    state.set(node, 'open')
    path.push(node)
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    path.pop()
    state.set(node, 'done')
    return null
  }
  for (const node of graph.keys()) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return null
}

describe('import cycles', () => {
  it('finds a cycle when there is one, type-only or dynamic (the check itself)', () => {
    expect(
      importedPaths("import type { A } from './a.ts'\nexport { b } from \"./b.ts\"\nconst c = import('./c.ts')"),
    ).toEqual(['./a.ts', './b.ts', './c.ts'])
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', []],
    ])
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a'])
    graph.set('c', ['d'])
    expect(findCycle(graph)).toBeNull()
  })

  it('src/, scripts/ and models/ have none', () => {
    const files = [
      ...sourceFiles(join(root, 'src')),
      ...sourceFiles(join(root, 'scripts')),
      ...sourceFiles(join(root, 'models')),
    ]
    const known = new Set(files)
    const graph = new Map(
      files.map((file) => [
        file,
        importedPaths(readFileSync(file, 'utf8'))
          .map((spec) => resolve(dirname(file), spec))
          .filter((target) => known.has(target)),
      ]),
    )
    expect(files.length).toBeGreaterThan(300)
    const cycle = findCycle(graph)
    expect(cycle?.map((f) => relative(root, f)) ?? null).toBeNull()
  })
})
