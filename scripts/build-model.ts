/**
 * Builds the body model: `npx tsx scripts/build-model.ts` writes models/body.glb and
 * models/body.manifest.json from the data (src/data) and our figures (src/anatomy). With
 * `--check` it builds in memory and exits 1, naming the file, when a committed file differs.
 * It never reads ../shared: a clone without the reference builds the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildBodyModel } from '../src/anatomy/body-model.ts'
import { figures } from '../src/anatomy/figures.ts'
import { encodeBodyGlb } from '../src/anatomy/gltf.ts'
import { generateSkin } from '../src/anatomy/skin.ts'
import { muscles } from '../src/data/muscles.ts'
import { regionIds } from '../src/data/regions.ts'
import { tenderPoints } from '../src/data/tender-points.ts'

const modelsDir = resolve(import.meta.dirname, '../models')
const glbPath = resolve(modelsDir, 'body.glb')
const manifestPath = resolve(modelsDir, 'body.manifest.json')

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
  const glb = await encodeBodyGlb(model)
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
    `body.glb ${(glb.length / 1024).toFixed(1)} KiB, body.manifest.json ${(manifest.length / 1024).toFixed(1)} KiB`,
  )

  if (check) {
    const stale = [
      [glbPath, glb],
      [manifestPath, manifest],
    ]
      .filter(([p, b]) => !sameBytes(p as string, b as Uint8Array))
      .map(([p]) => p as string)
    if (stale.length) {
      for (const p of stale)
        console.error(`check:model: ${p} differs from what the generator builds; run npm run build:model`)
      process.exit(1)
    }
    console.log('check:model: models/ is up to date')
    return
  }
  mkdirSync(modelsDir, { recursive: true })
  writeFileSync(glbPath, glb)
  writeFileSync(manifestPath, manifest)
  console.log(`wrote ${glbPath} and ${manifestPath}`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
