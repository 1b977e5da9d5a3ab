/**
 * The test hook (`window.__triggermap`, `window.__triggermapHandout`: src/scene/TestHook.tsx,
 * src/print/Handout.tsx) must not ship: it is built only in the e2e build (`vite build --mode
 * e2e`). This fails if the production build holds any of the hook's names, and also if the e2e
 * build lacks them, so the check never passes by looking at the wrong thing.
 *
 * Usage: `tsx scripts/check-test-hook.ts [production build, dist] [e2e build, dist-e2e]`
 * (a step of `npm run test:e2e`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Names only the hook's code carries (its global names and its methods). */
export const hookMarkers = ['__triggermap', 'projectMuscle', 'patternOnScreen', 'cameraSettled', 'pickTimes'] as const

/** Files a bundle's code can be in. */
const textFile = /\.(?:html|js|mjs|css|json|webmanifest|map)$/

/** Every `file: marker` where a hook name occurs in a build folder. */
export function hookMarkersIn(dir: string): string[] {
  const found: string[] = []
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry))
      return
    }
    if (!textFile.test(path)) return
    const text = readFileSync(path, 'utf8')
    for (const marker of hookMarkers) if (text.includes(marker)) found.push(`${path}: ${marker}`)
  }
  visit(dir)
  return found
}

/** What is wrong with the two builds, or nothing. */
export function checkTestHook(production: string, e2e: string): string[] {
  const problems: string[] = []
  for (const dir of [production, e2e])
    if (!existsSync(join(dir, 'index.html'))) problems.push(`${dir}: no build there (index.html missing)`)
  if (problems.length > 0) return problems
  for (const hit of hookMarkersIn(production)) problems.push(`the production build carries the test hook: ${hit}`)
  const inE2e = new Set(hookMarkersIn(e2e).map((hit) => hit.slice(hit.lastIndexOf(': ') + 2)))
  for (const marker of hookMarkers)
    if (!inE2e.has(marker)) problems.push(`the e2e build (${e2e}) lacks the test hook's ${marker}: is it an e2e build?`)
  return problems
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [production = 'dist', e2e = 'dist-e2e'] = process.argv.slice(2)
  const problems = checkTestHook(production, e2e)
  for (const p of problems) console.error(p)
  if (problems.length > 0) process.exit(1)
  console.log(`test hook: none in ${production}; present in ${e2e}`)
}
