/**
 * Benchmarks: prints figures, asserts nothing (targets are judged from these numbers, on one
 * machine in one run), and writes them as JSON (test-results/bench.json, or BENCH_JSON).
 * `npm run bench` (run `npm run build` first for the bundle and frame figures).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildBodyModel } from '../src/anatomy/body-model.ts'
import { figures } from '../src/anatomy/figures.ts'
import { encodeBodyGlb } from '../src/anatomy/gltf.ts'
import { generateSkin } from '../src/anatomy/skin.ts'
import { muscleIds, muscles } from '../src/data/muscles.ts'
import { regionIds } from '../src/data/regions.ts'
import { referredPainLabels } from '../src/scene/referredPainZones.ts'
import { rankMuscles, type PainMark } from '../src/lookup/rankMuscles.ts'
import { searchMuscles } from '../src/lookup/searchMuscles.ts'
import { benchFrames, writeBenchJson } from './bench/frames.ts'

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`

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
  console.log(`muscles: ${muscleIds.length} (${muscleIds.length * 2} meshes with both sides), regions: ${regionIds.length}`)

  const skinMs = time(() => generateSkin(), 5)
  const modelMs = time(() => buildBodyModel({ muscles, figures, skin: generateSkin(), regionIds }), 5)
  const t0 = performance.now()
  const glb = await encodeBodyGlb(buildBodyModel({ muscles, figures, skin: generateSkin(), regionIds }))
  const encodeMs = performance.now() - t0
  console.log(`model generation: skin ${skinMs.toFixed(1)} ms, whole model ${modelMs.toFixed(1)} ms (median of 5); with glb encoding ${encodeMs.toFixed(0)} ms`)
  const manifest = readFileSync(resolve(root, 'models/body.manifest.json'))
  console.log(`model over the wire: body.glb ${kib(glb.length)} (gzip ${kib(gzipSync(glb).length)}), manifest ${kib(manifest.length)} (gzip ${kib(gzipSync(manifest).length)})`)

  const zonesUs = time(() => { for (const id of muscleIds) referredPainLabels(id, 'left') }, 50) / muscleIds.length * 1000
  const searchUs = time(() => searchMuscles('infraspinatis'), 200) * 1000
  console.log(`zone labels per selection: ${zonesUs.toFixed(1)} µs; fuzzy search per keystroke: ${searchUs.toFixed(0)} µs`)
  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    model: { skinMs, modelMs, encodeMs, glbBytes: glb.length },
    zoneLabelsUs: zonesUs,
    searchUs,
  }

  // "Where does it hurt": one ranking over every muscle and both sides, per change of the marks.
  const painRegions = ['temple', 'posterior_neck', 'upper_shoulder_top', 'scapula_medial_border', 'low_back', 'buttock'] as const
  const rankUs = [1, 3, 6].map((n) => {
    const marks: PainMark[] = painRegions.slice(0, n).map((region, i) => ({ region, side: i % 2 === 0 ? 'left' : 'right' }))
    return time(() => { for (let i = 0; i < 100; i++) rankMuscles(marks) }, 50) / 100 * 1000
  })
  report.rankMusclesUs = { marks1: rankUs[0], marks3: rankUs[1], marks6: rankUs[2] }
  console.log(`rankMuscles per call over ${muscleIds.length} muscles: ${rankUs.map((us, i) => `${[1, 3, 6][i]} marks ${us.toFixed(1)} µs`).join(', ')} (median)`)

  const assets = resolve(root, 'dist/assets')
  if (existsSync(assets)) {
    let total = 0
    let totalGz = 0
    for (const f of readdirSync(assets).sort()) {
      const b = readFileSync(resolve(assets, f))
      const gz = gzipSync(b).length
      total += b.length
      totalGz += gz
      console.log(`bundle ${f}: ${kib(b.length)} (gzip ${kib(gz)})`)
    }
    console.log(`bundle total: ${kib(total)} (gzip ${kib(totalGz)})`)
    report.bundle = { bytes: total, gzipBytes: totalGz }
  } else {
    console.log('bundle: run `npm run build` first for bundle sizes')
  }

  // Last: it needs the built app and a browser, and takes the longest.
  report.frames = await benchFrames(root)
  writeBenchJson(root, report)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
