/**
 * Builds the body model: `npx tsx models/scripts/build-model.ts` writes models/body-skin.glb,
 * models/body-muscles.glb and models/body.manifest.json from the data (src/data) and our
 * figures (models/generator/figures). With
 * `--check` it builds in memory and exits 1, naming the file, when a committed file differs.
 * It never reads ../shared: a clone without the reference builds the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { buildBodyModel } from '../generator/body-model.ts'
import { figures } from '../generator/figures.ts'
import { encodeBodyGlb } from '../generator/gltf.ts'
import { manifestPath, modelFilePaths, modelFiles, modelsDir } from '../generator/model-files.ts'
import { generateSkin } from '../generator/skin.ts'
import { muscleCatalogue as muscles } from '../../src/data/muscle-catalogue.ts'
import { regionIds } from '../../src/data/regions.ts'
import { tenderPoints } from '../../src/data/tender-points.ts'

function sameBytes(path: string, bytes: Uint8Array): boolean {
  if (!existsSync(path)) return false
  const old = readFileSync(path)
  return old.length === bytes.length && Buffer.compare(old, bytes) === 0
}

/** Pretty-printed JSON with each vector of numbers on one line (readable diffs, half the size). */
function manifestText(manifest: unknown): string {
  return (
    JSON.stringify(manifest, null, 2).replace(
      /\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g,
      (_, list: string) => `[${list.split(/,\s+/).join(', ')}]`,
    ) + '\n'
  )
}

/** Each tender point's place on its muscle, for the generator. */
const tenderMarkers = Object.fromEntries(Object.entries(tenderPoints).map(([id, tp]) => [id, tp.marker]))

async function main(): Promise<void> {
  const check = process.argv.includes('--check')
  const t0 = performance.now()
  const model = buildBodyModel({ muscles, figures, skin: generateSkin(), regionIds, tenderPoints: tenderMarkers })
  const glbs = await Promise.all(
    modelFiles.map(async (f) => [modelFilePaths[f], await encodeBodyGlb(model, f)] as const),
  )
  const manifest = new TextEncoder().encode(manifestText(model.manifest))
  const ms = performance.now() - t0

  const count = (m: { positions: Float32Array; indices: Uint32Array }) =>
    [m.positions.length / 3, m.indices.length / 3] as const
  const [skinV, skinT] = count(model.skin)
  let muscleV = 0,
    muscleT = 0
  for (const n of model.muscles) {
    const [v, t] = count(n.mesh)
    muscleV += v
    muscleT += t
  }
  console.log(
    `built in ${(ms / 1000).toFixed(2)} s: skin ${skinV} vertices / ${skinT} triangles; ${model.muscles.length} muscle nodes, ${muscleV} vertices / ${muscleT} triangles`,
  )
  console.log(
    [...glbs, [manifestPath, manifest] as const]
      .map(([p, b]) => `${basename(p)} ${(b.length / 1024).toFixed(1)} KiB`)
      .join(', '),
  )

  if (check) {
    const stale = [...glbs, [manifestPath, manifest] as const].filter(([p, b]) => !sameBytes(p, b)).map(([p]) => p)
    if (stale.length) {
      for (const p of stale)
        console.error(`check:model: ${p} differs from what the generator builds; run npm run build:model`)
      process.exit(1)
    }
    console.log('check:model: models/ is up to date')
    return
  }
  mkdirSync(modelsDir, { recursive: true })
  for (const [p, b] of glbs) writeFileSync(p, b)
  writeFileSync(manifestPath, manifest)
  console.log(`wrote ${[...glbs.map(([p]) => p), manifestPath].join(', ')}`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
