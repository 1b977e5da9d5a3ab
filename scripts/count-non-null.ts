/**
 * Counts non-null assertions (`x!`, TypeScript's NonNullExpression) in the code the app ships:
 * src/ minus its test files (the body-model generator lives apart, under models/). Each `!` hides a
 * value the types say may be missing, so the count is tracked (issue 14) and kept at zero by
 * the lint rule `@typescript-eslint/no-non-null-assertion`.
 *
 *   npx tsx scripts/count-non-null.ts          per-directory totals and the grand total
 *   npx tsx scripts/count-non-null.ts --files  also every file with at least one
 *   npx tsx scripts/count-non-null.ts --where  also each assertion's file:line and text
 *   npx tsx scripts/count-non-null.ts --all    all of src/ and models/ (tests and the generator too)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

const root = resolve(import.meta.dirname, '..')
const args = new Set(process.argv.slice(2))

/** Every .ts/.tsx file under a folder, sorted so the report is stable. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** True for the files the app bundle includes. */
export function shipped(path: string): boolean {
  const rel = relative(root, path).split('\\').join('/')
  return rel.startsWith('src/') && !/\.test\.tsx?$/.test(rel) && rel !== 'src/test-setup.ts'
}

/** The `x!` expressions in one file: line (1-based) and text of each. */
export function nonNullAssertions(path: string): { line: number; text: string }[] {
  const text = readFileSync(path, 'utf8')
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, kind)
  const found: { line: number; text: string }[] = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.NonNullExpression) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
      found.push({ line, text: node.getText(source) })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Prints the counts (per directory, optionally per file or per assertion) and the total. */
function report(): void {
  const files = args.has('--all')
    ? [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'models'))]
    : sourceFiles(join(root, 'src')).filter(shipped)
  const byDir = new Map<string, number>()
  let total = 0
  for (const path of files) {
    const found = nonNullAssertions(path)
    const n = found.length
    if (n === 0) continue
    total += n
    const dir = relative(root, dirname(path))
    byDir.set(dir, (byDir.get(dir) ?? 0) + n)
    if (args.has('--files')) console.log(`${String(n).padStart(5)}  ${relative(root, path)}`)
    if (args.has('--where')) for (const { line, text } of found) console.log(`${relative(root, path)}:${line}  ${text}`)
  }
  if (args.has('--files') || args.has('--where')) console.log('')
  for (const [dir, n] of [...byDir].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`${String(n).padStart(5)}  ${dir}/`)
  }
  const scope = args.has('--all') ? 'all of src/ and models/' : 'shipped code (src/ minus tests)'
  console.log(`${String(total).padStart(5)}  total in ${scope}, ${files.length} files read`)
}

if (import.meta.url === `file://${process.argv[1]}`) report()
