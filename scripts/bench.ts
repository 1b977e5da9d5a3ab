/**
 * Benchmarks, `npm run bench`: builds the app (or reuses a build newer than its sources), then
 * prints the model's and the bundle's figures (bytes as served, gzip and brotli) and, in
 * headless Chromium, frame times, tap-to-paint and hover pick time next to an empty R3F canvas
 * (issue #10), and the first view (bytes, first frame, first text, long tasks; issue #13,
 * bench/firstView.ts) next to it. Ends with a table of the figures with goals, met or not, and writes everything as
 * JSON (test-results/bench.json, or BENCH_JSON) with the machine it ran on. Asserts nothing:
 * the figures are judged on one machine in one run. BENCH_DIST picks the build folder (dist-e2e,
 * the e2e build, which has the test hook the frame timings read).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { buildBodyModel } from '../models/generator/body-model.ts'
import { figures } from '../models/generator/figures.ts'
import { encodeBodyGlb } from '../models/generator/gltf.ts'
import { modelFiles } from '../models/generator/model-files.ts'
import { generateSkin } from '../models/generator/skin.ts'
import { muscleCatalogue as muscles } from '../src/data/muscle-catalogue.ts'
import { muscleIds } from '../src/data/muscles.ts'
import { regionIds } from '../src/data/regions.ts'
import { referredPainLabels } from '../src/scene/referredPainZones.ts'
import { rankMuscles, type PainMark } from '../src/lookup/rankMuscles.ts'
import { searchMuscles } from '../src/lookup/searchMuscles.ts'
import { benchDist, ensureAppBuild } from './bench/appBuild.ts'
import { benchFirstView, orbitFigure } from './bench/firstView.ts'
import { benchFrames, writeBenchJson } from './bench/frames.ts'
import { context, figureTable, type Figure } from './bench/summary.ts'

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
/** Compressed sizes as a static host serves them: gzip at its usual level 6, brotli precompressed at 11. */
const gzipBytes = (b: Uint8Array) => gzipSync(b, { level: 6 }).length
const brotliBytes = (b: Uint8Array) =>
  brotliCompressSync(b, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length },
  }).length
const load = () => loadavg().map((l) => Number(l.toFixed(2)))

/** Median time of `fn` over `runs` runs, in milliseconds. */
function time(fn: () => unknown, runs: number): number {
  const t: number[] = []
  for (let i = 0; i < runs; i++) {
    const s = performance.now()
    fn()
    t.push(performance.now() - s)
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..')
  const machine = {
    cpuCores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart: load(),
    loadAverageAtEnd: [] as number[],
  }
  console.log(
    `machine: ${machine.cpuCores} CPU cores (${machine.cpuModel}), ` +
      `load average ${machine.loadAverageAtStart.join(', ')} (1, 5, 15 min): other work slows every figure`,
  )
  const build = await ensureAppBuild(root, benchDist(root))
  console.log(
    `muscles: ${muscleIds.length} (${muscleIds.length * 2} meshes with both sides), regions: ${regionIds.length}`,
  )

  const skinMs = time(() => generateSkin(), 5)
  const modelMs = time(() => buildBodyModel({ muscles, figures, skin: generateSkin(), regionIds }), 5)
  const t0 = performance.now()
  const built = buildBodyModel({ muscles, figures, skin: generateSkin(), regionIds })
  const glbs = await Promise.all(modelFiles.map(async (f) => [f, await encodeBodyGlb(built, f)] as const))
  const encodeMs = performance.now() - t0
  console.log(
    `model generation: skin ${skinMs.toFixed(1)} ms, whole model ${modelMs.toFixed(1)} ms (median of 5); ` +
      `with glb encoding ${encodeMs.toFixed(0)} ms`,
  )
  const manifest = readFileSync(resolve(root, 'models/body.manifest.json'))
  console.log(
    'model as generated: ' +
      glbs
        .map(
          ([f, glb]) =>
            `body-${f}.glb ${kib(glb.length)} (gzip ${kib(gzipBytes(glb))}, brotli ${kib(brotliBytes(glb))})`,
        )
        .join(', ') +
      `, manifest ${kib(manifest.length)} (gzip ${kib(gzipBytes(manifest))}, brotli ${kib(brotliBytes(manifest))}; ` +
      'bundled into the code)',
  )

  const zonesUs =
    (time(() => {
      for (const id of muscleIds) referredPainLabels(id, 'left')
    }, 50) /
      muscleIds.length) *
    1000
  const searchUs = time(() => searchMuscles('infraspinatis'), 200) * 1000
  console.log(
    `zone labels per selection: ${zonesUs.toFixed(1)} µs; fuzzy search per keystroke: ${searchUs.toFixed(0)} µs`,
  )
  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine,
    build: { outDir: build.outDir, rebuilt: build.rebuilt, ms: build.ms },
    model: { skinMs, modelMs, encodeMs, glbBytes: Object.fromEntries(glbs.map(([f, glb]) => [f, glb.length])) },
    zoneLabelsUs: zonesUs,
    searchUs,
  }

  // "Where does it hurt": one ranking over every muscle and both sides, per change of the marks.
  const painRegions = [
    'temple',
    'posterior_neck',
    'upper_shoulder_top',
    'scapula_medial_border',
    'low_back',
    'buttock',
  ] as const
  const rankUs = [1, 3, 6].map((n) => {
    const marks: PainMark[] = painRegions
      .slice(0, n)
      .map((region, i) => ({ region, side: i % 2 === 0 ? 'left' : 'right' }))
    return (
      (time(() => {
        for (let i = 0; i < 100; i++) rankMuscles(marks)
      }, 50) /
        100) *
      1000
    )
  })
  report.rankMusclesUs = { marks1: rankUs[0], marks3: rankUs[1], marks6: rankUs[2] }
  console.log(
    `rankMuscles per call over ${muscleIds.length} muscles: ` +
      `${rankUs.map((us, i) => `${[1, 3, 6][i]} marks ${us.toFixed(1)} µs`).join(', ')} (median)`,
  )

  // What the browser downloads, from the build: the model and the code.
  const assets = resolve(build.outDir, 'assets')
  // The e2e build's test-hook chunk is not served to users (the production build has none).
  const files = readdirSync(assets)
    .filter((f) => !f.startsWith('TestHook-'))
    .sort()
  let total = 0
  let totalGz = 0
  let totalBr = 0
  const served: Figure[] = []
  const servedModel: { file: string; bytes: number; gzipBytes: number; brotliBytes: number }[] = []
  report.servedModel = servedModel
  for (const f of files) {
    const b = readFileSync(resolve(assets, f))
    const gz = gzipBytes(b)
    const br = brotliBytes(b)
    total += b.length
    totalGz += gz
    totalBr += br
    console.log(`served ${f}: ${kib(b.length)} (gzip ${kib(gz)}, brotli ${kib(br)})`)
    if (f.endsWith('.glb')) {
      servedModel.push({ file: f, bytes: b.length, gzipBytes: gz, brotliBytes: br })
      served.push(
        context(
          `model (${f.replace(/-[\w-]{8}\.glb$/, '.glb')}) as served, gzip`,
          gz / 1024,
          'KiB',
          `${kib(b.length)} uncompressed; brotli ${kib(br)}`,
        ),
      )
    }
  }
  console.log(`served total: ${kib(total)} (gzip ${kib(totalGz)}, brotli ${kib(totalBr)})`)
  report.bundle = { bytes: total, gzipBytes: totalGz, brotliBytes: totalBr }
  served.push(
    context(
      'everything served (assets), gzip',
      totalGz / 1024,
      'KiB',
      `${kib(total)} uncompressed; brotli ${kib(totalBr)}`,
    ),
  )

  // Last: it needs a browser, and takes the longest.
  const frames = await benchFrames(root, build.outDir)
  report.frames = frames
  // First view (issue #13): bytes, first frame, first text and long tasks next to the empty canvas.
  const firstView = await benchFirstView(root, build.outDir)
  report.firstView = firstView
  const orbit = orbitFigure(frames.states['orbiting (mouse drag)']?.medianMs ?? null, frames.baseline.redrawFrameMs)
  machine.loadAverageAtEnd = load()
  const table = [...frames.figures, ...firstView.figures, orbit, ...served]
  report.figures = table
  console.log(`\n${figureTable(table)}`)
  console.log(
    `machine: ${machine.cpuCores} cores, load average ${machine.loadAverageAtStart[0]} at start, ` +
      `${machine.loadAverageAtEnd[0]} at end; WebGL: ${frames.webglRenderer}`,
  )
  writeBenchJson(root, report)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
