/**
 * The build the benchmark times: the e2e build in `dist-e2e` (or BENCH_DIST), the production
 * build plus the test hook the frame timings read (`vite build --mode e2e`; the hook is a chunk
 * of its own that loads with the 3D view). Rebuilt with Vite when any input
 * (the app's source, the model, the page, the config, the lockfile) is newer than the build, so
 * the figures are never those of stale code. BENCH_REUSE=1 times the build that is there as it
 * is (one made elsewhere, say from a clean checkout of a commit).
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { build } from 'vite'

/** What the app's production build is made from (relative to the repository root). */
const inputs = [
  'src',
  'models/body-skin.glb',
  'models/body-muscles.glb',
  'models/body.manifest.json',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'tsconfig.json',
]

/** The newest modification time (ms) of any file under the given paths (tests count too: harmless). */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0
  const visit = (path: string) => {
    if (!existsSync(path)) return
    const s = statSync(path)
    if (s.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry))
    else newest = Math.max(newest, s.mtimeMs)
  }
  for (const p of paths) visit(p)
  return newest
}

/** Where the build goes: BENCH_DIST (absolute or relative to the root), else `dist-e2e`. */
export function benchDist(root: string): string {
  const dir = process.env.BENCH_DIST ?? 'dist-e2e'
  return isAbsolute(dir) ? dir : resolve(root, dir)
}

/** Builds the app into `outDir` unless a build newer than every input is there; says which. */
export async function ensureAppBuild(
  root: string,
  outDir: string,
): Promise<{ outDir: string; rebuilt: boolean; ms: number }> {
  const index = resolve(outDir, 'index.html')
  if (process.env.BENCH_REUSE === '1' && existsSync(index)) {
    console.log(`build: reusing ${outDir} as it is (BENCH_REUSE=1)`)
    return { outDir, rebuilt: false, ms: 0 }
  }
  const inputsAt = newestMtime(inputs.map((p) => resolve(root, p)))
  if (existsSync(index) && statSync(index).mtimeMs > inputsAt) {
    console.log(`build: reusing ${outDir} (newer than every source file)`)
    return { outDir, rebuilt: false, ms: 0 }
  }
  console.log(
    `build: building the app into ${outDir} (${existsSync(index) ? 'older than its sources' : 'none yet'}) ...`,
  )
  const t0 = performance.now()
  await build({ root, mode: 'e2e', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  const ms = performance.now() - t0
  console.log(`build: done in ${(ms / 1000).toFixed(0)} s`)
  return { outDir, rebuilt: true, ms }
}
